"""Answers in the language asked: the catalogs are complete and compiled, the same answers rendered in
every language leave no English sentence of the tool's behind (names and data texts aside), JSON is the
same in every language but the notices' messages, and the language is chosen in the documented order."""

from __future__ import annotations

import re
from typing import Any

import pytest

from harness import RunCli
from tools import catalogs

LANGUAGES = catalogs.LANGUAGES
# Lookups that between them show every part of an answer: notices of several kinds, sections of
# each scope, hours and openings, statuses of each kind, the short answer's "--all" line.
LOOKUPS = [
    ("lost card in Japan", "--all"),
    ("my US card was stolen in Japan", "--all"),
    ("stolen in Xyzzyville",),
    ("--country", "PL"),
    ("--country", "AR", "--all"),
    ("--country", "IE", "--from", "US", "--all"),
    ("España tarjeta robada",),
    ("turkey sandwich charge",),
    ("germnay lost card",),
    ("lost card in Portland",),
]
FROZEN = {"TZ": "UTC"}


@pytest.fixture(scope="module")
def built() -> tuple[dict[Any, bytes], list[str], list[str]]:
    return catalogs.outputs()


@pytest.mark.exhaustive  # as CI's `python -m tools.catalogs --check`
def test_every_catalog_is_complete_and_its_fields_match(built: tuple[dict[Any, bytes], list[str], list[str]]) -> None:
    assert built[1] == []


@pytest.mark.exhaustive
def test_the_compiled_catalogs_are_current(built: tuple[dict[Any, bytes], list[str], list[str]]) -> None:
    stale = [str(path) for path, data in built[0].items() if not path.exists() or path.read_bytes() != data]
    assert stale == [], "run python -m tools.catalogs"


def _fragments(message: str) -> list[str]:
    """The fixed text of a message between its fields, long enough to be a sentence of its own."""
    return [part.strip(" .,;:()") for part in re.split(r"\{[^{}]*\}", message) if len(part.strip(" .,;:()")) >= 12]


def _english_sentences() -> list[str]:
    """The tool's own English sentences, less those that data texts also hold (a line's label "Lost or
    stolen cards" holds the need name "Lost or stolen card"): the data's texts are checked apart (DATA)."""
    from amexhelp.directory import index

    data = index.read_package_data("directory.jsonl").decode("utf-8") + "\n".join(t for _, t in catalogs.data_texts())
    messages = [m.id for m in catalogs.template() if m.id and m.context is None]
    fragments = {fragment for message in messages for fragment in _fragments(str(message))}
    return sorted(fragment for fragment in fragments if fragment not in data)


ENGLISH = _english_sentences()
# The directory's texts (labels, notes, services, advice, the closing caution, the FAQ, the channels),
# which every language translates: none may be left in English.
DATA = sorted({(context, text) for context, text in catalogs.data_texts() if len(text) >= 12})


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", LOOKUPS, ids=[" ".join(a) for a in LOOKUPS])
def test_no_english_sentence_of_the_tool_is_left(cli: RunCli, lang: str, args: tuple[str, ...]) -> None:
    text = cli("lookup", *args, "--lang", lang, "--format", "plain", env=FROZEN).stdout
    assert text
    left = [fragment for fragment in ENGLISH if fragment in text]
    assert left == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", LOOKUPS, ids=[" ".join(a) for a in LOOKUPS])
@pytest.mark.parametrize("fmt", ["plain", "rich"])
def test_no_english_text_of_the_data_is_left(cli: RunCli, lang: str, args: tuple[str, ...], fmt: str) -> None:
    """Line labels, notes, services, advice and the closing caution are translated like the tool's own
    sentences (extracted from the data into the catalogs by tools/catalogs.py)."""
    from amexhelp.render.naming import Naming

    text = cli("lookup", *args, "--lang", lang, "--format", fmt, env={**FROZEN, "COLUMNS": "400"}).stdout
    naming = Naming(lang)  # a name the translation keeps as it is ("… Global Support Center") is no English left
    assert [english for kind, english in DATA if english in text and naming.text(kind, english) != english] == []


def test_the_english_answers_hold_the_data_texts_the_check_looks_for(cli: RunCli) -> None:
    text = cli("lookup", "lost card in Japan", "--all", "--lang", "en", "--format", "plain", env=FROZEN).stdout
    assert ("line note", "English support available 24/7.") in DATA
    assert "English support available 24/7." in text
    assert "Your card will be frozen, and a replacement will be issued." in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", LOOKUPS, ids=[" ".join(a) for a in LOOKUPS])
def test_json_is_the_same_in_every_language_but_its_messages(cli: RunCli, args: tuple[str, ...], lang: str) -> None:
    def without_messages(lang: str) -> tuple[Any, list[str]]:
        data = cli("lookup", *args, "--lang", lang, "--json", env=FROZEN).json()
        messages = [data.pop("headline"), *(notice.pop("message") for notice in data["notices"])]
        for line in data["lines"]:  # the moment hours are read for is the run's own
            line.pop("open_now", None)
            line.pop("next_open", None)
        return data, messages

    english, english_messages = without_messages("en")
    data, messages = without_messages(lang)
    assert data == english
    assert len(messages) == len(english_messages)
    for message, in_english in zip(messages, english_messages, strict=True):
        assert message != in_english
        assert [fragment for fragment in ENGLISH if fragment in message] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_json_messages_are_worded_as_the_text_answer(cli: RunCli, lang: str) -> None:
    """The JSON's headline and notices are the text answer's, word for word: one wording of one answer."""
    args = ("lost card in Japan", "--all")
    data = cli("lookup", *args, "--lang", lang, "--json", env=FROZEN).json()
    text = cli("lookup", *args, "--lang", lang, "--format", "plain", env=FROZEN).stdout
    assert text.splitlines()[0] == data["headline"]
    assert data["notices"]
    for notice in data["notices"]:
        assert notice["message"] in text


