"""The export files: CSV and vCard that parse back, a country's lines with its area's and the worldwide
number, and the output file written atomically, never over another unasked."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from amexhelp.directory.model import Directory
from amexhelp.render.export import lines_to_export, to_csv, to_vcard
from harness import RunCli


def test_csv_parses_back_with_a_header(directory: Directory) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(directory.lines))))
    assert len(rows) == len(directory.lines)
    assert rows[0]["id"] == directory.lines[0].id
    assert {row["e164"] for row in rows} == {line.e164 or "" for line in directory.lines}
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


def test_vcard_is_4_0_with_tel_uris_and_folded_lines(directory: Directory) -> None:
    lines = lines_to_export(directory, "US")
    text = to_vcard(lines, directory)
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    cards = parse_vcards(text)
    assert [card["VERSION"] for card in cards] == [["4.0"]] * len(cards)
    assert {card["FN"][0] for card in cards} == {"American Express (United States)", "American Express (Worldwide)"}
    tels = [value for card in cards for value in card["TEL"]]
    # Each number once per contact (the US general and premium lines share a number).
    assert sorted(tels) == sorted({f"tel:{line.e164}" for line in lines})
    assert len(tels) == len(set(tels))
    assert all("TEL;VALUE=uri" in row for row in text.split("\r\n") if ".TEL" in row)


def test_export_country_adds_area_and_worldwide_lines(directory: Directory) -> None:
    japan = [line.id for line in lines_to_export(directory, "JP")]
    assert japan[0] == "jp-general"
    assert japan[-1] == "worldwide"
    assert {line.country for line in lines_to_export(directory, "JP")} == {"JP", None}
    netherlands = [line.id for line in lines_to_export(directory, "NL")]
    # The Dutch corporate line (+31 20 504 8999) is the programme administrators': no card member's contact.
    assert netherlands == ["nl-travel-abroad-platinum", "europe-multilingual", "worldwide"]
    hong_kong = [line.id for line in lines_to_export(directory, "HK")]
    assert "hk-general-corporate-2" not in hong_kong
    assert "hk-general-corporate" in hong_kong
    assert "hk-general-corporate-2" in [line.id for line in lines_to_export(directory, None)]  # the whole dump
    assert [line.id for line in lines_to_export(directory, "NO")] == ["europe-multilingual", "worldwide"]


def test_export_cli_formats_parse_back(cli: RunCli) -> None:
    as_csv = cli("export", "--format", "csv", "--country", "JP")
    assert as_csv.code == 0
    ids = [row["id"] for row in csv.DictReader(io.StringIO(as_csv.stdout))]
    assert ids[0] == "jp-general"
    assert ids[-1] == "worldwide"
    as_json = cli("export", "--format", "json", "--country", "JP").json()
    numbers = [line["e164"] for line in as_json["lines"]]
    assert numbers[0] == "+81120099818"
    assert numbers[-1] == "+16027855000"
    as_vcard = cli("export", "--format", "vcard", "--country", "JP")
    assert parse_vcards(as_vcard.stdout)[0]["TEL"][0] == "tel:+81120099818"


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
