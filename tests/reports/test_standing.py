"""Every number a listing prints carries its standing: FAQ answers, channels and countries, text and JSON.
Expected values are written from the directory's data by hand (statuses, the issuer's numbers)."""

from __future__ import annotations

import phonenumbers
import pytest

from amexhelp.directory.model import Directory
from amexhelp.reports.faq import answer_all
from amexhelp.reports.prose import ProseNumber, numbers_in
from harness import RunCli

MARKS = ("[C]", "[G]", "[D]", "[S]", "[U]", "[?]")


def test_numbers_in_an_faq_answer_carry_their_status_and_the_confirmed_alternative(directory: Directory) -> None:
    text = directory.faqs[1].answer  # "How do I report a lost or stolen American Express card?"
    assert numbers_in(text, "US", directory) == (
        ProseNumber("1-800-297-9407", 45, "+18002979407", "disputed", ("us-fraud",), ("+18005284800",)),
        ProseNumber("1-800-528-4800", 109, "+18005284800", "confirmed", ("us-general", "us-premium"), ()),
    )


def test_an_unlisted_number_in_text_names_the_markets_confirmed_general_line(directory: Directory) -> None:
    (found,) = numbers_in("Call 1-800-555-0100 now.", "US", directory)
    assert (found.e164, found.status, found.lines, found.instead) == ("+18005550100", "unlisted", (), ("+18005284800",))


def test_a_suspect_number_in_text_is_marked_and_argentina_has_no_confirmed_line(directory: Directory) -> None:
    (found,) = numbers_in("Llame al +54 800 555 0123.", "US", directory)
    assert (found.status, found.lines, found.instead) == ("suspect", ("ar-general",), ())


def test_a_guide_only_number_sends_nowhere_else(directory: Directory) -> None:
    (found,) = numbers_in("Fax: 1-800-387-1193", "US", directory)
    assert (found.status, found.lines, found.instead) == ("guide-only", ("us-fax",), ())


def test_faq_answers_name_their_market_and_point_to_the_card_markets_confirmed_lines(directory: Directory) -> None:
    answers = {a.faq.id: a for a in answer_all(directory, directory.faqs, "GB")}
    assert {a.market for a in answers.values()} == {"US"}
    assert answers[2].asked == "GB"
    # 0800 917 8047 is the issuer's line inside the UK (its page gives it for calls from there).
    assert [line.id for line in answers[2].lines_for_asked] == ["gb-lost", "gb-general-2"]
    assert answers[3].numbers == ()
    # Asked about the market the FAQ describes: nothing to point to.
    assert all(a.asked is None for a in answer_all(directory, directory.faqs, "US"))
    # Puerto Rico's cards are served by the US market's lines.
    assert all(a.asked is None for a in answer_all(directory, directory.faqs, "PR"))


def test_faq_json_carries_numbers_with_status_market_and_source(cli: RunCli) -> None:
    data = cli("faq", "stolen", "--card", "GB", "--json").json()
    first = data["faqs"][0]
    assert first["id"] == 2
    assert first["market"] == {"code": "US", "name": "United States"}
    assert [s["id"] for s in first["sources"]] == ["guide"]
    assert [(n["text"], n["status"], n["instead"]) for n in first["numbers"]] == [
        ("1-800-297-9407", "disputed", ["+18005284800"]),
        ("1-800-528-4800", "confirmed", []),
    ]
    assert data["card_market"] == {"code": "GB", "name": "United Kingdom"}
    assert [line["e164"] for line in first["card_market"]["lines"]] == ["+448009178047", "+448000327642"]
    assert cli("faq", "stolen", "--json").json()["faqs"][0]["card_market"] is None


def test_faq_text_marks_the_disputed_fraud_line_and_its_footer_names_only_the_guide(cli: RunCli) -> None:
    out = cli("faq", "stolen", "--format", "plain").stdout
    assert "Number: 1-800-297-9407 [D] disputed (us-fraud); call +1 800-528-4800 instead (confirmed)" in out
    assert "About cards issued in the United States · source: third-party:" in out
    assert "issuer pages" not in out
    assert "Source: a third-party guide, not the issuer's page" in out
    japan = cli("faq", "stolen", "--country", "JP", "--format", "plain").stdout
    assert "For cards issued in Japan: no confirmed line for this is in the directory" in japan


def test_faq_reads_the_card_market_from_the_environment(cli: RunCli) -> None:
    data = cli("faq", "stolen", "--json", env={"AMEXHELP_CARD": "GB"}).json()
    assert data["card_market"]["code"] == "GB"
    # The card's market, set once, wins over where you are; --card wins over both.
    assert (
        cli("faq", "stolen", "-c", "JP", "--json", env={"AMEXHELP_CARD": "US"}).json()["faqs"][0]["card_market"] is None
    )
    mixed = cli("faq", "stolen", "-c", "JP", "--card", "GB", "--json", env={"AMEXHELP_CARD": "US"}).json()
    assert mixed["card_market"]["code"] == "GB"


def test_faq_refuses_an_unknown_card_market(cli: RunCli) -> None:
    result = cli("faq", "--card", "Qqqzzx")
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("amexhelp: error: unknown country for --card")


