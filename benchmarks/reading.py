"""Reading benchmark: how well the tool reads people's own words, against a corpus labelled by hand.

Run it with the Python of the environment amexhelp is installed in:

    python benchmarks/reading.py              # accuracy per field and per language, confident-wrong readings
    python benchmarks/reading.py --failures   # also every wrong reading: query, field, expected, got
    python benchmarks/reading.py --json       # the figures as JSON
    python benchmarks/reading.py --corpus tests/data/holdout   # the held-out set (never tuned against)

The corpus is tests/data/queries/*.jsonl: one phrasing a line, with where the person is (``country``),
the market that issued the card (``card``), what they need (``need``) and the language the answer
should be in (``lang``), each decided from what the words mean, never from the tool's output. Every
phrasing goes through the core as ``amexhelp lookup "..."`` does (``answer`` for the reading, the
locale and the words' language for the answer's language), with no AMEXHELP_* setting and the row's
locale (C.UTF-8 when it names none).

Scoring, field by field:
- country: a code must be read as that country; null (no place named) is right when the tool read no
  country from the text; "?" (a place nobody could identify) is right only when the answer says the
  place was not recognised.
- card: a code must be read as that market (or, when it is where the person is, none read); null is
  right when no market is read or the one read is where the person is.
- need: the need read, null when none was said; lang: the answer's language (null: not scored).
A row is exactly right when every labelled field is. A reading is confident-wrong when the country or
the card market it gives is wrong and the answer carries no notice of doubt about it (``DOUBT``).

The floor test (tests/lookup/test_reading_floor.py) holds the same figures with the same code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "queries"
FIELDS = ("country", "card", "need", "lang")
UNKNOWN = "?"  # the label of a place the text names that nobody could identify
DEFAULT_LOCALE = "C.UTF-8"  # the locale of a row that names none: no language, no territory

# The notices that tell the person the reading may be wrong, and the reading each puts in doubt.
# Update here when the reader gains a notice. Not in the list, and why:
# - place-read, code-read, card-from-words: they state a reading as a fact ("Read 'HND' as the country
#   code of Honduras") and invite no correction;
# - country-assumed: "No country given: assumed ..." is untrue when the text names a place, and tells
#   the person nothing of the words that were not understood (the "assumed United States");
# - served-by, local-cards-only, card-unknown and the routing notices speak of the lines, not the reading.
DOUBT: dict[str, tuple[str, str]] = {
    "place-guessed": ("country", "says the place was not recognised and the closest name is a guess"),
    "place-unrecognised": ("country", "says the place was not recognised"),
    "place-ambiguous": ("country", "says other places have that name and how to choose another"),
    "word-not-country": ("country", "says a country's name was read as an everyday word, and how to mean it"),
    "location-from-card": ("country", "says no place was named, so where you are was taken from the card"),
    "location-from-home": ("country", "says a home was taken as where you are, and to say where if not"),
    "home-as-card": ("card", "says a home was taken as the card's market, and to give --card if not"),
}

# Country sources (Answer.country_source) that mean the country came from the text's words.
FROM_TEXT = frozenset({"query", "guess", "card", "home", "unrecognised"})
# Of those, the ones that name a definite country.
DEFINITE_FROM_TEXT = FROM_TEXT - {"unrecognised"}

LANGUAGE_TAGS = ("en", "es", "fr", "de", "it", "pt", "ru", "ja", "zh", "zh-TW", "ko", "ar", "hi")
OTHER_LANGUAGE_TAGS = ("pl", "cs", "fi", "nl", "tr")


@dataclass(frozen=True)
class Reading:
    """What the tool made of one phrasing."""

    country: str | None  # the code of where the answer is for (None: the reading failed)
    source: str  # Answer.country_source, or "error"
    card: str | None
    need: str | None
    lang: str | None
    notices: frozenset[str]

    def doubts(self, field: str) -> bool:
        return any(DOUBT[code][0] == field for code in self.notices if code in DOUBT)


@dataclass(frozen=True)
class Scored:
    row: dict[str, Any]
    reading: Reading
    wrong: tuple[str, ...]  # the labelled fields read wrong
    confident: tuple[str, ...]  # of country and card: read wrong with no notice of doubt

    @property
    def group(self) -> str:
        return language_group(self.row)


def load_corpus(folder: Path = CORPUS) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


def language_group(row: dict[str, Any]) -> str:
    """The language a row is written in, for the table: its language tag."""
    tags = row.get("tags", [])
    return next((tag for tag in (*LANGUAGE_TAGS, *OTHER_LANGUAGE_TAGS) if tag in tags), "en")


def read(directory: Any, row: dict[str, Any]) -> Reading:
    """The reading of one row, as `amexhelp lookup` makes it with the row's locale and no AMEXHELP_*."""
    from amexhelp.errors import InputError
    from amexhelp.lookup.answer import Settings, answer
    from amexhelp.render.i18n import resolve_lang

    locale = row.get("locale") or DEFAULT_LOCALE
    try:
        result = answer(directory, row["q"], settings=Settings(locale=locale))
    except InputError:
        return Reading(None, "error", None, None, None, frozenset({"error"}))
    return Reading(
        country=result.country.code,
        source=result.country_source,
        card=result.card_market.code if result.card_market is not None else None,
        need=result.need.id if result.need is not None else None,
        lang=resolve_lang(None, locale, words=result.language),
        notices=frozenset(notice.code for notice in result.notices),
    )


