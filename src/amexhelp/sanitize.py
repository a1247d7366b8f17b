"""Making text from users and data files safe to show in a terminal, and the limits on what is read.

Every limit of the tool, for docs/reference.md: a command line MAX_ARGUMENTS arguments, a query MAX_QUERY
characters, an option's value MAX_VALUE, a message verify.message.MAX_MESSAGE, a batch's line
verify.batch.MAX_LINE (longer lines are junk, echoed back cut), a data file directory.loading.MAX_DATA_BYTES
bytes nested MAX_DATA_DEPTH deep.
"""

from __future__ import annotations

from amexhelp.errors import InputError

# Longest inputs read: beyond these a value is refused, not scanned (time stays bounded).
MAX_QUERY = 500  # free text: a pasted message fits
MAX_VALUE = 100  # one value: a country, a need, a phone number
MAX_ARGUMENTS = 1_000  # a command line: no request needs more; click spends ~0.2 ms on each option it parses

# C0 and C1 controls (ESC and CSI start ANSI and OSC 8 sequences), and the bidirectional controls
# that can make a number read differently from what it is. Tabs and newlines are controls too here:
# every value we show is one line.
_BIDI = [0x061C, 0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_C1 = [0x7F, *range(0x80, 0xA0)]
_TEXT_TABLE = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in [*range(0x20), *_C1, *_BIDI]}
# What json.dumps(ensure_ascii=False) leaves raw that a terminal may still act on, or no encoder can write.
_JSON_TABLE = {code: f"\\u{code:04x}" for code in [*_C1, *_BIDI]}
_JSON_CHARS = frozenset(map(chr, _JSON_TABLE))
# Lone surrogates (U+D800 to U+DFFF: json.loads makes them of "\\ud800", the command line of undecodable
# bytes) are escaped as \\udXXX too, but apart from the tables: a text holding one is the one that UTF-8
# cannot encode, and two tables of their 2,048 entries took 3.3 ms of every start-up to build.


def _escape_surrogates(text: str) -> str:
    """The text with each lone surrogate written as its escape (\\ud800); the rest as it is."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(f"\\u{ord(ch):04x}" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


_LRI, _PDI = "\u2066", "\u2069"


def clean(text: str) -> str:
    """The text with every control character shown as an escape (``\\x1b``) instead of acted on, but
    the left-to-right isolates (LRI … PDI, balanced) that keep a number in order in right-to-left text
    (render/bidi.py): an isolate reorders nothing outside it, and a number inside it stays as written."""
    if _LRI not in text:
        return _escape_surrogates(text.translate(_TEXT_TABLE))
    kept = _balanced_isolates(text)
    escaped = "".join(ch if index in kept else ch.translate(_TEXT_TABLE) for index, ch in enumerate(text))
    return _escape_surrogates(escaped)


def _balanced_isolates(text: str) -> set[int]:
    """The positions of the LRIs and PDIs of ``text`` that pair up (any other is escaped)."""
    kept: set[int] = set()
    opened: list[int] = []
    for index, ch in enumerate(text):
        if ch == _LRI:
            opened.append(index)
        elif ch == _PDI and opened:
            kept.update((opened.pop(), index))
    return kept


def shorten(text: str, limit: int = 60) -> str:
    """A user's value as it may appear in a message: cleaned, quoted, and cut to ``limit`` characters."""
    cut = text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"
    return f"'{clean(cut)}'"


def bounded_arguments(args: list[str]) -> list[str]:
    """The command line's arguments, if there are at most MAX_ARGUMENTS; else an InputError."""
    if len(args) > MAX_ARGUMENTS:
        raise InputError("too-many-arguments", count=len(args), limit=MAX_ARGUMENTS)
    return args


def bounded(text: str, option: str | None, limit: int = MAX_VALUE) -> str:
    """The text, if it is at most ``limit`` characters; else an InputError naming ``option`` (None: the query)."""
    if len(text) > limit:
        raise InputError("too-long", option=option, length=len(text), limit=limit)
    return text


# The bytes of UTF-8 text that no character of _JSON_TABLE is written with: every ASCII character but DEL.
_PLAIN_BYTES = bytes(range(0x7F))


def clean_json(document: str) -> str:
    """Escape, in JSON text, the characters json leaves raw but a terminal may interpret.

    Safe on the whole document: such characters can only stand inside strings. Most documents hold
    none, and finding that out is ten times quicker than translating: the set of the characters left once
    the ASCII ones are dropped (in UTF-8, by bytes.translate: a 34 KB lookup in JSON went from 4.5 M
    instructions with a set of every character to 0.1 M).
    """
    try:
        rest = document.encode().translate(None, _PLAIN_BYTES)
    except UnicodeEncodeError:  # a lone surrogate
        return _escape_surrogates(document.translate(_JSON_TABLE))
    return document if _JSON_CHARS.isdisjoint(rest.decode()) else document.translate(_JSON_TABLE)