def test_channels_name_their_source_and_mark_the_guides_fax_number(cli: RunCli) -> None:
    data = cli("channels", "--json").json()
    channels = {c["id"]: c for c in data["channels"]}
    assert {s["id"] for c in data["channels"] for s in c["sources"]} == {"guide"}
    assert [(n["e164"], n["status"], n["lines"]) for n in channels["mail-fax"]["numbers"]] == [
        ("+18003871193", "guide-only", ["us-fax"])
    ]
    assert channels["web-chat"]["numbers"] == []
    out = cli("channels", "--format", "plain").stdout
    assert "   Number:        1-800-387-1193 [G] guide-only (us-fax)" in out
    assert "Status: [G] only in a third-party guide" in out
    assert "issuer pages" not in out


def test_countries_mark_every_number_and_say_why_a_suspect_one_is(cli: RunCli) -> None:
    out = cli("countries", "--format", "plain").stdout
    lines = out.splitlines()
    assert any(line.startswith("   0800-555-0123") and "[S] Customer Service (do not call:" in line for line in lines)
    ireland = next(line for line in lines if line.startswith("   1850 882 028"))
    assert "[S]" in ireland
    assert "1850 range was withdrawn on 2022-01-01" in ireland
    australia = next(line for line in lines if line.startswith("   1800 026 288"))
    assert "[D] Australia Customer Service (issuer's page gives +61 1300 132 639)" in australia
    assert "Anywhere else: +1 602-785-5000 [G] American Express Global Support Center" in out
    assert "[S] suspect: a red flag, do not call" in out
    data = cli("countries", "--json").json()
    ie = next(c for c in data["countries"] if c["code"] == "IE")
    lost = next(line for line in ie["lines"] if line["id"] == "ie-lost")
    assert (lost["status"], lost["red_flags"]) == ("suspect", ["withdrawn-range"])


def _numbers(text: str) -> list[str]:
    return [
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, "US")
    ]


@pytest.mark.parametrize("command", ["faq", "channels", "countries"])
def test_no_number_is_printed_without_its_status(cli: RunCli, command: str) -> None:
    """Walk the text output, item by item (blocks between blank lines): every phone number in an item
    appears, in the same item, on a line that carries a status mark."""
    out = cli(command, "--format", "plain").stdout
    for block in out.split("\n\n"):
        marked = {n for line in block.splitlines() if any(m in line for m in MARKS) for n in _numbers(line)}
        for number in _numbers(block):
            assert number in marked, f"{command}: {number} printed without its status in:\n{block}"


@pytest.mark.parametrize("command", ["faq", "channels", "countries"])
def test_no_number_is_in_the_json_without_its_status(cli: RunCli, command: str) -> None:
    """Every number in a JSON listing is a line (with status) or a found number (with status)."""
    data = cli(command, "--json").json()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if "e164" in value and ("id" in value or "text" in value):
                assert value.get("status") in ("confirmed", "corroborated", "guide-only", "disputed", "unsourced",
                                               "suspect", "unlisted"), value  # fmt: skip
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    for item in data.get("faqs", data.get("channels", [])):
        texts = [item.get("answer", ""), item.get("description", ""), *item.get("details", {}).values()]
        assert {n["e164"] for n in item["numbers"]} >= {n for text in texts for n in _numbers(text)}


def test_a_suspect_line_is_kept_in_a_lookup_but_never_offered_first(cli: RunCli) -> None:
    ireland = cli("lookup", "--country", "IE", "--json").json()
    ids = [line["id"] for line in ireland["lines"]]
    assert "ie-lost" in ids
    assert ids[0] != "ie-lost"
    lost = next(line for line in ireland["lines"] if line["id"] == "ie-lost")
    assert (lost["status"], lost["red_flags"]) == ("suspect", ["withdrawn-range"])
    assert not ireland["headline"].startswith("Call 1850")
    argentina = cli("lookup", "--country", "AR", "--json").json()
    assert argentina["lines"][0]["id"] != "ar-general"
    assert "0800-555-0123" not in argentina["headline"]
    text = cli("lookup", "--country", "AR", "--format", "plain").stdout
    assert "Status:        suspect: do not call, kept only as evidence — fictional-pattern:" in text
    assert "Cannot dial:   do not: the number has a red flag (see Status)" in text
    ireland = cli("lookup", "--country", "IE", "--format", "plain").stdout
    assert (
        "suspect: do not call, kept only as evidence — withdrawn-range: Ireland's 1850 range was withdrawn on"
        " 2022-01-01, says Telephone numbers in the Republic of Ireland (Wikipedia)"
    ) in ireland
    assert "Dial:          1850" not in ireland


def test_a_suspect_line_is_never_a_bare_number_nor_in_a_qr_code(cli: RunCli) -> None:
    brief = cli("lookup", "--country", "IE", "--brief").stdout
    assert "1850" not in brief
    assert brief.splitlines()[0] == "+1 602-785-5000"
    qr = cli("lookup", "--country", "AR", "--qr", "--format", "plain")
    assert qr.code == 0, qr.stderr
    assert "Scan to call American Express Global Support Center (+1 602-785-5000)" in qr.stdout


@pytest.mark.parametrize("args", [(), ("--country", "IE"), ("--country", "AR", "--card", "IE")])
def test_a_suspect_line_is_never_exported(cli: RunCli, args: tuple[str, ...]) -> None:
    for fmt in ("csv", "vcard", "json"):
        out = cli("export", "--format", fmt, *args).stdout
        assert "+3531850882028" not in out
        assert "1850 882 028" not in out
        assert "+548005550123" not in out
