"""Red flags: what makes a number, a link or a message's words suspicious, as data: a stable code for
scripts (README, verify) and the values a renderer words it from (``amexhelp.render._flags``).

Values of a number's flag that name the reading it is about: ``number`` (the reading in international
form, "+44 1273 696993"), ``how`` (how it was read: international, prefix, national, printed), ``dialled_in``
(the ISO 3166-1 alpha-2 codes of where dialling it reaches that number) and ``readings`` (how many readings
the number has: where a reading is dialled is named only when there are several).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

# Numbers
LOOK_ALIKE = "look-alike"  # one slip away from a listed number
LETTERS = "letters-for-digits"  # O for 0, I or l for 1
PREMIUM = "premium-rate"
PERSONAL = "personal-number"
UNUSUAL = "unusual-number-type"  # mobile, VoIP, pager, voicemail
FICTIONAL = "fictional-pattern"  # a range kept for fiction (555-0100 to 555-0199…)
WITHDRAWN = "withdrawn-range"  # a range its numbering plan has withdrawn: it no longer rings
# Links
LOOK_ALIKE_DOMAIN = "look-alike-domain"
SHORTENER = "link-shortener"
IP_ADDRESS = "ip-address-link"
# A message's words (amexhelp.verify._wording)
ASKS_FOR_SECRET = "asks-for-secret"  # PIN, CVV, full card number, one-time code, password
ASKS_FOR_PAYMENT = "asks-for-payment"  # gift cards, crypto, money transfer, a fee to unlock a card
ASKS_FOR_REMOTE_ACCESS = "asks-for-remote-access"  # AnyDesk, TeamViewer, screen sharing
URGENCY = "urgency"  # deadlines and threats

NUMBER_CODES = (LOOK_ALIKE, LETTERS, PREMIUM, PERSONAL, UNUSUAL, FICTIONAL, WITHDRAWN)
LINK_CODES = (LOOK_ALIKE_DOMAIN, SHORTENER, IP_ADDRESS)
WORDING_CODES = (ASKS_FOR_SECRET, ASKS_FOR_PAYMENT, ASKS_FOR_REMOTE_ACCESS, URGENCY)

# Every code a Flag (a number's or a link's) can have, and its values. A message's words are flagged
# by WordFlag (amexhelp.verify._wording): its code (WORDING_CODES) and the words found, as written.
CODES = (
    # number, how, dialled_in, readings; imitated (the listed number in international form), change (how
    # it differs: digit-changed, digits-swapped, digit-added, digit-dropped), line (the listed line's id)
    LOOK_ALIKE,
    # letters (the letters written for digits, distinct, sorted: "O", "l"), dialled (the digits a phone
    # dials for them), readable (whether the digits they imitate are a number at all); when those digits
    # are a listed number: imitated (in international form) and line (its id), else None
    LETTERS,
    PREMIUM,  # number, how, dialled_in, readings; number_type (phonenumbers' name: PREMIUM_RATE)
    PERSONAL,  # number, how, dialled_in, readings; number_type (PERSONAL_NUMBER)
    UNUSUAL,  # number, how, dialled_in, readings; number_type (MOBILE, VOIP, PAGER or VOICEMAIL)
    FICTIONAL,  # number, how, dialled_in, readings (of the reading named); others (other such readings)
    WITHDRAWN,  # number, how, dialled_in, readings; country, range (as people write it), withdrawn (the date)
    LOOK_ALIKE_DOMAIN,  # host, domains (the issuer's domains), imitated (the issuer domain imitated)
    SHORTENER,  # host
    IP_ADDRESS,  # link (as written)
)

Value = str | int | bool | tuple[str, ...] | None


class Flag(NamedTuple):
    """A red flag: its code (CODES), its values (above), and what it imitates (a listed number in E.164,
    an issuer domain), which JSON gives as ``similar_to``."""

    code: str
    values: Mapping[str, Value]
    similar_to: str | None = None
