"""Telephony facts from phonenumbers. Imported only on paths that need them (it costs start-up time)."""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from amexhelp.errors import DataError

_TYPE_NAMES = {v: k for k, v in vars(PhoneNumberType).items() if isinstance(v, int)}


def number_facts(e164: str) -> dict[str, str]:
    """What phonenumbers says of a number: its reading forms, its own region and its type."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException as error:
        raise DataError(f"{e164!r} is not a phone number: {error}") from None
    return {
        "international": phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        "national": phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        "number_region": phonenumbers.region_code_for_number(number) or "",
        "number_type": _TYPE_NAMES[phonenumbers.number_type(number)],
    }
