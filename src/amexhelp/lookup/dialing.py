"""What to dial from where the caller is, and whether it can be dialled at all.

Runs on every lookup, so it never imports phonenumbers: the facts it needs were computed by
phonenumbers when the data was generated (each line's ``home_dial``, ``abroad_ok`` and
``abroad_reason``; each region's international prefix in index.json; see amexhelp.directory.numbers), and
tests compare what it gives with phonenumbers' own ``format_out_of_country_calling_number``.
"""

from __future__ import annotations

from typing import NamedTuple

from amexhelp.directory import index
from amexhelp.directory.model import Line

# A North American toll-free number (+1 800, 833, 844…) rings in the United States (its territories
# in the plan included) and Canada: the plan's toll-free codes are shared by both, whatever region
# phonenumbers names for the number (US for every one). Elsewhere in the +1 plan (the Caribbean) it
# is not a call to count on.
NANP_TOLL_FREE_AREA = frozenset({"US", "CA", "PR", "VI", "GU", "MP", "AS", "UM"})
NANP_TOLL_FREE_RINGS_IN = ("US", "CA")


class Dial(NamedTuple):
    """How a caller in ``caller`` reaches a line: the digits to dial, or why they cannot.

    From abroad ``dial`` is the + form (what a mobile dials, roaming or not) and ``landline`` the
    same number with the caller's international prefix (011, 00…); at home both are the home form.
    """

    caller: str
    reachable: bool
    dial: str | None
    reason: str | None
    landline: str | None = None
    abroad: bool = False  # a call out of the caller's calling area


def dial_from(line: Line, caller: str) -> Dial:
    """The digits a caller in region ``caller`` dials for ``line``, or why it cannot be reached."""
    codes = index.calling_codes()
    if line.e164 is None:  # dialled as printed, and only inside its own country
        if line.country == caller:
            return Dial(caller, True, line.display, None, line.display, False)
        return Dial(caller, False, None, line.abroad_reason, None, True)
    if codes.get(caller) is not None and codes.get(caller) == codes.get(line.number_region):
        if nanp_toll_free(line) and caller not in NANP_TOLL_FREE_AREA:
            return Dial(caller, False, None, NANP_TOLL_FREE_REASON, None, True)
        return Dial(caller, True, line.home_dial, None, line.home_dial, False)
    if not line.abroad_ok:
        reason = NANP_TOLL_FREE_REASON if nanp_toll_free(line) else line.abroad_reason
        return Dial(caller, False, None, reason, None, True)
    prefix = index.exit_prefixes().get(caller)
    landline = f"{prefix} {line.international[1:]}" if prefix else line.international
    return Dial(caller, True, line.international, None, landline, True)


NANP_TOLL_FREE_REASON = "a North American toll-free number: it rings only in the United States and Canada"


def nanp_toll_free(line: Line) -> bool:
    return line.number_type == "TOLL_FREE" and (line.e164 or "").startswith("+1")


def rings_in(line: Line) -> tuple[str, ...]:
    """Where a line that does not ring from abroad can be called from, by its numbering plan: a North
    American toll-free number in the United States and Canada; any other in its own region."""
    if nanp_toll_free(line):
        return NANP_TOLL_FREE_RINGS_IN
    region = line.number_region or line.country
    return (region,) if region else ()
