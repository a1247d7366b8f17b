"""verify: a table of written numbers, each with the verdict, warning codes and line it must give.

The expectations are written out by hand from the directory data and the numbering plans (never
computed with the code under test): a genuine number in many written forms is listed; a number one
slip away from a listed one is a look-alike; premium-rate, personal, mobile and fictional numbers are
suspicious; other banks' numbers are unlisted (not proof of fraud); incomplete input is no verdict.
"""

from __future__ import annotations

from typing import Any

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.render._flags import word as word_of
from amexhelp.verify.checker import verify
from harness import RunCli

ERROR = "error"
# (written, --from, verdict, warning codes in order, a line id it must match or a listed number it imitates)
TABLE: list[tuple[str, str | None, str, list[str], str | None]] = [
    # Genuine numbers, written many ways.
    ("+1 336 393 1111", None, "listed", [], "us-lost-abroad"),
    ("1-336-393-1111", None, "listed", [], "us-lost-abroad"),
    ("900 814 500", None, "listed", [], "es-general-2"),
    ("+34 900 814 500", "GB", "listed", [], "es-general-2"),
    ("+44 1273 696 933", None, "listed", [], "gb-lost-abroad-2"),
    ("+44 (0)1273 696 933", None, "listed", [], "gb-lost-abroad-2"),
    ("0044 1273 696933", None, "listed", [], "gb-lost-abroad-2"),
    ("01273 696933", "GB", "listed", [], "gb-lost-abroad-2"),
    ("1-800-528-4800", None, "listed", [], "us-general"),
    ("+1 800-528-4800", None, "listed", [], "us-general"),
    ("(800) 528-4800", "US", "listed", [], "us-general"),
    ("1.800.528.4800", None, "listed", [], "us-general"),
    ("tel:+1-800-528-4800;ext=1", None, "listed", [], "us-general"),
    ("+1 800 528 4800 ext. 12", None, "listed", [], "us-general"),
    ("011 1 800 528 4800", None, "listed", [], "us-general"),
    ("１－８００－５２８－４８００", None, "listed", [], "us-general"),
    ("1-800-668-AMEX", None, "listed", [], "ca-dispute"),
    ("0120-099-818", None, "listed", [], "jp-general"),
    ("0120-099-818", "JP", "listed", [], "jp-general"),
    ("+81-3-3320-6100", None, "listed", [], "jp-general-abroad-corporate"),
    ("00798-800-1111", None, "listed", [], "kr-general"),
    ("01-800-005-2221", None, "listed", [], "mx-general"),
    ("91 400 42 50", "ES", "listed", [], "es-general-abroad"),
    ("020 7264 1777", "GB", "listed", [], "europe-multilingual"),
    ("+1 602 785 5000", None, "listed", [], "worldwide"),
    # Look-alikes of listed numbers: one digit changed, two swapped, one added, one dropped.
    ("+1 800 528 4801", None, "suspicious", ["look-alike"], "+18005284800"),
    ("+1 800 582 4800", None, "suspicious", ["look-alike"], "+18005284800"),
    ("+1 336 393 1112", None, "suspicious", ["look-alike"], "+13363931111"),
    ("+44 1273 696 993", None, "suspicious", ["look-alike"], "+441273696933"),
    ("+34 900 814 501", None, "suspicious", ["look-alike", "look-alike"], "+34900814500"),
    ("900 841 500", "ES", "suspicious", ["look-alike"], "+34900814500"),
    ("+49 69 9797 20000", None, "suspicious", ["look-alike"], "+496997972000"),
    ("+49 69 9797 200", None, "suspicious", ["look-alike"], "+496997972000"),
    # Letters passing for digits (a phone's keypad would dial something else).
    ("1-800-528-48OO", None, "suspicious", ["letters-for-digits"], "+18005284800"),
    ("1-8OO-528-4800", "US", "suspicious", ["letters-for-digits"], "+18005284800"),
    ("+44 I273 696 933", None, "suspicious", ["letters-for-digits"], "+441273696933"),
    ("O8OO 151 O9OO", None, "suspicious", ["letters-for-digits"], "+448001510900"),
    # Number types no support line uses, and ranges kept for fiction.
    ("+1 900 234 5678", None, "suspicious", ["premium-rate"], None),
    ("0906 123 4567", "GB", "suspicious", ["premium-rate"], None),
    ("+34 803 123 456", None, "suspicious", ["premium-rate"], None),
    ("+44 70 1234 5678", None, "suspicious", ["personal-number"], None),
    ("+44 7911 123456", None, "suspicious", ["unusual-number-type"], None),
    ("+1 800 555 0199", None, "suspicious", ["fictional-pattern"], None),
    ("(212) 555-0123", "US", "suspicious", ["fictional-pattern"], None),
    ("+44 7700 900123", None, "suspicious", ["fictional-pattern"], None),
    ("+44 909 879 0000", None, "suspicious", ["premium-rate", "fictional-pattern"], None),
    # Other banks' and networks' numbers: not in this directory, and no red flag.
    ("1-800-935-9935", None, "unlisted", [], None),
    ("+1 800 950 5114", None, "unlisted", [], None),
    ("+1 800 847 2911", None, "unlisted", [], None),
    ("+44 345 734 5345", None, "unlisted", [], None),
    ("+49 69 910 10000", None, "unlisted", [], None),
    ("0800 123 4567", None, "unlisted", [], None),
    # Not a complete number under any reading: no verdict.
    ("12", None, ERROR, [], None),
    ("+1 800 528 480", None, ERROR, [], None),
    ("+1 800 528 48000", None, ERROR, [], None),
    ("1-800-528-480", "US", ERROR, [], None),
    ("hello", None, ERROR, [], None),
    ("", None, ERROR, [], None),
    ("+1 800 528 4800 " * 8, None, ERROR, [], None),
]


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 40
    assert {verdict for _, _, verdict, _, _ in TABLE} == {"listed", "suspicious", "unlisted", ERROR}


