"""What to dial from where the caller is, and whether it can be dialled at all.

phonenumbers does the telephony; the judgement is ours, because phonenumbers alone over-promises:
it says US 800 numbers can be dialled internationally (in practice only inside North America) and
formats numbers for callers who cannot reach them. So toll-free and shared-cost lines count as
reachable only from their own country-calling-code area, unless the directory says otherwise
(a line's ``reachable_from_abroad``). Imported only on the paths that need it: it costs start-up.
"""

from __future__ import annotations

from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from amexhelp import index
from amexhelp.errors import DataError
from amexhelp.model import Line

_TYPE_NAMES = {v: k for k, v in vars(PhoneNumberType).items() if isinstance(v, int)}
# Numbers that, by default, work only from inside their own calling area.
_LOCAL_ONLY = {PhoneNumberType.TOLL_FREE: "toll-free", PhoneNumberType.SHARED_COST: "shared-cost"}


class Dial(NamedTuple):
    """How a caller in ``caller`` reaches a line: the digits to dial, or why they cannot."""

    caller: str
    reachable: bool
    dial: str | None
    reason: str | None


def number_facts(e164: str) -> dict[str, str]:
    """What phonenumbers says of a number: its reading forms, its own region and its type."""
    number = _parse_e164(e164)
    return {
        "international": phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        "national": phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        "number_region": phonenumbers.region_code_for_number(number) or "",
        "number_type": _TYPE_NAMES[phonenumbers.number_type(number)],
    }


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(e164)
    except phonenumbers.NumberParseException as error:
        raise DataError(f"{e164!r} is not a phone number: {error}") from None


def calling_area(country_code: int) -> str:
    """A calling area in words: the one country it is, or "the +1 calling area"."""
    regions = [r for r in phonenumbers.region_codes_for_country_code(country_code) if r != "001"]
    names = index.country_names()
    if len(regions) == 1 and regions[0] in names:
        return names[regions[0]]
    return f"the +{country_code} calling area"


def from_abroad(line: Line) -> tuple[bool, str | None]:
    """Whether a line can be dialled from outside its own calling area, and if not, why (in words)."""
    if line.reachable_from_abroad is not None:
        if line.reachable_from_abroad:
            return True, None
        return False, "the directory marks this line as not reachable from abroad"
    number = _parse_e164(line.e164)
    kind = phonenumbers.number_type(number)
    area = calling_area(number.country_code or 0)
    if kind in _LOCAL_ONLY:
        return False, f"a {_LOCAL_ONLY[kind]} number that works only from inside {area}"
    if not phonenumbers.can_be_internationally_dialled(number):
        return False, f"a number that cannot be dialled from outside {area}"
    return True, None


def dial_from(line: Line, caller: str) -> Dial:
    """The digits a caller in region ``caller`` dials for ``line``, or why it cannot be reached."""
    number = _parse_e164(line.e164)
    if number.country_code == phonenumbers.country_code_for_region(caller):
        reachable, reason = True, None
    else:
        reachable, reason = from_abroad(line)
    if not reachable:
        return Dial(caller, False, None, reason)
    return Dial(caller, True, phonenumbers.format_out_of_country_calling_number(number, caller), None)


def for_caller(lines: tuple[Line, ...], caller: str, fallback: Line) -> tuple[tuple[Line, ...], tuple[Dial, ...], bool]:
    """The lines reordered for a caller (reachable first, order otherwise kept), their dials, and
    whether the worldwide fallback had to be added because none of them can be reached."""
    dials = [dial_from(line, caller) for line in lines]
    order = sorted(range(len(lines)), key=lambda i: not dials[i].reachable)
    ordered = [lines[i] for i in order]
    ordered_dials = [dials[i] for i in order]
    added = False
    if not any(dial.reachable for dial in dials) and all(line.id != fallback.id for line in lines):
        ordered.insert(0, fallback)
        ordered_dials.insert(0, dial_from(fallback, caller))
        added = True
    return tuple(ordered), tuple(ordered_dials), added
