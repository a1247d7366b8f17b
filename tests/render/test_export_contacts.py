"""export: contacts that dial from where you will be, read back with an independent vCard parser (vobject)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import vobject

from harness import RunCli


def contacts(text: str) -> dict[str, Any]:
    """Each contact by its FN, parsed by vobject."""
    assert "\r\n" in text
    return {card.fn.value: card for card in vobject.readComponents(text)}


def tels(card: Any) -> list[str]:
    return [tel.value for tel in card.contents.get("tel", [])]


def test_o_dash_writes_to_stdout_and_vcf_is_vcard(cli: RunCli, tmp_path: Path) -> None:
    result = cli("export", "--format", "vcf", "--country", "JP", "-o", "-")
    assert result.code == 0
    assert not (tmp_path / "-").exists()
    cards = contacts(result.stdout)
    assert set(cards) == {"American Express (Japan)", "American Express (Worldwide)"}
    assert cli("export", "--format", "vcard", "--country", "JP").stdout == result.stdout


def test_a_contact_never_lists_the_same_number_twice(cli: RunCli) -> None:
    """The US general and Platinum lines share +1 800-528-4800: one TEL, both labels."""
    cards = contacts(cli("export", "--format", "vcf", "--country", "US").stdout)
    for card in cards.values():
        numbers = tels(card)
        assert len(numbers) == len(set(numbers)), card.fn.value
    us = cards["American Express (United States)"]
    assert tels(us).count("tel:+18005284800") == 1
    labels = [label.value for label in us.contents.get("x-ablabel", [])]
    general = "General Customer Service (Credit, Charge, and Prepaid Cards)"
    assert f"{general} / Platinum Card and Centurion Card Members" in labels


def test_from_saves_only_what_rings_from_there_in_plus_form(cli: RunCli) -> None:
    """A US card in Japan: the US toll-free numbers do not ring from Japan; the collect line does."""
    cards = contacts(cli("export", "--format", "vcf", "--card", "US", "--from", "JP").stdout)
    us = cards["American Express (United States)"]
    assert tels(us) == ["tel:+13363931111"]
    note = us.note.value
    assert "+1 800-528-4800, not callable from Japan" in note
    assert "Numbers as dialled from Japan" in note
    assert tels(cards["American Express (Worldwide)"]) == ["tel:+16027855000"]


def test_at_home_the_note_gives_the_home_form(cli: RunCli) -> None:
    cards = contacts(cli("export", "--format", "vcf", "--country", "JP", "--from", "JP").stdout)
    japan = cards["American Express (Japan)"]
    assert "tel:+81120099818" in tels(japan)
    assert "0120-099-818" in japan.note.value


def test_a_number_with_no_international_form_gets_no_tel_link(cli: RunCli) -> None:
    text = cli("export", "--format", "vcf", "--country", "KR").stdout
    korea = contacts(text)["American Express (South Korea)"]
    assert tels(korea) == ["00798-800-1111"]
    assert korea.tel.params["VALUE"] == ["text"]
    assert "no tel: link" in korea.note.value
    assert "tel:None" not in text
    from_abroad = contacts(cli("export", "--format", "vcf", "--country", "KR", "--from", "US").stdout)
    assert tels(from_abroad["American Express (South Korea)"]) == []


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_from_adds_what_to_dial(cli: RunCli, fmt: str) -> None:
    result = cli("export", "--format", fmt, "--country", "US", "--from", "JP")
    if fmt == "csv":
        rows = {row["id"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
        assert (rows["us-lost-abroad"]["dial"], rows["us-lost-abroad"]["reachable"]) == ("+1 336-393-1111", "yes")
        assert (rows["us-general"]["dial"], rows["us-general"]["reachable"]) == ("", "no")
        assert rows["us-general"]["dial_from"] == "JP"
    else:
        data = json.loads(result.stdout)
        assert data["from"] == "JP"
        lines = {line["id"]: line for line in data["lines"]}
        assert lines["us-lost-abroad"]["dial"] == "+1 336-393-1111"
        assert lines["us-general"]["reachable"] is False


def test_plain_export_keeps_its_columns(cli: RunCli) -> None:
    header = cli("export", "--format", "csv", "--country", "JP").stdout.splitlines()[0]
    assert "dial" not in header.split(",")
