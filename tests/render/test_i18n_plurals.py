"""Counted messages in Russian and Arabic: for 1, 2, 5, 11 and 21 each shows its count with the noun in
the form the language's grammar gives that number, and no English. The expected phrases are written by hand
from the grammar (below), never taken from the tool's output.

Russian: after a numeral ending in 1 (but not 11) the noun is singular in the case of the sentence; after
2-4 (not 12-14) the genitive singular (in the nominative and accusative), else the genitive plural; after a
preposition that governs a case ("в" the prepositional, "для" and "более" the genitive) the numeral and noun
both take it: singular after 1, plural otherwise. Arabic: 1 and 2 are said by the noun (singular with
"واحد", the dual); 3-10 take the plural; 11-99 the singular in the accusative (tanwin: "بلدًا"), written
with its alif on a noun that does not end in tā' marbūṭa.
"""

from __future__ import annotations

import re

import pytest

from harness import RunCli

COUNTS = (1, 2, 5, 11, 21)


def _ru(one: str, few: str, many: str) -> tuple[str, ...]:
    """A Russian noun phrase after each of COUNTS (its three forms: 1 and 21; 2; 5 and 11)."""
    return tuple(f"{n} {form}" for n, form in zip(COUNTS, (one, few, many, many, one), strict=True))


def _ru_in_case(preposition: str, singular: str, plural: str) -> tuple[str, ...]:
    """After a preposition: the numeral and noun in its case, singular after 1 and 21, plural otherwise."""
    forms = (singular, plural, plural, plural, singular)
    return tuple(f"{preposition} {n} {form}" for n, form in zip(COUNTS, forms, strict=True))


def _ar(one: str, two: str, few: str, many: str) -> tuple[str, ...]:
    """An Arabic noun phrase for each of COUNTS: 1 and 2 said by the noun, 5 with the plural, 11 and 21
    with the accusative singular."""
    return (one, two, f"5 {few}", f"11 {many}", f"21 {many}")


# The phrases of the nouns that several messages count, in Russian and in Arabic.
IN_COUNTRIES = (_ru_in_case("в", "стране", "странах"), _ar("في بلد واحد", "في بلدين", "بلدان", "بلدًا"))
READINGS = _ru("прочтение", "прочтения", "прочтений")
SOURCES = (_ru("источник", "источника", "источников"), _ar("مصدر واحد", "مصدران", "مصادر", "مصدرًا"))
CHARACTERS = _ar("حرف واحد", "حرفان", "أحرف", "حرفًا")
NUMBER = {"number": "+1 800 528 4800"}
FICTION = (
    "{number} (and {count} other reading) is in a range kept for fiction and examples (such as {first} to {last}):"
    " no real support line has such a number.",
    "{number} (and {count} other readings) is in a range kept for fiction and examples (such as {first} to {last}):"
    " no real support line has such a number.",
)
OLD_DATA = tuple(
    f"Notice: this data is {{count}} {day} old (as of {{date}}); numbers change: get newer data (amexhelp data"
    " install FILE) or confirm the number with the issuer."
    for day in ("day", "days")
)

# (the message, its plural, its other fields, the Russian and Arabic phrases for COUNTS)
CASES: list[tuple[str, str, dict[str, str], tuple[str, ...], tuple[str, ...]]] = [
    ("{number} (dialled in {count} country)", "{number} (dialled in {count} countries)", NUMBER, *IN_COUNTRIES),
    ("{number} (as dialled in {count} country)", "{number} (as dialled in {count} countries)", NUMBER, *IN_COUNTRIES),
    (
        "{number} (as the source prints it for {count} country)",
        "{number} (as the source prints it for {count} countries)",
        NUMBER,
        _ru_in_case("для", "страны", "стран"),
        _ar("لبلد واحد", "لبلدين", "بلدان", "بلدًا"),
    ),
    ("{count} reading", "{count} readings", {}, READINGS, _ar("قراءة واحدة", "قراءتان", "قراءات", "قراءة")),
    (
        *FICTION,
        {**NUMBER, "first": "555-0100", "last": "555-0199"},
        READINGS,
        _ar("وقراءة أخرى واحدة", "وقراءتان أخريان", "قراءات أخرى", "قراءة أخرى"),
    ),
    (
        "{count} phone number",
        "{count} phone numbers",
        {},
        _ru("телефонный номер", "телефонных номера", "телефонных номеров"),
        _ar("رقم هاتفي واحد", "رقمان هاتفيان", "أرقام هاتفية", "رقمًا هاتفيًا"),
    ),
    (
        "{count} link or address",
        "{count} links or addresses",
        {},
        _ru("ссылка или адрес", "ссылки или адреса", "ссылок или адресов"),
        _ar("رابط أو عنوان واحد", "رابطان أو عنوانان", "روابط أو عناوين", "رابطًا أو عنوانًا"),
    ),
    ("{count} source.", "{count} sources.", {}, *SOURCES),
    (
        "{count} source: {issuer} issuer, {partner} issuer-partner, {third} third-party.",
        "{count} sources: {issuer} issuer, {partner} issuer-partner, {third} third-party.",
        {"issuer": "7", "partner": "8", "third": "9"},
        *SOURCES,
    ),
    ("{count} line", "{count} lines", {}, _ru("линия", "линии", "линий"), _ar("خط واحد", "خطان", "خطوط", "خطًا")),
    (
        "{count} market",
        "{count} markets",
        {},
        _ru("рынок", "рынка", "рынков"),
        _ar("سوق واحدة", "سوقان", "أسواق", "سوقًا"),
    ),
    (*OLD_DATA, {"date": "2026-11-28"}, _ru("день", "дня", "дней"), _ar("يوم واحد", "يومان", "أيام", "يومًا")),
    (
        "query is too long ({count} character; at most {limit})",
        "query is too long ({count} characters; at most {limit})",
        {"limit": "500"},
        _ru("символ", "символа", "символов"),
        CHARACTERS,
    ),
    (
        "message is too long (at most {count} character)",
        "message is too long (at most {count} characters)",
        {},
        _ru_in_case("более", "символа", "символов"),
        CHARACTERS,
    ),
    (
        "directory data {path} is too large (more than {count} byte)",
        "directory data {path} is too large (more than {count} bytes)",
        {"path": "/tmp/d.json"},
        _ru_in_case("более", "байта", "байт"),
        _ar("بايت واحد", "بايتين", "بايتات", "بايتًا"),
    ),
    # The accusative in Russian: "подтверждает 1 линию".
    (
        "backs {count} line",
        "backs {count} lines",
        {},
        _ru("линию", "линии", "линий"),
        _ar("خطًا واحدًا", "خطين", "خطوط", "خطًا"),
    ),
    (
        "{count} problem",
        "{count} problems",
        {},
        _ru("проблема", "проблемы", "проблем"),
        _ar("مشكلة واحدة", "مشكلتان", "مشكلات", "مشكلة"),
    ),
]
# Latin words that may stay in a translation: a command to type, a file's name, an option.
_KEPT = {"amexhelp", "data", "install", "FILE", "json", "tmp"}