LANGUAGE_CHOICE = [
    # (options, environment, query, the language the answer is in)
    (("--lang", "fr"), {"AMEXHELP_LANG": "de", "LANG": "ja_JP.UTF-8"}, "tarjeta robada en Madrid", "fr"),
    ((), {"AMEXHELP_LANG": "de", "LANG": "ja_JP.UTF-8"}, "tarjeta robada en Madrid", "de"),
    ((), {"LANG": "ja_JP.UTF-8"}, "tarjeta robada en Madrid", "ja"),
    ((), {"LC_ALL": "it_IT.UTF-8", "LANG": "ja_JP.UTF-8"}, "tarjeta robada en Madrid", "it"),
    ((), {"LANG": "C.UTF-8"}, "tarjeta robada en Madrid", "es"),
    ((), {"LANG": "C.UTF-8"}, "Karte gestohlen in Berlin", "de"),
    ((), {"LANG": "C.UTF-8"}, "カード紛失 東京", "ja"),
    ((), {"LANG": "en_US.UTF-8"}, "tarjeta robada en Madrid", "en"),
    ((), {"LANG": "C.UTF-8"}, "lost card in Madrid", "en"),
]


@pytest.mark.parametrize(("options", "env", "query", "lang"), LANGUAGE_CHOICE)
def test_the_language_is_chosen_in_order(
    cli: RunCli, options: tuple[str, ...], env: dict[str, str], query: str, lang: str
) -> None:
    from amexhelp.render.i18n import colon, translator

    heading = translator(lang)("Stay safe") if lang != "en" else "Stay safe"
    advice = translator(lang)("Advice") if lang != "en" else "Advice"
    text = cli("lookup", query, *options, "--format", "plain", env=env).stdout
    assert f"\n{colon(lang, advice)}\n" in text or f"\n{colon(lang, heading)}\n" in text


def test_a_language_that_is_not_one_of_ours_is_refused(cli: RunCli) -> None:
    result = cli("lookup", "japan", env={"AMEXHELP_LANG": "xx"})
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith("amexhelp: error: no names in language 'xx' for AMEXHELP_LANG")


def test_the_glossary_check_finds_another_term() -> None:
    """tools.catalogs --check fails on a translation that says a glossary concept with another word (here
    Korean's word for toll-free used for a collect call, the error it once had), and on a WARNING worded
    as a Notice."""
    from babel.messages.catalog import Catalog

    catalog = Catalog(locale="ko")
    catalog.add("Collect", "수신자 부담")
    catalog.add(
        "a toll-free number that works only from inside {area}",
        "다음 지역 안에서만 연결되는 무료 전화 번호입니다: {area}",
    )
    found = catalogs.off_glossary("ko", catalog)
    assert len(found) == 1
    assert "'collect call'" in found[0]
    assert "콜렉트콜" in found[0]


def test_every_language_has_a_glossary_of_every_concept() -> None:
    concepts = set(catalogs.glossary("es"))
    assert {"collect call", "toll-free", "from abroad", "where you are", "where you call from", "open now"} <= concepts
    assert {"unconfirmed", "corroborated", "disputed", "suspicious", "warning", "notice", "directory"} <= concepts
    assert {"issuer", "card market"} <= concepts
    for lang in LANGUAGES:
        terms = catalogs.glossary(lang)
        assert set(terms) == concepts, lang
        assert terms["warning"]["term"].casefold() != terms["notice"]["term"].casefold(), lang


@pytest.mark.parametrize(
    ("lang", "listed", "enumerated"),
    [
        # Written from CLDR's list patterns as its charts show them (cldr.unicode.org, "Lists").
        ("en", "a, b and c", "a, b, c"),
        ("es", "a, b y c", "a, b, c"),
        ("ja", "a、b、c", "a、b、c"),
        ("zh", "a、b和c", "a、b、c"),
        ("zh-TW", "a、b和c", "a、b、c"),
        ("ar", "a وb وc", "a، b، c"),
        ("ru", "a, b и c", "a, b, c"),
    ],
)
def test_lists_are_joined_by_each_languages_own_pattern(lang: str, listed: str, enumerated: str) -> None:
    from amexhelp.render.naming import Naming

    naming = Naming(lang)
    assert naming.join(["a", "b", "c"]) == listed
    assert naming.join(["a", "b", "c"], conjunction=False) == enumerated
    assert naming.join(["a"]) == "a"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        # Written by hand from each language's grammar (CLDR's plural rules).
        ("ru", 1, "ещё 1 совет"),
        ("ru", 3, "ещё 3 совета"),
        ("ru", 5, "ещё 5 советов"),
        ("ru", 21, "ещё 21 совет"),
        ("ar", 1, "نصيحة أخرى واحدة"),
        ("ar", 2, "نصيحتان أخريان"),
        ("ar", 3, "3 نصائح أخرى"),
        ("ar", 11, "11 نصيحة أخرى"),
        ("es", 1, "1 consejo más"),
        ("es", 2, "2 consejos más"),
    ],
)
def test_counts_take_the_languages_plural_forms(lang: str, count: int, expected: str) -> None:
    from amexhelp.render.naming import Naming

    text = Naming(lang).ngettext("{count} more piece of advice", "{count} more pieces of advice", count)
    assert text.format(count=count).replace("\u2066", "").replace("\u2069", "") == expected