@pytest.mark.parametrize(("written", "caller", "verdict", "codes", "expected"), TABLE)
def test_verify_table(
    written: str, caller: str | None, verdict: str, codes: list[str], expected: str | None, directory: Directory
) -> None:
    if verdict == ERROR:
        with pytest.raises(InputError, match=r"not a (complete )?phone number|too long"):
            verify(directory, written, caller)
        return
    result = verify(directory, written, caller)
    assert result.verdict == verdict
    assert [flag.code for flag in result.warnings] == codes
    if verdict == "listed":
        assert expected in [line.id for line in result.matches]
        assert result.listed
    elif expected is not None:
        assert expected in [flag.similar_to for flag in result.warnings]
    if verdict != "listed":
        assert not result.official


def test_listed_says_which_line_and_its_status(directory: Directory) -> None:
    result = verify(directory, "900 814 500")
    assert result.line is not None
    assert (result.line.id, result.status, result.official, result.e164) == (
        "es-general-2",
        "confirmed",
        True,
        "+34900814500",
    )
    guide = verify(directory, "0120-099-818", "JP")
    assert (guide.verdict, guide.status, guide.official) == ("listed", "guide-only", False)
    # Mexico's guide line is no longer disputed: the issuer's 800 504 0400 is for corporate cards only.
    guide = verify(directory, "01-800-005-2221")
    assert (guide.verdict, guide.status, guide.official) == ("listed", "guide-only", False)
    disputed = verify(directory, "1-800-227-4669", "CA")
    assert (disputed.verdict, disputed.status, disputed.official) == ("listed", "disputed", False)


def test_without_from_every_reading_is_judged_and_none_is_headlined(directory: Directory) -> None:
    """0800 123 4567 is a number in many countries: no single one is picked."""
    result = verify(directory, "0800 123 4567")
    assert result.e164 is None
    regions = {region for reading in result.readings for region in reading.regions}
    assert {"GB", "DE", "JP"} <= regions
    # 900 814 500 is dialled so only in Spain: in Ireland it would be written 0900…
    spain = verify(directory, "900 814 500")
    assert [reading.regions for reading in spain.readings] == [("ES",)]


def test_the_line_to_headline_is_the_listed_reading(directory: Directory) -> None:
    result = verify(directory, "1-800-528-4800")
    assert result.e164 == "+18005284800"
    assert result.readings[0].listed
    assert set(result.readings[0].regions) == {"US", "CA"}