def country_right(label: str | None, reading: Reading) -> bool:
    if label is None:
        return reading.source not in FROM_TEXT
    if label == UNKNOWN:
        return reading.source == "unrecognised"
    return reading.country == label


def card_right(label: str | None, country: str | None, reading: Reading) -> bool:
    if label is None:
        return reading.card is None or reading.card == reading.country
    return reading.card == label or (reading.card is None and label == country == reading.country)


def wrong_fields(row: dict[str, Any], reading: Reading) -> tuple[str, ...]:
    right = {
        "country": country_right(row["country"], reading),
        "card": card_right(row["card"], row["country"], reading),
        "need": reading.need == row["need"],
        "lang": row["lang"] is None or reading.lang == row["lang"],
    }
    return tuple(field for field in FIELDS if not right[field])


def confident_fields(row: dict[str, Any], reading: Reading, wrong: Sequence[str]) -> tuple[str, ...]:
    """The country and card readings that are wrong and carry no notice of doubt. A country is counted
    when the label names one (whatever the tool based its answer on), and when the label is "?" or null
    only if the tool read a definite country from the words; a card market when one was read."""
    found = []
    if "country" in wrong and not reading.doubts("country"):
        named = row["country"] not in (None, UNKNOWN)
        if named or reading.source in DEFINITE_FROM_TEXT:
            found.append("country")
    if "card" in wrong and reading.card is not None and not reading.doubts("card"):
        found.append("card")
    return tuple(found)


def score(rows: Iterable[dict[str, Any]], directory: Any = None) -> list[Scored]:
    if directory is None:
        from amexhelp.directory.loading import load_directory

        directory = load_directory(None)
    scored = []
    for row in rows:
        reading = read(directory, row)
        wrong = wrong_fields(row, reading)
        scored.append(Scored(row, reading, wrong, confident_fields(row, reading, wrong)))
    return scored


def exactly_right_share(scored: Sequence[Scored]) -> float:
    return sum(not s.wrong for s in scored) / len(scored) if scored else 0.0


def confident_wrong(scored: Sequence[Scored]) -> list[Scored]:
    return [s for s in scored if s.confident]


def figures(scored: Sequence[Scored]) -> dict[str, Any]:
    """Accuracy per field, overall and per language; the exactly-right share; the confident-wrong rows."""
    groups: dict[str, list[Scored]] = {}
    for s in scored:
        groups.setdefault(s.group, []).append(s)
    order = [g for g in (*LANGUAGE_TAGS, *OTHER_LANGUAGE_TAGS) if g in groups]
    return {
        "rows": len(scored),
        "overall": _accuracy(scored),
        "languages": {group: _accuracy(groups[group]) for group in order},
        "tags": _by_tag(scored),
        "confident_wrong": [
            {"q": s.row["q"], "fields": list(s.confident), **_expected_got(s, s.confident)}
            for s in confident_wrong(scored)
        ],
    }


