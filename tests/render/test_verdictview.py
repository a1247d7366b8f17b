"""The verify answer model in words: headline, matches, readings, warnings and advice of each verdict,
and the batch line, in literal tables."""

from __future__ import annotations

import pytest

from amexhelp.directory.model import Directory
from amexhelp.render._flags import word
from amexhelp.render._verdictview import UNLISTED_ADVICE, message_view, reading_text, verdict_line, verdict_view
from amexhelp.render.naming import Naming
from amexhelp.verify.checker import verify
from amexhelp.verify.message import check_message
from amexhelp.verify.readings import PRINTED, Reading

UNCONFIRMED = "unconfirmed: only in a third-party guide; not found on the issuer's pages"
LISTED_TAIL = " is in this American Express support directory."
CHECK_IT = "Not confirmed on an issuer page: compare it with the issuer's website, app or statement."
DONT_CALL = "Do not call it back or give it any details. What to do"

# (input, --from, headline, other readings as shown, batch line)
VERDICTS: list[tuple[str, str | None, str, list[str], str]] = [
    (
        "+1 800 528 4800",
        None,
        "LISTED: +1 800-528-4800" + LISTED_TAIL,
        [],
        "listed\t+1 800 528 4800\tus-general (confirmed)",
    ),
    (
        "0120-099-818",
        None,
        "LISTED: +81 120-099-818 (dialled in Japan)" + LISTED_TAIL,
        [
            "Dialled elsewhere: +43 1 20099818 (dialled in Austria), fixed line, not in this directory",
            "Dialled elsewhere: +33 1 20 09 98 18 (dialled in France), fixed line, not in this directory",
            "Dialled elsewhere: +353 1 2009 9818 (dialled in Ireland), fixed line, not in this directory",
            "Dialled elsewhere: +82 12-009-9818 (dialled in South Korea), mobile, not in this directory",
            "…and 2 more readings (see --json)",
        ],
        "listed\t0120-099-818\tjp-general (guide-only)",
    ),
    (
        "0120-099-818",
        "JP",
        "LISTED: +81 120-099-818 (dialled in Japan)" + LISTED_TAIL,
        [],
        "listed\t0120-099-818\tjp-general (guide-only)",
    ),
    (
        "0044 1273 696933",
        None,
        "LISTED: +44 1273 696933 (after an international prefix)" + LISTED_TAIL,
        ["Dialled elsewhere: +41 27 369 69 33 (after an international prefix), fixed line, not in this directory"],
        "listed\t0044 1273 696933\tgb-lost-abroad-2 (confirmed)",
    ),
    (
        "020 7264 1777",
        "GB",
        "LISTED: +44 20 7264 1777 (dialled in the United Kingdom)" + LISTED_TAIL,
        [],
        "listed\t020 7264 1777\tde-general (guide-only)",
    ),
    (
        "0800 123 4567",
        None,
        "UNLISTED: 0800 123 4567 is not in this directory under any of its 14 readings.",
        [
            "Read as +971 800 1234567 (dialled in the United Arab Emirates), toll free",
            "Read as +54 800-123-4567 (dialled in Argentina), toll free",
            "Read as +43 800 1234567 (dialled in Austria), toll free",
            "Read as +55 800 123 4567 (dialled in Brazil), toll free",
            "…and 10 more readings (see --json)",
        ],
        "unlisted\t0800 123 4567\t14 readings",
    ),
    (
        "1300 123 456",
        None,
        "UNLISTED: 1300 123 456 is not in this directory under any of its 2 readings.",
        [
            "Read as +61 1300 123 456 (dialled in Australia), shared cost",
            "Read as +60 1-300-12-3456 (dialled in Malaysia), toll free",
        ],
        "unlisted\t1300 123 456\t2 readings",
    ),
    (
        "089 123456",
        None,
        "UNLISTED: 089 123456 is not in this directory under any of its 4 readings.",
        [  # four are all shown; a fifth would be counted instead
            "Read as +32 89 12 34 56 (dialled in Belgium), fixed line",
            "Read as +49 89 123456 (dialled in Germany), fixed line",
            "Read as +39 089 123456 (dialled in Italy), fixed line",
            "Read as +886 89 123 456 (dialled in Taiwan), fixed line",
        ],
        "unlisted\t089 123456\t4 readings",
    ),
    (
        "+49 69 910 10000",
        None,
        "UNLISTED: +49 69 91010000 is not in this directory.",
        ["Read as +49 69 91010000, fixed line"],
        "unlisted\t+49 69 910 10000\t+496991010000",
    ),
    (
        "1-800-528-48OO",
        None,
        "SUSPICIOUS: 1-800-528-48OO shows signs of a scam number.",
        [
            "Read as +1 800-528-4866 (dialled in Canada or the United States), toll free",
            "Read as +86 180 0528 4866 (dialled in China), mobile",
            "Read as +91 1800 528 4866 (dialled in India), toll free",
            "Read as +63 1800 528 4866 (dialled in the Philippines), toll free",
            "…and 1 more reading (see --json)",
        ],
        "suspicious\t1-800-528-48OO\tletters-for-digits",
    ),
    (
        "+44 909 879 0000",
        None,
        "SUSPICIOUS: +44 909 879 0000 shows signs of a scam number.",
        [],
        "suspicious\t+44 909 879 0000\tpremium-rate, fictional-pattern",
    ),
    (
        "+44 1273 696 993",
        None,
        "SUSPICIOUS: +44 1273 696993 shows signs of a scam number.",
        [],
        "suspicious\t+44 1273 696 993\tlook-alike",
    ),
]


