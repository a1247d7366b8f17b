"""End-to-end tests of the real entry point: exit codes, stdout/stderr split, parsed JSON."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from amexhelp import __version__
from harness import RunCli

LINE_KEYS = {
    "id",
    "service",
    "label",
    "country",
    "area",
    "e164",
    "display",
    "international",
    "national",
    "number_region",
    "cross_border",
    "toll_free",
    "hours",
    "languages",
    "languages_as_printed",
    "notes",
    "dial",
    "reachable",
    "unreachable_reason",
    # schema 2
    "services",
    "products",
    "domestic_dial",
    "from_abroad",
    "collect",
    "callable_from_abroad",
    "open_hours",
    "status",
    "disputed_by",
    "red_flags",
    "sources",
    "dial_landline",
    # who a line is for, and how many independent pages print it
    "audience",
    "cobrand",
    "independent_sources",
}
LOOKUP_LINE_KEYS = LINE_KEYS | {"scope", "for_cards_issued_in", "open_now", "next_open"}


def test_lookup_lost_card_in_japan_text(cli: RunCli) -> None:
    result = cli("lookup", "lost card in Japan")
    assert result.code == 0
    first, second = result.stdout.splitlines()[:2]
    # No issuer page prints a number for personal cards in Japan: the card's own number first, then the
    # review sites' lost-card line, with its grade and how many independent pages print it.
    assert first == (
        "Call the number on the back of your card, on your statement or in the issuer's app: no issuer page in"
        " the directory gives one for personal cards of Japan. Best graded otherwise: 0120-020-120 — American"
        " Express Japan, Lost or stolen cards (Membership Service Center), hours not stated, unconfirmed: printed"
        " by 2 independent pages"
    )
    assert second == "Japan (JP) · Lost or stolen card"
    assert "unconfirmed: printed by 2 independent third-party pages only" in result.stdout
    assert "statement" in result.stdout.splitlines()[-1]
    assert result.stderr == ""


def test_lookup_json_contract(cli: RunCli) -> None:
    result = cli("lookup", "--country", "JP", "--json")
    assert result.code == 0
    data = result.json()
    assert data["country"] == {"code": "JP", "name": "Japan"}
    assert data["need"] is None
    assert data["fallback"] is False
    assert isinstance(data["advice"], list)
    assert data["source"]["as_of"] == "2026-11-28"
    assert data["source"]["data"]["bundled"] is True
    assert data["headline"].startswith("Call the number on the back of your card")
    # No need said: the line printed by two independent pages leads, not the one guide's general line.
    assert "Best graded otherwise: 0120-020-120" in data["headline"]
    assert data["notices"][0] == {
        "code": "no-issuer-line",
        "message": data["notices"][0]["message"],
        "country": "JP",
        "product": "personal",
        "need": None,
    }
    assert [line["id"] for line in data["lines"][:3]] == ["jp-lost", "jp-lost-2", "jp-general"]
    line = data["lines"][2]
    assert set(line) == LOOKUP_LINE_KEYS
    assert line["e164"] == "+81120099818"
    assert line["display"] == "0120-099-818"
    assert line["international"] == "+81 120-099-818"
    assert line["languages"] == ["ja", "en"]
    assert line["toll_free"] is True
    assert line["dial"] == "0120-099-818"
    assert line["reachable"] is True
    assert line["status"] == "guide-only"
    assert line["scope"] == "local"
    assert line["for_cards_issued_in"] == "JP"
    assert [s["kind"] for s in line["sources"]] == ["third-party"]
    assert data["from"] == {"code": "JP", "name": "Japan"}
    assert data["from_source"] == "location"
    assert data["card_market"] is None
    assert data["product"] is None
    elsewhere = [item for item in data["lines"] if item["scope"] == "elsewhere"]
    assert "+13363931111" in [item["e164"] for item in elsewhere]


def test_lookup_json_card_market(cli: RunCli) -> None:
    data = cli("lookup", "--country", "JP", "--card", "US", "--need", "lost-card", "--json").json()
    assert data["card_market"] == {"code": "US", "name": "United States", "source": "option"}
    first = data["lines"][0]
    assert (first["e164"], first["dial"], first["dial_landline"]) == (
        "+13363931111",
        "+1 336-393-1111",
        "010 1 336-393-1111",
    )
    assert first["status"] == "confirmed"
    assert first["sources"][0]["url"].startswith("https://www.americanexpress.com/us/")
    env = cli("lookup", "--country", "JP", "--json", env={"AMEXHELP_CARD": "US"}).json()
    assert env["card_market"]["source"] == "environment"


def test_brief_prints_only_numbers_best_first(cli: RunCli) -> None:
    result = cli("lookup", "--country", "JP", "--card", "GB", "--need", "lost-card", "--brief")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "+44 1273 696933"
    assert all(line and not line.startswith(("Call", "-", "Advice")) for line in lines)
    assert "0120-099-818" in lines  # the local line rings from here too
    rejected = cli("lookup", "--country", "JP", "--brief", "--json")
    assert rejected.code == 2
    assert rejected.stdout == ""


def test_plain_output_leads_with_the_number_to_dial(cli: RunCli) -> None:
    result = cli("lookup", "my UK card was stolen in Japan")
    assert result.stdout.splitlines()[0] == (
        "Call +44 1273 696933 — American Express United Kingdom, Lost or stolen cards, from abroad, 24 hours, every day"
    )


def test_a_domestic_only_number_is_never_labelled_international(cli: RunCli) -> None:
    result = cli("lookup", "--country", "JP", "--format", "plain")
    assert "International: +81 120" not in result.stdout
    assert "not possible: only from inside Japan" in result.stdout


def test_lookup_json_fallback_for_a_country_not_listed(cli: RunCli) -> None:
    data = cli("lookup", "I'm in Peru and my card was stolen", "--json").json()
    assert data["country"]["code"] == "PE"
    assert data["need"] == "lost-card"
    assert data["fallback"] is True
    assert data["lines"][0]["e164"] == "+16027855000"


def test_assumed_country_is_said(cli: RunCli) -> None:
    result = cli("lookup", "my flight was cancelled")
    assert "assumed United States" in result.stdout
    data = cli("lookup", "my flight was cancelled", "--json", env={"AMEXHELP_COUNTRY": "CA"}).json()
    assert data["country"]["code"] == "CA"
    assert data["country_source"] == "environment"
    assert data["lines"][0]["status"] == "confirmed"  # the issuer's line before the guide's travel line
    assert "ca-travel" in [line["id"] for line in data["lines"]]


def test_format_switch_plain_rich_json(cli: RunCli) -> None:
    plain = cli("lookup", "-c", "JP", "--format", "plain")
    rich = cli("lookup", "-c", "JP", "--format", "rich")
    as_json = cli("lookup", "-c", "JP", "--format", "json")
    assert plain.stdout.startswith("Call the number on the back of your card")
    assert "\x1b[" not in plain.stdout
    assert "\x1b[" in rich.stdout
    assert "0120-099-818" in rich.stdout
    assert as_json.json()["country"]["code"] == "JP"


def test_no_color_and_dumb_terminal_get_plain_text(cli: RunCli) -> None:
    for env in ({"NO_COLOR": "1"}, {"TERM": "dumb"}):
        assert "\x1b[" not in cli("lookup", "-c", "JP", env=env).stdout


def test_conflicting_format_switches_are_rejected(cli: RunCli) -> None:
    result = cli("lookup", "-c", "JP", "--json", "--format", "plain")
    assert result.code == 2
    assert result.stdout == ""
    assert "--json conflicts with --format plain" in result.stderr


def one_line_error(result: Any, *needles: str) -> None:
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("amexhelp: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_country_is_exit_2_with_a_suggestion(cli: RunCli) -> None:
    result = cli("lookup", "--country", "Jpan", "--json")
    assert result.code == 2
    one_line_error(result, "Jpan", "did you mean Japan?")


def test_unknown_need_and_unknown_option(cli: RunCli) -> None:
    result = cli("lookup", "--need", "travle")
    assert result.code == 2
    one_line_error(result, "travle", "did you mean travel?")
    result = cli("lookup", "--contry", "JP")
    assert result.code == 2
    one_line_error(result, "--contry", "--country")


def test_faq_all_match_and_no_match(cli: RunCli) -> None:
    data = cli("faq", "--json").json()
    assert [faq["id"] for faq in data["faqs"]] == list(range(1, 11))
    data = cli("faq", "replacement card", "--json").json()
    assert data["faqs"][0]["id"] == 6
    result = cli("faq", "xylophone")
    assert result.code == 1
    one_line_error(result, "xylophone")


def test_channels_json(cli: RunCli) -> None:
    data = cli("channels", "--json").json()
    assert [c["id"] for c in data["channels"]] == [
        "phone",
        "secure-messaging",
        "mobile-app",
        "web-chat",
        "social-media",
        "mail-fax",
        "experience-centers",
    ]
    social = next(c for c in data["channels"] if c["id"] == "social-media")
    assert social["details"]["twitter"] == "@Amex"
    assert any("PIN" in advice for advice in data["safety"])


def test_countries_json(cli: RunCli) -> None:
    data = cli("countries", "--json").json()
    codes = [c["code"] for c in data["countries"]]
    assert len(codes) == 35
    assert {"US", "JP", "IE", "TW", "CH", "TH"} <= set(codes)
    japan = next(c for c in data["countries"] if c["code"] == "JP")
    assert japan["name"] == "Japan"
    assert japan["languages"] == ["ja", "en"]
    assert [line["status"] for line in japan["lines"]] == [
        "guide-only",
        "confirmed",
        "confirmed",
        "guide-only",
        "guide-only",
    ]
    assert data["fallback"]["e164"] == "+16027855000"
    europe = next(area for area in data["areas"] if area["id"] == "europe")
    assert "NL" in europe["countries"]
    assert [line["id"] for line in europe["lines"]] == ["europe-multilingual"]
    text = cli("countries", "--format", "plain").stdout
    assert "Elsewhere in Europe: +44 20 7264 1777" in text


def test_version_shows_the_data_in_use(cli: RunCli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.stdout.startswith(f"amexhelp {__version__}")
    assert "sha256" in result.stdout


def test_help_on_every_command(cli: RunCli) -> None:
    for command in ("lookup", "faq", "channels", "countries"):
        result = cli(command, "-h")
        assert result.code == 0
        assert "Examples" in result.stdout


def test_data_override_is_used_and_said(cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any]) -> None:
    document = json.loads(json.dumps(bundled_document))
    for line in document["lines"]:
        if line["id"] == "jp-lost":
            line["hours"] = "9:00-17:00"
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    os.utime(path, (0, time.mktime((2026, 12, 1, 12, 0, 0, 0, 0, -1))))  # the file's date: noon, 1 December 2026
    data = cli("lookup", "-c", "JP", "--json", env={"AMEXHELP_DATA": str(path)}).json()
    assert data["lines"][0]["hours"] == "9:00-17:00"
    assert data["source"]["data"] == {
        "path": str(path),
        "bundled": False,
        "installed": False,
        "date": "2026-12-01",
    }
    text = cli("lookup", "-c", "JP", env={"AMEXHELP_DATA": str(path)}).stdout
    assert f"using directory data from {path}" in text


@pytest.mark.parametrize("content", [None, "{not json", '{"schema_version": 7}'])
def test_bad_data_override_is_exit_2_with_the_path(cli: RunCli, tmp_path: Path, content: str | None) -> None:
    path = tmp_path / "directory.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = cli("lookup", "-c", "JP", "--json", env={"AMEXHELP_DATA": str(path)})
    assert result.code == 2
    one_line_error(result, str(path))


def test_malformed_json_reports_line_and_column(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "directory.json"
    path.write_text('{\n  "schema_version": 1,\n  oops\n}', encoding="utf-8")
    result = cli("faq", env={"AMEXHELP_DATA": str(path)})
    one_line_error(result, "line 3, column 3")


def test_lookup_from_adds_dial_and_reachable(cli: RunCli) -> None:
    data = cli("lookup", "--country", "JP", "--from", "US", "--json").json()
    assert data["from"] == {"code": "US", "name": "United States"}
    first, *rest = data["lines"]
    # The review sites' Tokyo number rings from the US (printed by two independent pages); the
    # worldwide line is still among the choices, since no issuer line of Japan rings from there.
    assert first["id"] == "jp-lost-2"
    assert first["reachable"] is True
    assert first["dial"] == "+81 3-3220-6100"
    assert next(line for line in rest if line["id"] == "worldwide")["reachable"] is True
    japan = next(line for line in rest if line["id"] == "jp-general")
    assert japan["reachable"] is False
    assert japan["dial"] is None
    assert "toll-free" in japan["unreachable_reason"]
    assert data["notices"][0]["code"] == "no-issuer-line"
    text = cli("lookup", "--country", "JP", "--from", "US", "--all").stdout
    assert "Best graded otherwise: +81 3-3220-6100 — American Express Japan" in text.splitlines()[0]
    assert "Dial:" in text
    assert "Cannot dial:" in text
    short = cli("lookup", "--country", "JP", "--from", "US").stdout
    assert "Dial:" in short
    assert "Cannot dial:" not in short  # the short answer keeps only the lines that ring from there
    assert "Add --all for " in short


def test_lookup_from_the_same_country_dials_the_national_form(cli: RunCli) -> None:
    data = cli("lookup", "--from", "JP", "--json").json()
    assert data["country"]["code"] == "JP"
    assert data["country_source"] == "from"
    assert data["lines"][0]["dial"] == "0120-020-120"


def test_unknown_from_is_exit_2_with_a_suggestion(cli: RunCli) -> None:
    result = cli("lookup", "--from", "Jpan")
    assert result.code == 2
    one_line_error(result, "--from", "did you mean Japan?")


def test_verify_official_unofficial_and_not_a_number(cli: RunCli) -> None:
    official = cli("verify", "(800) 528-4800", "--json")
    assert official.code == 0
    data = official.json()
    assert (data["verdict"], data["listed"], data["official"], data["status"]) == ("listed", True, True, "confirmed")
    assert data["e164"] == "+18005284800"
    assert {line["id"] for line in data["matches"]} == {"us-general", "us-premium"}
    assert set(data["matches"][0]) >= {"id", "service", "country", "e164", "display", "hours", "languages"}
    disputed = cli("verify", "+1 800 297 9407", "--json").json()  # the guide's fraud line: listed, not official
    assert (disputed["verdict"], disputed["official"], disputed["status"]) == ("listed", False, "disputed")
    scam = cli("verify", "+1 900 555 0100", "--json")
    assert scam.code == 1
    data = scam.json()
    assert data["verdict"] == "suspicious"
    assert data["official"] is False
    assert data["matches"] == []
    assert {w["code"] for w in data["warnings"]} == {"premium-rate", "fictional-pattern"}
    assert any("PIN" in advice for advice in data["advice"])
    garbage = cli("verify", "not a number", "--json")
    assert garbage.code == 2
    one_line_error(garbage, "not a phone number")


def test_verify_from_reads_national_numbers_there(cli: RunCli) -> None:
    assert cli("verify", "0120-099-818", "--from", "JP").code == 0
    assert cli("verify", "0120-099-818", "--from", "US").code == 2  # no number when dialled in the US


def test_audit_text_and_json(cli: RunCli) -> None:
    result = cli("audit")
    assert result.code == 0  # the red flags of the bundled data are handled: those lines are suspect
    assert "0 problems, 2 red flags quarantined (status suspect)." in result.stdout
    assert "QUARANTINED fictional-pattern:" in result.stdout
    assert "PROBLEM" not in result.stdout
    assert "NO Norway" in result.stdout
    assert "no issuer page found" in result.stdout
    data = cli("audit", "--json").json()
    mexico = next(line for line in data["lines"] if line["id"] == "mx-general")
    assert mexico["correction"]
    assert data["problems"] == []
    gb = next(m for m in data["markets"] if m["code"] == "GB")
    assert gb["issuer_found"] is True
    assert gb["disputed"] == 1


def test_qr_prints_a_code_and_refuses_json(cli: RunCli) -> None:
    result = cli("lookup", "--country", "JP", "--qr", "--format", "plain")
    assert result.code == 0
    assert "Scan to call" in result.stdout
    assert "█" in result.stdout
    refused = cli("lookup", "--country", "JP", "--qr", "--json")
    assert refused.code == 2
    one_line_error(refused, "--qr")


def test_qr_encodes_the_best_lines_tel_uri() -> None:
    import segno

    from amexhelp.directory.loading import load_directory
    from amexhelp.lookup.answer import answer
    from amexhelp.render.qrcode import best_line, tel_uri

    directory = load_directory()
    result = answer(directory, country_option="JP", from_option="US")
    line = best_line(result)
    assert line.id == "jp-lost-2"  # the Japanese toll-free lines cannot be reached from the US; this one can
    assert tel_uri(line) == "tel:+81332206100"
    assert segno.make(tel_uri(line), error="m").designator  # it encodes


def test_verify_reads_national_numbers_where_amexhelp_from_says(cli: RunCli) -> None:
    assert cli("verify", "0120-099-818", env={"AMEXHELP_FROM": "JP"}).code == 0
    assert cli("verify", "0120-099-818", env={"AMEXHELP_FROM": "US"}).code == 2


def test_no_command_prints_the_help_and_nothing_on_stderr(cli: RunCli) -> None:
    result = cli()
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.rstrip() == cli("--help").stdout.rstrip()
    assert "lookup" in result.stdout