def test_verify_cli_exit_codes(cli: RunCli) -> None:
    assert cli("verify", "+1 336 393 1111").code == 0
    assert cli("verify", "1-800-935-9935").code == 1
    assert cli("verify", "+1 800 582 4800").code == 1
    bad = cli("verify", "+1 800 528 480", "--json")
    assert (bad.code, bad.stdout) == (2, "")
    assert "not a complete phone number" in bad.stderr
    assert cli("verify").code == 2


def test_verify_json_shape(cli: RunCli) -> None:
    data: dict[str, Any] = cli("verify", "900 814 500", "--json").json()
    assert {"input", "verdict", "listed", "official", "status", "line", "warnings", "readings"} <= set(data)
    assert (data["verdict"], data["listed"], data["official"], data["status"]) == ("listed", True, True, "confirmed")
    assert data["line"]["id"] == "es-general-2"
    assert data["readings"] == [
        {
            "e164": "+34900814500",
            "international": "+34 900 814 500",
            "how": "national",
            "dialled_in": ["ES"],
            "number_type": "TOLL_FREE",
            "number_region": "ES",
            "valid": True,
            "listed": True,
            "lines": ["es-general-2"],
        }
    ]
    flagged = cli("verify", "+1 800 582 4800", "--json").json()
    assert flagged["verdict"] == "suspicious"
    assert flagged["line"] is None
    assert flagged["warnings"][0]["code"] == "look-alike"
    assert flagged["warnings"][0]["similar_to"] == "+18005284800"
    assert "+1 800-528-4800" in flagged["warnings"][0]["message"]


def test_unlisted_is_not_called_fake(cli: RunCli) -> None:
    text = cli("verify", "1-800-935-9935", "--format", "plain").stdout
    assert text.startswith("UNLISTED:")
    assert "not proof of fraud" in text
    assert "Do not call it back" not in text
    suspicious = cli("verify", "+1 900 234 5678", "--format", "plain").stdout
    assert suspicious.startswith("SUSPICIOUS:")
    assert "Do not call it back" in suspicious
    assert "[premium-rate]" in suspicious


def test_rich_output_of_each_verdict(cli: RunCli) -> None:
    for number, word in [("900 814 500", "LISTED"), ("1-800-935-9935", "UNLISTED"), ("1-800-528-48OO", "SUSPICIOUS")]:
        result = cli("verify", number, "--format", "rich")
        assert word in result.stdout
        assert result.stderr == ""


def test_from_and_amexhelp_from_read_national_numbers_there(cli: RunCli) -> None:
    """0120-099-818 is Japan's number dialled in Japan; dialled in the United States it is no number."""
    assert cli("verify", "0120-099-818", "--from", "JP").code == 0
    assert cli("verify", "0120-099-818", env={"AMEXHELP_FROM": "JP"}).code == 0
    elsewhere = cli("verify", "0120-099-818", env={"AMEXHELP_FROM": "US"})
    assert elsewhere.code == 2
    assert "without --from" in elsewhere.stderr


LOOK_ALIKE_TAIL = (
    " is +44 1273 696933 with one digit changed: the number of American Express United Kingdom: Lost or stolen"
    " cards, from abroad (confirmed). Scam numbers are made to pass a glance like this; it may also be a line of"
    " the same office that this directory lacks: compare it with the issuer's website, app or statement before"
    " calling."
)
FICTION_TAIL = (
    " is in a range kept for fiction and examples (such as 555-0100 to 555-0199): no real support line has such a"
    " number."
)

