"""verify --message: a link's host as a browser reaches it, and the tricks a domain plays on a glance.

Expectations are written from how URLs work (RFC 3986: a user name before @, a port after :, a trailing
dot, IDNA labels in xn-- form) and from what the issuer's name looks like (the module's own rules: a
label holding the name or starting or ending with a brand, a long word one or two slips from it, look-alike
letters, rn for m and vv for w).
"""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.verify.domains import host_of, judge, skeleton


@pytest.mark.parametrize(
    ("link", "host"),
    [
        ("https://user@WWW.AmericanExpress.com:8443/path", "www.americanexpress.com"),
        ("http://americanexpress.com./", "americanexpress.com"),  # the root's dot: the same host
        ("https://www.xn--mericanexpress-utl.com/", "www.\u0430mericanexpress.com"),  # IDNA, Cyrillic a
        ("https://xn--mexcards-06g.com.tw/", "\u0430mexcards.com.tw"),
        ("https://XN--mexcards-06g.com.tw/", "\u0430mexcards.com.tw"),  # a host is read in lower case
        ("https://xn--zz.example/", "xn--zz.example"),  # not valid IDNA: judged as written
        ("https://ａｍｅｘ.com/", "amex.com"),  # full-width letters are the same host (NFKC)
        ("http:///nothing", ""),  # no host at all
        ("http://[::1/", ""),  # not a URL: an unclosed IPv6 address
    ],
)
def test_the_host_a_link_goes_to(link: str, host: str) -> None:
    assert host_of(link) == host


@pytest.mark.parametrize(
    ("name", "looks"),
    [
        ("ARNERICANEXPRESS", "americanexpress"),  # rn for m, whatever the case
        ("VVellsfargo", "wellsfargo"),  # vv for w
        ("Ämex", "amex"),
        ("\u0430m\u0435x", "amex"),  # Cyrillic a and e
        ("4m3x-0n1ine", "4mex-online"),  # digits that pass for letters (3 for e, 0 for o, 1 for l)
    ],
)
def test_what_a_name_looks_like_at_a_glance(name: str, looks: str) -> None:
    assert skeleton(name) == looks


# (link, verdict, the flags' codes, the issuer domain a look-alike imitates)
LINKS: list[tuple[str, str, list[str], str | None]] = [
    # The issuer's host, whatever the path, query or a link inside them holds.
    ("https://www.americanexpress.com/@amex/offers", "issuer", [], None),
    ("https://www.americanexpress.com/go?to=http://user@evil.example/", "issuer", [], None),
    ("http://americanexpress.com./", "issuer", [], None),
    # A user name before the issuer's host is not how the issuer writes a link.
    ("https://login@www.americanexpress.com/", "suspicious", ["look-alike-domain"], "americanexpress.com"),
    # Another domain of the issuer imitated, or used as a subdomain of someone else's.
    ("https://xn--mexcards-06g.com.tw/", "suspicious", ["look-alike-domain"], "amexcards.com.tw"),
    ("https://amexcards.com.tw.evil.example/", "suspicious", ["look-alike-domain"], "amexcards.com.tw"),
    ("https://americanexpress.com.evil.example/", "suspicious", ["look-alike-domain"], "americanexpress.com"),
    # A brand at the start or the end of a label, or a long word one or two slips from the name.
    ("https://amexsecure.example/", "suspicious", ["look-alike-domain"], "americanexpress.com"),
    ("https://secureamex.example/", "suspicious", ["look-alike-domain"], "americanexpress.com"),
    ("https://americanexprs.example/", "suspicious", ["look-alike-domain"], "americanexpress.com"),  # two slips
    ("http://support-amex/", "suspicious", ["look-alike-domain"], "americanexpress.com"),  # the last label
    # The brand named before an @ (the host comes after the last one).
    ("https://user@amex@evil.example/", "suspicious", ["look-alike-domain"], "americanexpress.com"),
    # No brand: inside another word, three slips away, a long name of another firm, a user name without it.
    ("https://www.samexample.com/", "unlisted", [], None),
    ("https://amerikanixpresz.example/", "unlisted", [], None),
    ("https://www.wellsfargoonline.com/", "unlisted", [], None),
    ("https://user@example.com/", "unlisted", [], None),
    ("https://user@samexample.com/", "unlisted", [], None),
    # Addresses instead of names.
    ("http://[2001:db8::1]/amex", "suspicious", ["ip-address-link"], None),
]


@pytest.mark.parametrize(("link", "verdict", "codes", "imitated"), LINKS, ids=[link for link, *_ in LINKS])
def test_links_judged(directory: Directory, link: str, verdict: str, codes: list[str], imitated: str | None) -> None:
    judged = judge(link, directory.issuer_domains)
    assert (judged.text, judged.verdict, [flag.code for flag in judged.warnings]) == (link, verdict, codes)
    assert [flag.similar_to for flag in judged.warnings if flag.code == "look-alike-domain"] == (
        [imitated] if imitated else []
    )


def test_the_values_each_flag_is_worded_from(directory: Directory) -> None:
    (address,) = judge("http://[2001:db8::1]/amex", directory.issuer_domains).warnings
    assert address.values == {"link": "http://[2001:db8::1]/amex"}
    (shortener,) = judge("https://bit.ly/3xyz", directory.issuer_domains).warnings
    assert shortener.values == {"host": "bit.ly"}
    (look,) = judge("https://amexsecure.example/", directory.issuer_domains).warnings
    assert look.values == {
        "host": "amexsecure.example",
        "domains": directory.issuer_domains,
        "imitated": "americanexpress.com",
    }


def test_the_name_imitated_is_the_first_issuer_domain_or_americanexpress_com() -> None:
    (look,) = judge("https://amex-login.example/", ()).warnings
    assert look.similar_to == "americanexpress.com"
    (look,) = judge("https://amex-login.example/", ("amex.co.uk", "americanexpress.com")).warnings
    assert look.similar_to == "amex.co.uk"
