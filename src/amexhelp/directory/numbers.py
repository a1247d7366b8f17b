"""What phonenumbers says of a line's number: its forms, its type, and whether it can be dialled from abroad.

Used by the data generator (which stores the results in the bundled data), by audit and verify, and
for a data file that leaves these derived fields out; a lookup itself never imports phonenumbers
(see amexhelp.lookup.dialing). phonenumbers does the telephony; the judgement is ours, because phonenumbers
alone over-promises:
it says US 800 numbers can be dialled internationally (in practice only inside North America) and
formats numbers for callers who cannot reach them. So toll-free and shared-cost lines count as
reachable only from their own country-calling-code area, unless the directory says otherwise
(a line's ``reachable_from_abroad``).
"""

from __future__ import annotations

from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from amexhelp.directory import index
from amexhelp.directory.model import Line
from amexhelp.directory.names import in_country
from amexhelp.errors import DataError

_TYPE_NAMES = {v: k for k, v in vars(PhoneNumberType).items() if isinstance(v, int)}
# Numbers that, by default, work only from inside their own calling area.
_LOCAL_ONLY = {PhoneNumberType.TOLL_FREE: "toll-free", PhoneNumberType.SHARED_COST: "shared-cost"}


def number_facts(e164: str) -> dict[str, str]:
    """What phonenumbers says of a number: its reading forms, its own region and its type."""
    number = _parse_e164(e164)
    region = phonenumbers.region_code_for_number(number) or ""
    return {
        "international": phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        "national": phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        "number_region": region,
        "number_type": _TYPE_NAMES[phonenumbers.number_type(number)],
        # What a caller with the same calling code dials (the same for every region sharing it).
        "home_dial": phonenumbers.format_out_of_country_calling_number(number, region) if region else "",
    }


def line_facts(line: Line) -> dict[str, Any]:
    """Every derived field of a line: the number facts, and whether it rings from abroad (and why not)."""
    if line.e164 is None:
        reachable, reason = from_abroad(line)
        return {"abroad_ok": reachable, "abroad_reason": reason}
    reachable, reason = from_abroad(line)
    return {**number_facts(line.e164), "abroad_ok": reachable, "abroad_reason": reason}


def exit_prefixes() -> dict[str, str]:
    """The international prefix phonenumbers puts before a number dialled from each region, where it
    has one to put (for the rest it writes the + form)."""
    samples = [phonenumbers.parse("+441273696933"), phonenumbers.parse("+18005284800")]
    found = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        code = phonenumbers.country_code_for_region(region)
        sample = next(number for number in samples if number.country_code != code)
        written = phonenumbers.format_out_of_country_calling_number(sample, region)
        if not written.startswith("+"):
            found[region] = written.split(" ", 1)[0]
    return found


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber:
    try:
        return phonenumbers.parse(e164)
    except phonenumbers.NumberParseException as error:
        raise DataError("data-not-a-number", number=e164, detail=str(error)) from None


def calling_area(country_code: int) -> str:
    """A calling area in words: the one country it is, or "the +1 calling area"."""
    regions = [r for r in phonenumbers.region_codes_for_country_code(country_code) if r != "001"]
    names = index.country_names()
    if len(regions) == 1 and regions[0] in names:
        return in_country(regions[0])
    return f"the +{country_code} calling area"


def from_abroad(line: Line) -> tuple[bool, str | None]:
    """Whether a line can be dialled from outside its own calling area, and if not, why (in words)."""
    if line.e164 is None:
        known = line.country is not None and line.country in index.country_names()
        where = in_country(line.country) if known and line.country else "its country"
        return False, f"a number with no international form: it is dialled only from inside {where}"
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