# (input, every warning as (code, whole message, number it imitates))
WARNINGS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("+44 1273 696 993", [("look-alike", "+44 1273 696993" + LOOK_ALIKE_TAIL, "+441273696933")]),
    (  # several readings: the subject says where it is dialled
        "01273 696 993",
        [("look-alike", "+44 1273 696993 (as dialled in the United Kingdom)" + LOOK_ALIKE_TAIL, "+441273696933")],
    ),
    (  # several readings after an international prefix
        "0044 1273 696 993",
        [("look-alike", "+44 1273 696993 (read after an international prefix)" + LOOK_ALIKE_TAIL, "+441273696933")],
    ),
    ("+1 800 555 0199", [("fictional-pattern", "+1 800-555-0199" + FICTION_TAIL, None)]),
    (
        "1-8OO-528-48l0",
        [
            (
                "letters-for-digits",
                "Letters are written where digits belong (O for 0, l for 1): a disguise to pass a glance. Read as"
                " digits it is not a number in this directory either.",
                None,
            )
        ],
    ),
    (
        "O8OO 151 O9OO",
        [
            (
                "letters-for-digits",
                "Letters are written where digits belong (O for 0): a disguise to pass a glance. Read as digits it"
                " would be +44 800 151 0900, the number of American Express United Kingdom: UK Customer Service, but"
                " a phone dials the letters as 6866 151 6966 instead.",
                "+448001510900",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "warnings"), WARNINGS, ids=[text for text, _ in WARNINGS])
def test_each_warning_in_full(directory: Directory, text: str, warnings: list[tuple[str, str, str | None]]) -> None:
    result = verify(directory, text)
    assert [(w.code, word_of(w, directory), w.similar_to) for w in result.warnings] == warnings


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12", "not a complete phone number: '12' (too short)"),
        ("911", "not a complete phone number: '911' (no valid number under any reading)"),
    ],
)
def test_incomplete_numbers_say_why(directory: Directory, text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        verify(directory, text)
    assert caught.value.message == message
    assert caught.value.suggestion == "check it digit by digit against the issuer's website, app or statement"


def test_lines_and_regions_in_words(directory: Directory) -> None:
    from amexhelp.render._flags import DIALLED_IN, in_regions, line_name, region_names

    assert line_name(directory.line("europe-multilingual"), directory) == (
        "American Express Europe: Europe (Multilingual Support)"
    )
    assert line_name(directory.line("worldwide"), directory) == (
        "American Express Worldwide: American Express Global Support Center"
    )
    assert line_name(directory.line("jp-general"), directory) == "American Express Japan: Customer Service"
    assert region_names(("ES",)) == "Spain"
    assert region_names(("US", "CA")) == "the United States or Canada"
    assert region_names(("GB", "FR", "DE")) == "the United Kingdom, France or Germany"
    assert region_names(("GB", "FR", "DE", "IT")) == "the United Kingdom, France, Germany or Italy"
    assert (
        in_regions(DIALLED_IN, "+1 800", ("GB", "FR", "DE"))
        == "+1 800 (dialled in the United Kingdom, France or Germany)"
    )
    assert in_regions(DIALLED_IN, "+1 800", ("GB", "FR", "DE", "IT")) == "+1 800 (dialled in 4 countries)"


def test_a_number_printed_with_a_plus_is_also_found_by_the_digits_dialled_at_home(
    bundled_document: dict[str, Any],
) -> None:
    from amexhelp.directory import index
    from amexhelp.directory.model import DataOrigin
    from amexhelp.directory.schema import read_directory

    for line in bundled_document["lines"]:
        if line["id"] == "kr-general":
            line["display"] = "+82 00798-800-1111 (from inside Korea only)"
    changed = read_directory(
        bundled_document, DataOrigin("test.json", False, b""), index.country_names(), index.language_names()
    )
    result = verify(changed, "00798-800-1111")
    assert result.verdict == "listed"
    assert result.line is not None
    assert result.line.id == "kr-general"


def test_the_batch_reads_each_line_where_from_says(directory: Directory) -> None:
    from amexhelp.verify.batch import verify_lines

    (there,) = verify_lines(directory, ["089 123456\n"], "DE")
    (anywhere,) = verify_lines(directory, ["089 123456\n"])
    assert there.e164 == "+4989123456"
    assert len(anywhere.readings) == 4


EVERYWHERE = ("AE", "AR", "AT", "BE", "CH", "CN", "DE", "DK", "ES", "FI", "FR", "GB", "HK", "IE", "IN", "IT", "MX")
EVERYWHERE += ("MY", "NL", "NZ", "PH", "PL", "SA", "TR", "VN", "ZA")  # where 00 is the international prefix

# (input, --from, every reading as (e164, how, dialled in, number type, number region, valid, line ids))
READINGS: list[tuple[str, str | None, list[tuple[Any, ...]]]] = [
    (
        "+1 800 528 4800",
        None,
        [("+18005284800", "international", (), "TOLL_FREE", "US", True, ["us-general", "us-premium"])],
    ),
    (
        "(800) 528-4800",
        "US",
        [("+18005284800", "national", ("US",), "TOLL_FREE", "US", True, ["us-general", "us-premium"])],
    ),
    ("00798-800-1111", None, [(None, "printed", ("KR",), "", "KR", True, ["kr-general"])]),  # and no +82 0079… reading
    (
        "0044 1273 696933",
        None,
        [
            ("+441273696933", "prefix", EVERYWHERE, "FIXED_LINE", "GB", True, ["gb-lost-abroad-2"]),
            ("+41273696933", "prefix", ("SG", "TH"), "FIXED_LINE", "CH", True, []),
        ],
    ),
    (
        "01-800-005-2221",
        None,
        [
            ("+528000052221", "printed", ("MX",), "TOLL_FREE", "MX", True, ["mx-general"]),
            ("+4318000052221", "national", ("AT",), "FIXED_LINE", "AT", True, []),
            ("+8618000052221", "national", ("CN",), "MOBILE", "CN", True, []),
            ("+4918000052221", "national", ("DE",), "SHARED_COST", "DE", True, []),
            ("+9118000052221", "national", ("IN",), "TOLL_FREE", "IN", True, []),
            ("+6318000052221", "national", ("PH",), "TOLL_FREE", "PH", True, []),
        ],
    ),
    (
        "1 800 555 0100",
        None,
        [
            ("+97118005550100", "national", ("AE",), "UNKNOWN", "", False, []),
            ("+5418005550100", "national", ("AR",), "UNKNOWN", "", False, []),
            ("+5518005550100", "national", ("BR",), "UNKNOWN", "", False, []),
            ("+18005550100", "national", ("CA", "US"), "TOLL_FREE", "US", True, []),
            ("+8618005550100", "national", ("CN",), "MOBILE", "CN", True, []),
            ("+35818005550100", "national", ("FI",), "UNKNOWN", "", False, []),
            ("+85218005550100", "national", ("HK",), "UNKNOWN", "", False, []),
            ("+9118005550100", "national", ("IN",), "TOLL_FREE", "IN", True, []),
            ("+3918005550100", "national", ("IT",), "UNKNOWN", "", False, []),
            ("+8118005550100", "national", ("JP",), "UNKNOWN", "", False, []),
            ("+8218005550100", "national", ("KR",), "UNKNOWN", "", False, []),
            ("+3118005550100", "national", ("NL",), "UNKNOWN", "", False, []),
            ("+6318005550100", "national", ("PH",), "TOLL_FREE", "PH", True, []),
            ("+6518005550100", "national", ("SG",), "TOLL_FREE", "SG", True, []),
            ("+88618005550100", "national", ("TW",), "UNKNOWN", "", False, []),
        ],
    ),
    ("+44 7700 900123", None, [("+447700900123", "international", (), "UNKNOWN", "", False, [])]),
    ("+800 1234 5678", None, [("+80012345678", "international", (), "TOLL_FREE", "001", True, [])]),
]


@pytest.mark.parametrize(("text", "caller", "readings"), READINGS, ids=[f"{t}-{c}" for t, c, _ in READINGS])
def test_every_reading_in_full(
    directory: Directory, text: str, caller: str | None, readings: list[tuple[Any, ...]]
) -> None:
    result = verify(directory, text, caller)
    got = [
        (r.e164, r.how, r.regions, r.number_type, r.number_region, r.valid, [line.id for line in r.lines])
        for r in result.readings
    ]
    assert got == readings


@pytest.mark.parametrize(
    ("text", "caller", "why"),
    [
        ("+1 800 528 48000", None, "too long"),
        ("12345678901234567890", None, "too long"),
        ("+1 800 528 480", None, "too short"),
        ("020 1234", "GB", "no valid number when dialled in the United Kingdom"),
        ("+999 123 4567", None, "not a valid number"),
        ("911", None, "no valid number under any reading"),
    ],
)
def test_why_a_number_is_incomplete(directory: Directory, text: str, caller: str | None, why: str) -> None:
    with pytest.raises(InputError) as caught:
        verify(directory, text, caller)
    assert caught.value.message == f"not a complete phone number: {text!r} ({why})"


@pytest.mark.parametrize(
    ("text", "verdict", "codes"),
    [
        ("Call 1-800-528-4800", "listed", []),  # "Call" ends in an l next to a digit: still a word, not a 1
        ("Dial 0800 917 8047", "listed", []),
        ("Tel. 0120-099-818", "listed", []),
        ("ring 0044 1273 696933", "listed", []),
        ("Call 1-8OO-528-4800", "suspicious", ["letters-for-digits"]),
    ],
)
def test_words_before_the_number_are_dropped(directory: Directory, text: str, verdict: str, codes: list[str]) -> None:
    result = verify(directory, text)
    assert (result.verdict, [w.code for w in result.warnings]) == (verdict, codes)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("+1 800 528 4800", ("+1 800 528 4800", None, "")),
        ("1-800-528-48OO", ("1-800-528-4866", "1-800-528-4800", "OO")),
        ("Call 1-8OO-528-4800", ("1-866-528-4800", "1-800-528-4800", "OO")),
        ("O8OO 151 O9OO", ("6866 151 6966", "0800 151 0900", "OOOOOO")),
        ("+44 I273 696 933", ("+44 4273 696 933", "+44 1273 696 933", "I")),
        ("1-800-SAY-AMEX", ("1-800-729-2639", None, "")),  # a vanity number: letters a phone dials
        ("lol 1", ("565 1", "101 1", "lol")),
        ("ol abc 1", ("1", None, "")),  # a run of O and l counts only when a digit is its nearest neighbour
        ("1-8OO-SAY-AMEX", ("1-866-729-2639", "1-800-729-2639", "OO")),  # a vanity word beside imitated digits
        ("hello", ("", None, "")),
        ("x O", ("", None, "")),
    ],
)
def test_letters_as_dialled_and_as_imitated(text: str, read: tuple[str, str | None, str]) -> None:
    from amexhelp.verify._written import dialled_forms

    assert dialled_forms(text) == read


