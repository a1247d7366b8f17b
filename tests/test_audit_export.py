from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import phonenumbers

from amexhelp.audit import audit
from amexhelp.directory import load_directory
from amexhelp.export import lines_to_export, to_csv, to_vcard
from conftest import RunCli

DIRECTORY = load_directory()


def test_bundled_data_has_no_audit_problem() -> None:
    findings = audit(DIRECTORY)
    assert len(findings) == len(DIRECTORY.lines)
    assert [f.problems for f in findings if f.problems] == []


def test_audit_reports_what_phonenumbers_says() -> None:
    for f in audit(DIRECTORY):
        parsed = phonenumbers.parse(f.line.e164)
        assert f.valid == phonenumbers.is_valid_number(parsed)
        assert f.number_region == phonenumbers.region_code_for_number(parsed)
        assert f.phonenumbers_international == phonenumbers.can_be_internationally_dialled(parsed)
    germany = next(f for f in audit(DIRECTORY) if f.line.id == "de-general")
    assert germany.cross_border
    mexico = next(f for f in audit(DIRECTORY) if f.line.id == "mx-general")
    assert mexico.line.correction


def test_audit_exit_1_when_a_number_is_invalid(cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any]) -> None:
    doc = json.loads(json.dumps(bundled_document))
    doc["lines"][0]["e164"] = "+18001234567"  # not a valid US toll-free number
    doc["lines"][0]["international"] = "+1 800-123-4567"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = cli("audit", "--json", env={"AMEXHELP_DATA": str(path)})
    data = result.json()
    bad = [line for line in data["lines"] if line["problems"]]
    assert bad
    assert bad[0]["id"] == doc["lines"][0]["id"]
    assert not phonenumbers.is_valid_number(phonenumbers.parse("+18001234567"))
    assert result.code == 1
    assert cli("audit", "--json").code == 0


def test_csv_parses_back_with_a_header() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(DIRECTORY.lines))))
    assert len(rows) == len(DIRECTORY.lines)
    assert rows[0]["id"] == DIRECTORY.lines[0].id
    assert {row["e164"] for row in rows} == {line.e164 for line in DIRECTORY.lines}
    japan = next(row for row in rows if row["id"] == "jp-general")
    assert japan["country_name"] == "Japan"
    assert japan["display"] == "0120-099-818"


def parse_vcards(text: str) -> list[dict[str, list[str]]]:
    """A small RFC 6350 reader: unfold, split cards, collect property values by name."""
    assert "\r\n" in text
    unfolded = text.replace("\r\n ", "").split("\r\n")
    cards: list[dict[str, list[str]]] = []
    for row in unfolded:
        if not row:
            continue
        assert len(row.encode()) > 0
        name_part, _, value = row.partition(":")
        name = name_part.split(";")[0].split(".")[-1].upper()
        if name == "BEGIN":
            cards.append({})
        cards[-1].setdefault(name, []).append(value)
    return cards


def test_vcard_is_4_0_with_tel_uris_and_folded_lines() -> None:
    lines = lines_to_export(DIRECTORY, "US")
    text = to_vcard(lines, DIRECTORY)
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    cards = parse_vcards(text)
    assert [card["VERSION"] for card in cards] == [["4.0"]] * len(cards)
    assert {card["FN"][0] for card in cards} == {"American Express (United States)", "American Express (Worldwide)"}
    tels = [value for card in cards for value in card["TEL"]]
    assert sorted(tels) == sorted(f"tel:{line.e164}" for line in lines)
    assert all("TEL;VALUE=uri" in row for row in text.split("\r\n") if ".TEL" in row)


def test_export_country_adds_area_and_worldwide_lines() -> None:
    assert [line.id for line in lines_to_export(DIRECTORY, "JP")] == ["jp-general", "worldwide"]
    assert [line.id for line in lines_to_export(DIRECTORY, "NL")] == ["europe-multilingual", "worldwide"]


def test_export_cli_formats_parse_back(cli: RunCli) -> None:
    as_csv = cli("export", "--format", "csv", "--country", "JP")
    assert as_csv.code == 0
    assert [row["id"] for row in csv.DictReader(io.StringIO(as_csv.stdout))] == ["jp-general", "worldwide"]
    as_json = cli("export", "--format", "json", "--country", "JP").json()
    assert [line["e164"] for line in as_json["lines"]] == ["+81120099818", "+16027855000"]
    as_vcard = cli("export", "--format", "vcard", "--country", "JP")
    assert parse_vcards(as_vcard.stdout)[0]["TEL"] == ["tel:+81120099818"]


def test_export_output_is_written_atomically_and_not_overwritten(cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "amex.vcf"
    result = cli("export", "--format", "vcard", "--output", str(target))
    assert result.code == 0
    assert result.stdout == ""
    assert parse_vcards(target.read_bytes().decode("utf-8"))
    again = cli("export", "--format", "csv", "--output", str(target))
    assert again.code == 2
    assert "already exists" in again.stderr
    assert "--force" in again.stderr
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    forced = cli("export", "--format", "csv", "--output", str(target), "--force")
    assert forced.code == 0
    assert target.read_text(encoding="utf-8").startswith("id,")
    assert [p.name for p in tmp_path.iterdir()] == ["amex.vcf"]  # no temporary file left


def test_export_to_a_missing_folder_is_exit_2(cli: RunCli, tmp_path: Path) -> None:
    result = cli("export", "--output", str(tmp_path / "no" / "such" / "file.csv"))
    assert result.code == 2
    assert result.stdout == ""
