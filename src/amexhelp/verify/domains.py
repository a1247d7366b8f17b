"""Is this link the issuer's? A link's domain judged against the issuer's domains in the data.

``issuer``: the host is one of the issuer's domains or below one (www.americanexpress.com).
``suspicious``: red flags: a domain that imitates the issuer's name (amex-secure-verify.com,
americanexpress.com.evil.io, letters from other alphabets that look Latin, rn for m), a link
shortener that hides where it goes, or a bare IP address. ``unlisted``: any other domain.
"""

from __future__ import annotations

import contextlib
import unicodedata
from typing import NamedTuple

from amexhelp.directory.folding import distance
from amexhelp.verify.redflags import IP_ADDRESS, LOOK_ALIKE_DOMAIN, SHORTENER, Flag

ISSUER = "issuer"
UNLISTED = "unlisted"
SUSPICIOUS = "suspicious"

# The issuer's names as they appear in domains, after folding (see skeleton()).
_BRANDS = ("americanexpress", "amex")
_SHORTENERS = frozenset(
    {"bit.ly", "tinyurl.com", "t.co", "goo.gl", "is.gd", "ow.ly", "cutt.ly", "rb.gy", "shorturl.at", "tiny.cc",
     "buff.ly", "rebrand.ly", "t.ly", "s.id", "v.gd"}
)  # fmt: skip
# Letters of other scripts that pass for Latin ones, and digits that pass for letters, in hosts.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
        "ӏ": "l", "ԁ": "d", "ɑ": "a", "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "κ": "k", "ι": "i",
        "0": "o", "1": "l", "3": "e", "5": "s", "ı": "i",
    }
)  # fmt: skip


class LinkVerdict(NamedTuple):
    text: str  # the link as found in the text
    host: str  # the domain judged (Unicode, lower case)
    verdict: str  # ISSUER, UNLISTED or SUSPICIOUS
    warnings: tuple[Flag, ...]


def host_of(link: str) -> str:
    """The host a link goes to: the part after any user@ and before any port, lower case, IDNA decoded."""
    from urllib.parse import urlsplit

    url = link if "://" in link else f"http://{link}"
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    labels = []
    for label in host.rstrip(".").split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):  # not valid IDNA: judged as written
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return unicodedata.normalize("NFKC", ".".join(labels)).casefold()


def skeleton(text: str) -> str:
    """What a name looks like at a glance: look-alike letters and digits folded to the Latin letters
    they imitate, accents dropped, rn read as m and vv as w."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).translate(_CONFUSABLES)
    return folded.replace("rn", "m").replace("vv", "w")


def judge(link: str, issuer_domains: tuple[str, ...]) -> LinkVerdict:
    host = host_of(link)
    flags: list[Flag] = []
    own = next((d for d in issuer_domains if host == d or host.endswith("." + d)), None)
    authority = link.split("://", 1)[-1].split("/", 1)[0]
    if own is not None and "@" not in authority:
        return LinkVerdict(link, host, ISSUER, ())
    if host.replace(".", "").isdigit() or ":" in host:
        flags.append(Flag(IP_ADDRESS, {"link": link}))
    if host in _SHORTENERS:
        flags.append(Flag(SHORTENER, {"host": host}))
    imitated = _imitates(host, authority, issuer_domains)
    if imitated is not None:
        flags.append(Flag(LOOK_ALIKE_DOMAIN, {"host": host, "domains": issuer_domains, "imitated": imitated}, imitated))
    return LinkVerdict(link, host, SUSPICIOUS if flags else UNLISTED, tuple(flags))


def _imitates(host: str, authority: str, issuer_domains: tuple[str, ...]) -> str | None:
    """The issuer domain a host (or the text before an @ in the link) imitates, if it does."""
    main = issuer_domains[0] if issuer_domains else "americanexpress.com"
    looks = skeleton(host)
    for domain in issuer_domains:
        if looks == skeleton(domain) or looks.startswith(skeleton(domain) + "."):
            return domain  # homoglyphs (аmericanexpress.com), or the issuer's name as a subdomain of another
    if any(_brand_like(part) for part in _split(looks)):
        return main
    before_at = authority.rsplit("@", 1)[0] if "@" in authority else ""
    if before_at and any(brand in skeleton(before_at) for brand in _BRANDS):
        return main
    return None


def _brand_like(part: str) -> bool:
    """Whether a label (or a part of one between - and _) holds the issuer's name, starts or ends with
    one of its brands, or is a long word one or two slips from its name."""
    if _BRANDS[0] in part or any(part.startswith(brand) or part.endswith(brand) for brand in _BRANDS):
        return True
    return len(part) >= 12 and distance(part, _BRANDS[0]) <= 2


def _split(text: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch in ".-_":
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [part for part in out if part]