@pytest.mark.parametrize(
    ("value", "start", "end", "near"),
    [
        ("1-O", 2, 3, True),
        ("O-1", 0, 1, True),
        ("1 (O", 3, 4, True),
        ("O) 1", 0, 1, True),
        ("a O b", 2, 3, False),
        ("O", 0, 1, False),
        ("1x O", 3, 4, False),
    ],
)
def test_next_to_a_digit_past_separators(value: str, start: int, end: int, near: bool) -> None:
    from amexhelp.verify._written import next_to_digit

    assert next_to_digit(value, start, end) is near


@pytest.mark.exhaustive
def test_every_listed_number_as_people_paste_it_is_listed(directory: Directory) -> None:
    """Never call a real number anything else: each line as printed and in + form, after a word, in
    brackets or with a full stop, read from anywhere and from its own country. A suspect line (a number
    in a range kept for fiction or withdrawn) is suspicious instead, and says which line it is."""
    wrong = []
    for line in directory.lines:
        expected = "suspicious" if line.status == "suspect" else "listed"
        forms = [
            line.display,
            f"Call {line.display}",
            f"{line.display}.",
            f"Phone: {line.display}",
            f"({line.display})",
        ]
        if line.international:
            forms += [
                line.international,
                f"tel:{line.e164}",
                f"Call us on {line.international}.",
                f"Tel: {line.international}",
            ]
        for form in forms:
            for caller in (None, line.country):
                result = verify(directory, form, caller)
                if result.verdict != expected or line not in result.matches:
                    wrong.append((line.id, form, caller, result.verdict))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "caller", "message", "suggestion"),
    [
        ("hello", None, "not a phone number: 'hello'", "give digits, e.g. +1 800 528 4800"),
        (
            "020 7264 1777",
            "US",
            "not a complete phone number: '020 7264 1777' (too long)",
            "a number when dialled elsewhere: without --from (or AMEXHELP_FROM) every reading is judged",
        ),
        (
            "+1 800 528 480",
            "US",
            "not a complete phone number: '+1 800 528 480' (too short)",
            "check it digit by digit against the issuer's website, app or statement",
        ),
    ],
)
def test_refusals_and_their_hints(
    directory: Directory, text: str, caller: str | None, message: str, suggestion: str
) -> None:
    with pytest.raises(InputError) as caught:
        verify(directory, text, caller)
    assert (caught.value.message, caught.value.suggestion) == (message, suggestion)


