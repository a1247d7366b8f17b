"""The project's own exceptions, as data: a code and its values. The CLI turns each into one line on
stderr, in the user's language, and an exit code.

The core says *what* went wrong (``InputError("unknown-country", option="--country", value="Japn",
close=("JP",))``); only the renderers turn an error into a sentence (``amexhelp.render.errors``, one
template per code, translated like every message of the tool). Values are what the user typed (as
typed: the renderer quotes and shortens them), option and variable names (``--country``,
``AMEXHELP_DATA``), paths, counts, country codes, and the names or codes a user may type instead;
``detail`` values and the ``reason`` of a file that cannot be read or written are the words of the
library or the system that failed (the OS's ``strerror``, the JSON parser's message), shown as they are.

``str(error)`` is the English line (``message``, then ``suggestion`` in brackets). This kernel imports
no layer of the package, so it words nothing itself: ``amexhelp.render.errors`` installs its English
wording here (``use_wording``) when it is imported, which the CLI does when it reports an error; a program that uses
the core without the CLI imports it for English text. Until then an error reads as its code and values
(``unknown-need: value='travle', ...``), never as a sentence of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # sysexits' EX_SOFTWARE: a bug in amexhelp, not in what was asked
EXIT_IOERR = 74  # sysexits' EX_IOERR: the report could not be written (a full disk, /dev/full)
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for any tool whose reader went away

# Every code an error can have, and its values ("value" is always the text as the user gave it).
# Documented for users in docs/reference.md ("Exit codes and errors").
CODES = (
    # InputError (exit 2): what was asked cannot be used
    "too-long",  # option (None: the query), length, limit
    "too-many-arguments",  # count, limit: the command line holds more arguments than any request needs
    "unknown-country",  # option, value, close (country codes, best first; empty: none close), blank
    "odd-character",  # option, value, char: a character no country, code or place is written with
    "unknown-need",  # value, close (a need id or None), known (every need id)
    "unknown-product",  # value, close, known
    "unknown-lang",  # option (--lang or AMEXHELP_LANG), value, known (every language tag)
    "unknown-tz",  # value, close (a zone name or None)
    "no-tz-database",  # (no values): the system has no time-zone database
    "unknown-kind",  # value, known: a source kind for --kind
    "unknown-schema",  # value, close, known: an output name for `amexhelp schema`
    "unknown-encoding",  # value: a codec for --encoding
    "format-clash",  # format: --json given with another --format
    "jq-missing",  # (no values): --jq without the jq package (the `jq` extra)
    "jq-invalid",  # value, detail: a --jq expression jq cannot compile or run
    "qr-with-json",  # --qr with JSON output
    "brief-with-format",  # --brief with --json, --format or --qr
    "brief-with-all",  # --brief with --all
    "batch-only",  # option (--full or --encoding) without '-' as NUMBER
    "full-without-json",  # --full without --json
    "number-and-message",  # both a NUMBER and --message
    "no-number",  # neither a NUMBER, '-' nor --message
    "no-stdin-numbers",  # '-' with no standard input
    "no-stdin-message",  # --message - with no standard input
    "cannot-read",  # path, reason: a message file
    "message-too-long",  # limit, length (None: the input ran past the limit)
    "number-too-long",  # length, limit
    "not-a-number",  # value: no digits in it
    "incomplete-number",  # value, why, region, elsewhere (bool): a number no reading makes complete
    "input-not-text",  # encoding, line, reason, encoding_given (bool): a batch's bytes do not decode
    "input-has-nul",  # (no values): a batch's input is binary, or a batch's line holds NUL characters
    "input-utf16",  # encoding: a batch's input looks like UTF-16 without a byte-order mark (its likely codec)
    "file-exists",  # path: --output names an existing file and --force is not given
    "output-not-a-file",  # path: --output names a symlink, a device, a FIFO, a socket or a folder
    "cannot-write",  # path, reason
    "no-tel-link",  # number: a line with no international form has no tel: link
    "no-qr-line",  # (no values): no line of the answer can be dialled, so there is no QR code
    # NotFoundError (exit 1): a well-formed request that found nothing
    "no-faq",  # query
    # DataError (exit 2): the directory data file (AMEXHELP_DATA) cannot be used
    "data-unreadable",  # path, variable, reason
    "data-not-a-file",  # path, variable: a FIFO, a device or a folder, not a regular file
    "data-too-large",  # path, limit (bytes)
    "data-too-deep",  # path, limit (levels of nested lists and objects)
    "data-not-utf8",  # path, byte
    "data-not-json",  # path, line, column, detail
    "data-invalid",  # origin, path (empty: the top level), reason (directory.validation.REASONS) and its values
    "data-not-a-number",  # number, detail: a line's e164 that phonenumbers cannot parse
    # OutputFailed (exit 74): stdout cannot be written
    "output-failed",  # reason: the system's words (No space left on device)
    # OutputClosed (exit 141): never printed
    "output-closed",
)
# Why a number is not complete ("incomplete-number"'s why).
REASONS = ("too-short", "too-long", "not-valid", "no-valid-reading", "not-valid-there")
_KNOWN = frozenset(CODES)

# A value as the core hands it over; a data file's own values (data-invalid's value) may be any JSON value.
Value = str | int | float | bool | tuple[str, ...] | list[Any] | dict[str, Any] | None

# The English wording, installed by amexhelp.render.errors (see the module's docstring): an error's
# message and its suggestion (None: none).
_english: Callable[[AmexhelpError], tuple[str, str | None]] | None = None


def use_wording(english: Callable[[AmexhelpError], tuple[str, str | None]]) -> None:
    """Set how an error reads in English (``str(error)``, ``message``, ``suggestion``): by the renderers' templates."""
    global _english
    _english = english


class AmexhelpError(Exception):
    """Base class: a code from CODES, its values, and the exit code that goes with it."""

    exit_code = EXIT_USAGE

    def __init__(self, code: str, /, **values: Value) -> None:
        if code not in _KNOWN:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(code)
        self.code = code
        self.values: Mapping[str, Value] = values

    @property
    def message(self) -> str:
        """What went wrong, in English."""
        if _english is not None:
            return _english(self)[0]
        values = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.code}{': ' if values else ''}{values}"

    @property
    def suggestion(self) -> str | None:
        """What to do instead, in English (None: nothing to suggest)."""
        return _english(self)[1] if _english is not None else None

    def __str__(self) -> str:
        if self.suggestion:
            return f"{self.message} ({self.suggestion})"
        return self.message

    def __repr__(self) -> str:
        values = "".join(f", {k}={v!r}" for k, v in self.values.items())
        return f"{type(self).__name__}({self.code!r}{values})"


class InputError(AmexhelpError):
    """The user gave something we cannot use (an unknown country, an unparsable number...)."""


class DataError(AmexhelpError):
    """The directory data file is missing, unreadable or breaks the schema."""


class NotFoundError(AmexhelpError):
    """A well-formed request that found nothing (no matching FAQ, an unofficial number)."""

    exit_code = EXIT_NOT_FOUND


class OutputClosed(AmexhelpError):
    """Stdout went away (``amexhelp faq | head -1``): not an error to report, just stop."""

    exit_code = EXIT_BROKEN_PIPE

    def __init__(self) -> None:
        super().__init__("output-closed")


class OutputFailed(AmexhelpError):
    """Stdout cannot be written (a full disk, /dev/full, an I/O error): the report is lost, not the tool broken."""

    exit_code = EXIT_IOERR

    def __init__(self, reason: str) -> None:
        super().__init__("output-failed", reason=reason)
