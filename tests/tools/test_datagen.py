"""The build step's hand-kept sources: the directory is kept by hand in parts (tools/data/directory/),
and the packaged file is those parts joined, with only the derived fields added."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from amexhelp.lookup import _cardmarket
from tools import datagen

# Written out here, not taken from datagen: what the build adds to each line.
DERIVED = {
    "status",
    "disputed_by",
    "independent_sources",
    "international",
    "national",
    "number_region",
    "number_type",
    "home_dial",
    "abroad_ok",
    "abroad_reason",
}


def test_the_packaged_directory_is_the_hand_kept_parts_plus_derived_fields_only(
    bundled_document: dict[str, Any],
) -> None:
    kept = datagen.hand_kept_directory()
    assert list(kept) == list(bundled_document)  # every field, in the packaged order
    packaged_lines = bundled_document["lines"]
    assert [line["id"] for line in kept["lines"]] == [line["id"] for line in packaged_lines]
    for hand, packaged in zip(kept["lines"], packaged_lines, strict=True):
        assert {k: v for k, v in packaged.items() if k not in DERIVED} == hand, hand["id"]
        assert set(packaged) - set(hand) <= DERIVED
    rest = [field for field in kept if field != "lines"]
    assert {k: bundled_document[k] for k in rest} == {k: kept[k] for k in rest}


def test_the_copied_files_are_shipped_as_kept() -> None:
    assert (datagen.DATA_DIR / "wording.json").read_bytes() == (datagen.SOURCES / "wording.json").read_bytes()


def test_the_card_words_are_shipped_folded() -> None:
    """Folded at build time: the hand-kept "cartão" (Portuguese for card) is shipped as the reader compares it."""
    shipped = json.loads((datagen.DATA_DIR / "cards.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(datagen._dump_lines(datagen._cards()))
    assert set(shipped) - {"comment"} == set(_cardmarket._Words.__slots__)  # the reader's table, field for field
    assert "cartao" in shipped["card"]
    assert "cartão" not in shipped["card"]
    assert shipped["adjectives"]["mexicana"] == "MX"


def _parts(tmp_path: Path) -> Path:
    folder = tmp_path / "directory"
    shutil.copytree(datagen.SOURCES / "directory", folder)
    return folder


def _edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_a_derived_field_kept_by_hand_is_refused(tmp_path: Path) -> None:
    folder = _parts(tmp_path)
    _edit(folder, "lines.json", lambda d: d["lines"][2].update(status="confirmed", national="800"))
    with pytest.raises(ValueError, match=r"lines\.json: lines\[2\] keeps derived fields by hand: national, status"):
        datagen.hand_kept_directory(folder)


def test_a_field_in_the_wrong_part_is_refused(tmp_path: Path) -> None:
    folder = _parts(tmp_path)
    moved: dict[str, Any] = {}
    _edit(folder, "content.json", lambda d: moved.update(safety=d.pop("safety")))
    _edit(folder, "markets.json", lambda d: d.update(moved))
    with pytest.raises(ValueError, match=r"directory/content\.json: holds .*expected"):
        datagen.hand_kept_directory(folder)


def test_the_parts_join_in_the_packaged_order(tmp_path: Path) -> None:
    folder = _parts(tmp_path)
    document = datagen.hand_kept_directory(folder)
    assert next(iter(document)) == "schema_version"
    assert list(document)[-1] == "markets"
    assert document["lines"][0]["id"] == "ae-general"