def _accuracy(scored: Sequence[Scored]) -> dict[str, Any]:
    result: dict[str, Any] = {"rows": len(scored)}
    for field in FIELDS:
        labelled = [s for s in scored if field != "lang" or s.row["lang"] is not None]
        right = sum(field not in s.wrong for s in labelled)
        result[field] = round(right / len(labelled), 4) if labelled else None
    result["exact"] = round(exactly_right_share(scored), 4)
    result["confident_wrong"] = len(confident_wrong(scored))
    return result


def _by_tag(scored: Sequence[Scored]) -> dict[str, dict[str, Any]]:
    counts: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for s in scored:
        for tag in s.row.get("tags", []):
            counts[tag] += 1
            exact[tag] += not s.wrong
    return {tag: {"rows": n, "exact": round(exact[tag] / n, 4)} for tag, n in sorted(counts.items())}


def _shown(reading: Reading, field: str) -> str | None:
    if field == "country":
        return f"{reading.country} ({reading.source})"
    value: str | None = getattr(reading, field)
    return value


def _expected_got(s: Scored, fields: Iterable[str]) -> dict[str, Any]:
    return {
        "expected": {field: s.row[field] for field in fields},
        "got": {field: _shown(s.reading, field) for field in fields},
        "notices": sorted(s.reading.notices),
    }


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:5.1f}"


_COLUMNS = (("country", 8), ("card", 6), ("need", 6), ("lang", 6), ("exact", 6))


def table(data: dict[str, Any]) -> str:
    columns = " ".join(f"{name:>{width}}" for name, width in _COLUMNS)
    head = f"{'language':<9} {'rows':>5} {columns} {'conf.wrong':>10}"
    out = [head, "-" * len(head)]
    for name, acc in [*data["languages"].items(), ("all", data["overall"])]:
        if name == "all":
            out.append("-" * len(head))
        cells = " ".join(f"{_percent(acc[name]):>{width}}" for name, width in _COLUMNS)
        out.append(f"{name:<9} {acc['rows']:>5} {cells} {acc['confident_wrong']:>10}")
    return "\n".join(out)


def tag_table(data: dict[str, Any]) -> str:
    language = {*LANGUAGE_TAGS, *OTHER_LANGUAGE_TAGS}
    rows = [(tag, v) for tag, v in data["tags"].items() if tag not in language]
    return "\n".join(f"{tag:<18} {v['rows']:>5} {_percent(v['exact'])}" for tag, v in rows)


def failures(scored: Sequence[Scored]) -> str:
    out = []
    for s in scored:
        for field in s.wrong:
            mark = " CONFIDENT" if field in s.confident else ""
            got = _shown(s.reading, field)
            out.append(f"{s.row['q']!r}\t{field}\texpected {s.row[field]!r}\tgot {got!r}{mark}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--failures", action="store_true", help="list every wrong reading")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="a folder of labelled .jsonl files (default: the corpus)"
    )
    args = parser.parse_args(argv)
    scored = score(load_corpus(args.corpus))
    data = figures(scored)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(table(data))
    overall = data["overall"]
    print(f"\nexactly right: {_percent(overall['exact']).strip()} % of {data['rows']} phrasings")
    print(f"confident-wrong readings: {overall['confident_wrong']}")
    print("\nexactly right by class (tag, rows, %):")
    print(tag_table(data))
    if data["confident_wrong"]:
        print("\nconfident-wrong:")
        for item in data["confident_wrong"]:
            print(f"  {item['q']!r}: expected {item['expected']}, got {item['got']}")
    if args.failures:
        print("\nwrong readings (query, field, expected, got):")
        print(failures(scored))
    return 0


if __name__ == "__main__":
    sys.exit(main())
