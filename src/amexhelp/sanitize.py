"""Making text from users and data files safe to show in a terminal."""

from __future__ import annotations

import re

# C0 and C1 controls (ESC starts ANSI and OSC 8 sequences) and the bidirectional overrides that
# can make a number read differently from what it is. Tabs and newlines are controls too here:
# every field we show is one line.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """The text with every control character shown as an escape (``\\x1b``) instead of acted on."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
