"""The reading corpus's form (tests/data/queries/*.jsonl): every row labelled with known codes, no
phrasing twice, and enough of each class for the reading benchmark and its floor to mean something."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry

CORPUS = Path(__file__).parents[1] / "data" / "queries"
FILES = (
    "ar",
    "classes-extra",
    "de",
    "en",
    "es",
    "fr",
    "hi",
    "it",
    "ja",
    "ko",
    "other",
    "places-extra",
    "pt",
    "roles-extra",
    "ru",
    "zh",
    "zh-TW",
)
KEYS = {"q", "country", "card", "need", "lang", "tags"}
NEEDS = {
    "lost-card",
    "fraud",
    "dispute",
    "travel",
    "business",
    "rewards",
    "premium",
    "general",
    "activation",
    "tty",
    None,
}
LANGS = {"en", "es", "fr", "de", "it", "pt", "ja", "zh", "zh-TW", "ko", "ar", "hi", "ru", None}
CLASSES = {
    "airport", "inflection", "home-vs-location", "card-market", "slang", "typo", "sms", "rambling", "brand",
    "everyday-word", "abbreviation", "need-words", "no-place", "unknown-place", "ambiguous", "language",
}  # fmt: skip
LANGUAGE_TAGS = (LANGS - {None}) | {"pl", "cs", "fi", "nl", "tr"}
LOCALE = re.compile(r"[a-z]{2}_[A-Z]{2}\.UTF-8")


def _rows() -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            rows.append((f"{path.name}:{number}", json.loads(line)))
    return rows


ROWS = _rows()


def _country(code: str | None) -> bool:
    return code is None or pycountry.countries.get(alpha_2=code) is not None


def test_one_file_per_language() -> None:
    assert sorted(path.stem for path in CORPUS.glob("*.jsonl")) == sorted(FILES)


def test_enough_rows() -> None:
    assert len(ROWS) >= 1500


def _form_problems(row: dict[str, Any]) -> list[str]:
    checks = {
        "keys": KEYS <= set(row) <= KEYS | {"locale"},
        "q": isinstance(row["q"], str) and bool(row["q"]) and row["q"].strip() == row["q"],
        "country": row["country"] == "?" or _country(row["country"]),
        "card": _country(row["card"]),
        "need": row["need"] in NEEDS,
        "lang": row["lang"] in LANGS,
        "tags": set(row["tags"]) <= CLASSES | LANGUAGE_TAGS,
        "one language tag": len(set(row["tags"]) & LANGUAGE_TAGS) == 1,
        "locale": "locale" not in row or LOCALE.fullmatch(row["locale"]) is not None,
    }
    return [name for name, ok in checks.items() if not ok]


def test_every_row_has_its_form() -> None:
    """One test over every row (a test per row would cost the quick suite seconds)."""
    problems = {where: found for where, row in ROWS if (found := _form_problems(row))}
    assert problems == {}


def test_a_bad_row_is_found() -> None:
    row = {"q": " lost card ", "country": "XX", "card": "?", "need": "lost", "lang": "pl", "tags": ["en", "es"]}
    assert _form_problems(row) == ["q", "country", "card", "need", "lang", "one language tag"]


def test_labels_follow_their_tags() -> None:
    for where, row in ROWS:
        assert ("no-place" in row["tags"]) == (row["country"] is None), where
        assert ("unknown-place" in row["tags"]) == (row["country"] == "?"), where
        if "home-vs-location" in row["tags"] and row["card"] is not None:
            assert row["card"] != row["country"], where


def test_no_phrasing_twice() -> None:
    seen = Counter(row["q"].casefold() for _, row in ROWS)
    assert [q for q, n in seen.items() if n > 1] == []


def test_every_class_has_twenty_rows() -> None:
    counts = Counter(tag for _, row in ROWS for tag in row["tags"])
    assert {tag: counts[tag] for tag in CLASSES if counts[tag] < 20} == {}


def test_other_languages_are_answered_in_english() -> None:
    """Polish, Czech, Finnish, Dutch and Turkish are not languages the tool answers in."""
    for where, row in ROWS:
        if where.startswith("other.jsonl"):
            assert row["lang"] == "en", where
