"""Red flags: what makes a number, a link or a message's words suspicious, each with a stable code for
scripts (README, verify)."""

from __future__ import annotations

from typing import NamedTuple

# Numbers
LOOK_ALIKE = "look-alike"  # one slip away from a listed number
LETTERS = "letters-for-digits"  # O for 0, I or l for 1
PREMIUM = "premium-rate"
PERSONAL = "personal-number"
UNUSUAL = "unusual-number-type"  # mobile, VoIP, pager, voicemail
FICTIONAL = "fictional-pattern"  # a range kept for fiction (555-0100 to 555-0199…)
# Links
LOOK_ALIKE_DOMAIN = "look-alike-domain"
SHORTENER = "link-shortener"
IP_ADDRESS = "ip-address-link"
# A message's words (amexhelp.verify._wording)
ASKS_FOR_SECRET = "asks-for-secret"  # PIN, CVV, full card number, one-time code, password
ASKS_FOR_PAYMENT = "asks-for-payment"  # gift cards, crypto, money transfer, a fee to unlock a card
ASKS_FOR_REMOTE_ACCESS = "asks-for-remote-access"  # AnyDesk, TeamViewer, screen sharing
URGENCY = "urgency"  # deadlines and threats

NUMBER_CODES = (LOOK_ALIKE, LETTERS, PREMIUM, PERSONAL, UNUSUAL, FICTIONAL)
LINK_CODES = (LOOK_ALIKE_DOMAIN, SHORTENER, IP_ADDRESS)
WORDING_CODES = (ASKS_FOR_SECRET, ASKS_FOR_PAYMENT, ASKS_FOR_REMOTE_ACCESS, URGENCY)


class Flag(NamedTuple):
    """A red flag: its code, a sentence for people, and what it imitates (a listed number, an issuer domain)."""

    code: str
    message: str
    similar_to: str | None = None