def _plain(text: str) -> str:
    """Text without direction isolates and with ordinary spaces, to compare with what is written here."""
    return re.sub("[\u2066-\u2069\u200e\u200f]", "", text).replace("\u00a0", " ").replace("\u202f", " ")


def _english_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{3,}", _plain(text))) - _KEPT


@pytest.mark.parametrize("lang", ["ru", "ar"])
@pytest.mark.parametrize(("singular", "plural", "values", "ru", "ar"), CASES, ids=[case[0][:40] for case in CASES])
def test_a_count_takes_its_grammatical_form(
    lang: str, singular: str, plural: str, values: dict[str, str], ru: tuple[str, ...], ar: tuple[str, ...]
) -> None:
    from amexhelp.render.naming import Naming

    naming = Naming(lang)
    for count, expected in zip(COUNTS, ru if lang == "ru" else ar, strict=True):
        said = _plain(naming.ngettext(singular, plural, count).format(count=count, **values))
        assert expected in said, (count, said)
        assert _english_words(said) == set(), (count, said)


@pytest.mark.parametrize(
    ("lang", "five", "eleven", "france"),
    [("ru", "в 5 странах", "в 11 странах", "во Франции"), ("ar", "في 5 بلدان", "في 11 بلدًا", "فرنسا")],
)
def test_regions_past_the_named_ones_are_counted_in_the_case_of_their_preposition(
    lang: str, five: str, eleven: str, france: str
) -> None:
    from amexhelp.render._flags import DIALLED_IN, in_regions
    from amexhelp.render.naming import Naming

    regions = ("GB", "FR", "DE", "IT", "ES", "PT", "NL", "BE", "AT", "CH", "IE")
    naming = Naming(lang)
    assert five in _plain(in_regions(DIALLED_IN, "+1 800 528 4800", regions[:5], naming))
    assert eleven in _plain(in_regions(DIALLED_IN, "+1 800 528 4800", regions, naming))
    # Three are named.
    assert france in _plain(in_regions(DIALLED_IN, "+1 800 528 4800", regions[:3], naming))


@pytest.mark.parametrize(
    ("lang", "counted"),
    [
        # One phone number and one link: the singular in both languages.
        ("ru", "1 телефонный номер и 1 ссылка или адрес"),
        ("ar", "رقم هاتفي واحد ورابط أو عنوان واحد"),
    ],
)
def test_a_message_report_counts_its_numbers_and_links(cli: RunCli, tmp_path: object, lang: str, counted: str) -> None:
    from pathlib import Path

    message = Path(str(tmp_path)) / "sms.txt"
    message.write_text("Call +1 800 528 4800 or see https://www.americanexpress.com/us/\n", encoding="utf-8")
    headline = cli("verify", "--message", str(message), "--lang", lang, "--format", "plain").stdout.splitlines()[0]
    assert counted in _plain(headline)


@pytest.mark.parametrize(("lang", "two"), [("ru", "2 прочтения"), ("ar", "قراءتان")])
def test_a_batch_line_counts_the_readings(cli: RunCli, lang: str, two: str) -> None:
    """1300 123 456 reads as an Australian and a Malaysian number: two readings."""
    line = cli("verify", "-", "--lang", lang, input="1300 123 456\n").stdout.strip()
    assert line.split("\t")[2].startswith(two)
