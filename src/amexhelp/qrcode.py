"""A QR code of a line's tel: link, printed in the terminal so a phone camera can dial it."""

from __future__ import annotations

import sys

from amexhelp.lookup import Answer
from amexhelp.model import Line


def tel_uri(line: Line) -> str:
    """The RFC 3966 tel: URI of a line: its global number."""
    return f"tel:{line.e164}"


def best_line(answer: Answer) -> Line:
    """The line to put in the code: the first the caller can reach (all are, without --from)."""
    dials = answer.dials or ()
    for position, line in enumerate(answer.lines):
        if not dials or dials[position].reachable:
            return line
    return answer.lines[0]


def print_qr(line: Line) -> None:
    import segno  # small and pure Python, but only worth importing when asked

    code = segno.make(tel_uri(line), error="m")
    sys.stdout.write(f"\nScan to call {line.label} ({line.international}):\n")
    code.terminal(out=sys.stdout, compact=True)
    sys.stdout.flush()