def test_the_longest_input_read_is_max_value(directory: Directory) -> None:
    from amexhelp.sanitize import MAX_VALUE

    with pytest.raises(InputError, match="not a complete phone number"):
        verify(directory, "1" * MAX_VALUE)
    with pytest.raises(InputError, match=rf"phone number is too long \({MAX_VALUE + 1} characters"):
        verify(directory, "1" * (MAX_VALUE + 1))


def test_the_verdict_keeps_where_it_was_read_from(directory: Directory) -> None:
    assert verify(directory, "020 7264 1777", "GB").caller == "GB"
    assert verify(directory, "+44 20 7264 1777").caller is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("tel:+1-800-528-4800;ext=1;phone-context=x", "+1-800-528-4800"),
        ("TEL:+1-800-528-4800", "+1-800-528-4800"),
        ("+1 800 528 4800 ext. 12", "+1 800 528 4800"),
        ("+1 800 528 4800 x12", "+1 800 528 4800"),
        ("+1 800 528 4800 #12", "+1 800 528 4800"),
        ("＋１ ８００ ５２８ ４８００", "+1 800 528 4800"),
        ("  +1 800  ", "+1 800"),
        ("08001510900", "08001510900"),
    ],
)
def test_normalise(text: str, value: str) -> None:
    from amexhelp.verify._written import normalise

    assert normalise(text) == value