@pytest.mark.parametrize(
    ("text", "caller", "headline", "readings", "batch"), VERDICTS, ids=[v[0] + f"-{v[1]}" for v in VERDICTS]
)
def test_verdict_in_words(
    directory: Directory, text: str, caller: str | None, headline: str, readings: list[str], batch: str
) -> None:
    result = verify(directory, text, caller)
    view = verdict_view(result, directory)
    assert view.headline == headline
    assert list(view.readings) == readings
    assert verdict_line(result) == batch


def test_listed_matches_name_each_line_with_hours_and_status(directory: Directory) -> None:
    view = verdict_view(verify(directory, "+1 800 528 4800"), directory)
    assert view.matches == (
        (
            "United States: General Customer Service (Credit, Charge, and Prepaid Cards) (+1 800-528-4800), 24/7",
            "confirmed: printed on an issuer page",
        ),
        (
            "United States: Platinum Card and Centurion Card Members (+1 800-528-4800), 24/7",
            "confirmed: printed on an issuer page",
        ),
    )
    assert (view.advice_heading, view.advice) == ("", ())


def test_listed_but_unconfirmed_says_to_check(directory: Directory) -> None:
    view = verdict_view(verify(directory, "+1 602 785 5000"), directory)
    assert view.matches == (("Worldwide: American Express Global Support Center (+1 602-785-5000), 24/7", UNCONFIRMED),)
    assert (view.advice_heading, view.advice) == ("Note", (CHECK_IT,))


def test_suspicious_gives_the_safety_advice_and_the_flags(directory: Directory) -> None:
    view = verdict_view(verify(directory, "+44 909 879 0000"), directory)
    assert view.advice_heading == DONT_CALL
    assert view.advice == tuple(directory.safety)
    assert [code for code, _ in view.warnings] == ["premium-rate", "fictional-pattern"]
    assert view.warnings[0][1] == (
        "+44 909 879 0000 is a premium-rate number, charged at a high rate per minute: card issuers' support lines"
        " never are."
    )


def test_unlisted_advice_is_to_compare_not_to_panic(directory: Directory) -> None:
    view = verdict_view(verify(directory, "+1 800 950 5114"), directory)
    assert (view.advice_heading, view.advice) == ("What to do", UNLISTED_ADVICE)
    assert view.warnings == ()
    assert view.verdict == "unlisted"


def test_a_fictional_range_names_a_reading_in_service(directory: Directory) -> None:
    (flag,) = verify(directory, "1 800 555 0100").warnings
    assert flag.code == "fictional-pattern"
    assert word(flag, directory).startswith(
        "+1 800-555-0100 (as dialled in Canada or the United States) (and 14 other readings) is in a range kept for"
        " fiction"
    )


@pytest.mark.parametrize(
    ("text", "caller", "words"),
    [
        ("+34 900 814 500", None, "+34 900 814 500, toll free"),
        ("900 814 500", "ES", "+34 900 814 500 (dialled in Spain), toll free"),
        ("00 34 900 814 500", None, "+34 900 814 500 (after an international prefix), toll free"),
        ("00798-800-1111", None, "00798-800-1111 (as the source prints it for South Korea), number"),
        ("+44 7911 123456", None, "+44 7911 123456, mobile"),
        ("+44 7700 900123", None, "+44 7700 900123, not a number in service"),  # kept for drama
    ],
)
def test_reading_in_words(directory: Directory, text: str, caller: str | None, words: str) -> None:
    result = verify(directory, text, caller)
    assert result.readings
    assert reading_text(result.readings[0]) == words


