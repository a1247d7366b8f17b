"""What to dial from where the caller is, and whether it can be dialled at all.

Runs on every lookup, so it never imports phonenumbers: the facts it needs were computed by
phonenumbers when the data was generated (each line's ``home_dial``, ``abroad_ok`` and
``abroad_reason``; each region's international prefix in index.json; see amexhelp.directory.numbers), and
tests compare what it gives with phonenumbers' own ``format_out_of_country_calling_number``.
"""

from __future__ import annotations

from amexhelp.directory import index
from amexhelp.directory.model import Line, _Record

# A North American toll-free number (+1 800, 833, 844…) rings in the United States (its territories
# in the plan included) and Canada: the plan's toll-free codes are shared by both, whatever region
# phonenumbers names for the number (US for every one). Elsewhere in the +1 plan (the Caribbean) it
# is not a call to count on.
NANP_TOLL_FREE_AREA = frozenset({"US", "CA", "PR", "VI", "GU", "MP", "AS", "UM"})
NANP_TOLL_FREE_RINGS_IN = ("US", "CA")


class Dial(_Record):
    """How a caller in ``caller`` reaches a line: the digits to dial, or why they cannot.

    From abroad ``dial`` is the + form (what a mobile dials, roaming or not) and ``landline`` the
    same number with the caller's international prefix (011, 00…); at home both are the home form.
    ``abroad``: a call out of the caller's calling area.
    """

    __slots__ = ("abroad", "caller", "dial", "landline", "reachable", "reason")

    def __init__(
        self,
        caller: str,
        reachable: bool,
        dial: str | None,
        reason: str | None,
        landline: str | None = None,
        abroad: bool = False,
    ) -> None:
        self.caller, self.reachable, self.dial, self.reason = caller, reachable, dial, reason
        self.landline, self.abroad = landline, abroad


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


# Why a line does not ring from abroad (Unreachable.code), as the renderers word it.
NANP_TOLL_FREE = "nanp-toll-free"  # regions: the United States and Canada
NO_INTERNATIONAL_FORM = "no-international-form"  # regions: its country (none if unknown)
MARKED = "marked-unreachable"  # the data says so (reachable_from_abroad: false)
TOLL_FREE_AT_HOME = "toll-free-at-home"  # regions or calling_code: the area it works in
SHARED_COST_AT_HOME = "shared-cost-at-home"  # the same
NOT_INTERNATIONAL = "not-international"  # the same


class Unreachable(_Record):
    """Why a line does not ring from abroad, as data: the code, the regions it rings in (when they are
    one country, or two for a North American toll-free number), else its calling code ("the +1 area")."""

    __slots__ = ("calling_code", "code", "regions")

    def __init__(self, code: str, regions: tuple[str, ...] = (), calling_code: int | None = None) -> None:
        self.code, self.regions, self.calling_code = code, regions, calling_code


def why_unreachable(line: Line) -> Unreachable:
    """The reason the data's ``abroad_reason`` gives in English (tools.datagen, from phonenumbers), read
    from the line's own facts, so that it can be worded in any language."""
    if nanp_toll_free(line):
        return Unreachable(NANP_TOLL_FREE, NANP_TOLL_FREE_RINGS_IN)
    if line.e164 is None:
        return Unreachable(NO_INTERNATIONAL_FORM, (line.country,) if line.country in index.country_names() else ())
    if line.reachable_from_abroad is False:
        return Unreachable(MARKED)
    code = {"TOLL_FREE": TOLL_FREE_AT_HOME, "SHARED_COST": SHARED_COST_AT_HOME}.get(line.number_type, NOT_INTERNATIONAL)
    codes = index.calling_codes()
    calling_code = codes.get(line.number_region)
    regions = tuple(region for region, other in codes.items() if other == calling_code)
    if calling_code is not None and len(regions) == 1:
        return Unreachable(code, regions)
    return Unreachable(code, (), calling_code)


def nanp_toll_free(line: Line) -> bool:
    return line.number_type == "TOLL_FREE" and (line.e164 or "").startswith("+1")


def rings_in(line: Line) -> tuple[str, ...]:
    """Where a line that does not ring from abroad can be called from, by its numbering plan: a North
    American toll-free number in the United States and Canada; any other in its own region."""
    if nanp_toll_free(line):
        return NANP_TOLL_FREE_RINGS_IN
    region = line.number_region or line.country
    return (region,) if region else ()
