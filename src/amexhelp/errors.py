"""The project's own exceptions. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # sysexits' EX_SOFTWARE: a bug in amexhelp, not in what was asked
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for any tool whose reader went away


class AmexhelpError(Exception):
    """Base class: a message for the user and the exit code that goes with it."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.suggestion = suggestion

    def __str__(self) -> str:
        if self.suggestion:
            return f"{self.message} ({self.suggestion})"
        return self.message


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
        super().__init__("stdout was closed")