MESSAGES: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "Call us on +1 800 528 4800 or see https://www.americanexpress.com/us/",
        "LISTED: every number is in this directory and every link is the issuer's (1 phone number and 1 link or"
        " address).",
        [
            (
                "number",
                "+1 800 528 4800",
                "listed",
                "United States: General Customer Service (Credit, Charge, and Prepaid Cards) — confirmed: printed on an"
                " issuer page",
            ),
            (
                "link",
                "https://www.americanexpress.com/us/",
                "issuer",
                "link on the issuer's domain www.americanexpress.com",
            ),
        ],
    ),
    (
        "Your card is locked. Call 1-800-528-48OO now or go to http://amex-secure-login.com/verify",
        "SUSPICIOUS: this message has signs of a scam (1 phone number and 1 link or address checked).",
        [
            ("number", "1-800-528-48OO", "suspicious", "red flags of a scam number"),
            ("link", "http://amex-secure-login.com/verify", "suspicious", "link to amex-secure-login.com: red flags"),
        ],
    ),
    (
        "Questions? Ring +49 69 910 10000 or write to help@example.org",
        "UNLISTED: not everything in this message is in this directory (1 phone number and 1 link or address checked).",
        [
            (
                "number",
                "+49 69 910 10000",
                "unlisted",
                "not in this directory (not proof of fraud: compare with the issuer's website, app or statement)",
            ),
            ("link", "help@example.org", "unlisted", "address to example.org, not one of the issuer's domains"),
        ],
    ),
    ("Thanks for your order.", "NOTHING FOUND: no phone number or link in this message to check.", []),
]


@pytest.mark.parametrize(("text", "headline", "items"), MESSAGES, ids=[m[1].split(":")[0] for m in MESSAGES])
def test_message_in_words(
    directory: Directory, text: str, headline: str, items: list[tuple[str, str, str, str]]
) -> None:
    view = message_view(check_message(directory, text), directory)
    assert view.headline == headline
    assert view.verdict == headline.split(":")[0].lower().replace("nothing found", "nothing-found")
    assert [(i.kind, i.text, i.verdict, i.summary) for i in view.items] == items


def test_message_advice_by_verdict(directory: Directory) -> None:
    def advice(text: str) -> tuple[str, tuple[str, ...]]:
        view = message_view(check_message(directory, text), directory)
        return view.advice_heading, view.advice

    safety = tuple(directory.safety)
    assert advice("Call +1 800 528 4800") == ("", ())
    assert advice("Call 1-800-528-48OO") == ("Do not call, click or reply, and give no details. What to do", safety)
    assert advice("Call +49 69 910 10000") == ("What to do", UNLISTED_ADVICE)
    assert advice("Nothing here.") == ("What to do", safety)


def test_readings_name_countries_in_the_chosen_language(directory: Directory) -> None:
    german = Naming("de")
    listed = verdict_view(verify(directory, "0120-099-818"), directory, german)
    assert listed.readings[0] == (
        "Anderswo gewählt: +43 1 20099818 (gewählt in: Österreich), Festnetz, nicht in diesem Verzeichnis"
    )
    unlisted = verdict_view(verify(directory, "1300 123 456"), directory, german)
    assert unlisted.readings[0] == "Gelesen als +61 1300 123 456 (gewählt in: Australien), geteilte Kosten"
    suspicious = verdict_view(verify(directory, "1-800-528-48OO"), directory, german)
    assert suspicious.readings[1] == "Gelesen als +86 180 0528 4866 (gewählt in: China), Mobilfunk"
    assert (
        suspicious.readings[0]
        == "Gelesen als +1 800-528-4866 (gewählt in: Kanada oder Vereinigte Staaten), gebührenfrei"
    )


def test_a_printed_form_with_no_region_is_read_as_printed(directory: Directory) -> None:
    reading = Reading(None, PRINTED, (), True, "", "", (directory.line("kr-general"),), None)
    assert reading_text(reading) == "00798-800-1111 (as the source prints it), number"


def test_a_senders_address_is_named_as_such(directory: Directory) -> None:
    def items(sender: str) -> list[tuple[str, str, str, str]]:
        text = f"From: Card services <{sender}>\nSubject: your card\n\nCall +1 800 528 4800\n"
        view = message_view(check_message(directory, text), directory)
        return [(i.kind, i.text, i.verdict, i.summary) for i in view.items][1:]

    assert items("alerts@americanexpress.com") == [
        ("link", "alerts@americanexpress.com", "issuer", "sender address on the issuer's domain americanexpress.com")
    ]
    assert items("alerts@amex-alerts.net") == [
        ("link", "alerts@amex-alerts.net", "suspicious", "sender address to amex-alerts.net: red flags")
    ]


def test_the_headline_names_where_it_is_dialled_in_the_chosen_language(directory: Directory) -> None:
    german = Naming("de")
    one = verdict_view(verify(directory, "900 814 500"), directory, german)  # one reading
    several = verdict_view(verify(directory, "0800 917 8047"), directory, german)  # fourteen
    tail = " steht in diesem Verzeichnis der American-Express-Servicenummern."
    assert one.headline == "GELISTET: +34 900 814 500 (gewählt in: Spanien)" + tail
    assert several.headline == "GELISTET: +44 800 917 8047 (gewählt in: Vereinigtes Königreich)" + tail


def test_one_unlisted_reading_where_from_says_is_named_by_its_number_alone(directory: Directory) -> None:
    view = verdict_view(verify(directory, "069 910 10000", "DE"), directory)
    assert view.headline == "UNLISTED: +49 69 91010000 is not in this directory."
    assert view.readings == ("Read as +49 69 91010000 (dialled in Germany), fixed line",)
