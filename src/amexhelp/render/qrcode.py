"""A QR code of a line's tel: link, printed in the terminal so a phone camera can dial it."""

from __future__ import annotations

import sys

from amexhelp.directory.model import Line
from amexhelp.errors import InputError
from amexhelp.lookup.answer import Answer
from amexhelp.sanitize import clean


def tel_uri(line: Line) -> str:
    """The RFC 3966 tel: URI of a line: its global number (+ and digits only, whatever the data holds:
    the payload is what a phone dials)."""
    digits = line.e164[1:] if line.e164 is not None and line.e164.startswith("+") else ""
    if not (digits.isascii() and digits.isdigit()):
        raise InputError("no-tel-link", number=clean(line.display))
    return f"tel:{line.e164}"


def best_line(answer: Answer) -> Line:
    """The line to put in the code: the first the caller can reach that has a global number to link
    (never a suspect line)."""
    for entry in answer.entries:
        if entry.usable and entry.line.e164 is not None:
            return entry.line
    raise InputError("no-qr-line")


def print_qr(line: Line) -> None:
    import segno  # small and pure Python, but only worth importing when asked

    code = segno.make(tel_uri(line), error="m")
    sys.stdout.write(f"\nScan to call {clean(line.label)} ({clean(line.international)}):\n")
    code.terminal(out=sys.stdout, compact=True)
    sys.stdout.flush()