def test_ascii_digits_and_international_forms() -> None:
    import phonenumbers

    from amexhelp.verify._written import ascii_digits
    from amexhelp.verify.readings import PRINTED, Reading, dialled_there, international

    assert ascii_digits("+1 (800) 528-4800") == "18005284800"
    assert ascii_digits("٠١ 23–45 09") == "234509"  # only ASCII digits count
    assert ascii_digits("12A3–4") == "1234"
    assert international(Reading("+18005284800", "international", (), True, "", "", (), None)) == "+1 800-528-4800"
    assert international(Reading("+18005284800", "international", (), True, "", "", (), "as kept")) == "as kept"
    assert international(Reading(None, PRINTED, (), True, "", "", (), None)) is None
    london = phonenumbers.parse("+442072641777")
    assert dialled_there(london, "02072641777", "GB")
    assert not dialled_there(london, "2072641777", "GB")
    assert not dialled_there(london, "2072641777", None)
    assert dialled_there(phonenumbers.parse("+34900814500"), "900814500", None)


def test_one_reading_read_where_from_says_is_named_without_where(directory: Directory) -> None:
    (flag,) = verify(directory, "01273 696 993", "GB").warnings
    assert word_of(flag, directory).startswith("+44 1273 696993 is +44 1273 696933 with one digit changed")


def test_a_national_number_without_its_trunk_prefix_is_read_where_from_says(directory: Directory) -> None:
    """As phonenumbers reads it: "20 7264 1777" from the United Kingdom is London's 020 7264 1777."""
    result = verify(directory, "20 7264 1777", "GB")
    assert (result.verdict, result.e164) == ("listed", "+442072641777")


def test_a_number_of_a_shared_calling_code_is_given_its_own_region(directory: Directory) -> None:
    (reading,) = verify(directory, "+1 416 967 1111").readings
    assert (reading.number_region, reading.number_type) == ("CA", "FIXED_LINE_OR_MOBILE")


def test_keep_patterns_on_a_phonenumbers_without_the_pattern_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    import phonenumbers

    from amexhelp.verify._fastpath import keep_patterns

    monkeypatch.delattr(phonenumbers, "enable_pattern_cache")
    keep_patterns()  # phonenumbers 8 has no such switch: nothing to turn on, and no error


def test_a_fictional_range_names_the_north_american_reading_first(directory: Directory) -> None:
    (flag,) = verify(directory, "212 555 0123").warnings
    assert word_of(flag, directory).startswith(
        "+1 212-555-0123 (as dialled in Canada or the United States) (and 16 other readings) is"
    )
