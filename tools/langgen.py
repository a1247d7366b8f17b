"""Build-time language resources for reading free text (used by ``tools.datagen``; never imported at
run time):

- the function words of each language, from the stopwords-iso collection (``stopwordsiso``), as one
  table of folded word -> the languages it is a function word of: a sentence's language is told by
  them when its script does not tell it;
- the characters written only in Traditional, or only in Simplified, Chinese, from OpenCC's
  character tables (``opencc-python-reimplemented``): which of the two a sentence is written in;
- every inflected form of the verbs that name a need (``words/LANG.json``, ``inflect``), from
  simplemma's lemma dictionaries: "robaron", "perdió", "gestohlen", "украли" read as the need of
  "robar", "perder", "stehlen", "украсть", with no form listed by hand;
- the need phrases of a language whose conjunctions are written joined to the next word (Arabic و, ف:
  ``clitics`` in ``words/LANG.json``) with each of them before the phrase: "وسرقت" ("and ... stolen").
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from amexhelp.directory.folding import key

# The languages whose function words tell a sentence's language, by script: those the tool answers
# in, and others written in the same script, so that a sentence in one of those is not taken for a
# language the tool answers in (it is answered in English). Japanese, Chinese and Korean are told by
# their script alone.
FUNCTION_WORD_LANGUAGES = (
    # Latin
    "en", "es", "fr", "de", "it", "pt", "nl", "pl", "cs", "sk", "fi", "tr", "sv", "da", "no", "ro", "ca",
    "id", "ms", "hu", "hr", "sl",
    # Cyrillic, Arabic, Devanagari
    "ru", "uk", "bg", "ar", "fa", "ur", "hi", "mr",
)  # fmt: skip


def language_words(extra: dict[str, set[str]]) -> dict[str, str]:
    """Each language's words, folded, sorted and joined by spaces (one string per language: quick to
    load): the function words of stopwords-iso and the hand-kept ``extra`` words of the language (its
    everyday and need words and their inflected forms). Digits and punctuation are left out."""
    import stopwordsiso

    found: dict[str, set[str]] = {}
    for language in sorted({*FUNCTION_WORD_LANGUAGES, *extra}):
        words = set(extra.get(language, set()))
        if language in FUNCTION_WORD_LANGUAGES:
            words |= {key(word) for word in stopwordsiso.stopwords(language)}
        found[language] = {w for w in words if w and " " not in w and not any(ch.isdigit() for ch in w)}
    return {language: " ".join(sorted(words)) for language, words in found.items() if words}


def chinese_characters() -> dict[str, str]:
    """The characters that exist in one form of written Chinese only: ``traditional`` (those OpenCC
    turns into another character in Simplified text) and ``simplified`` (the reverse)."""
    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"

    def changed(name: str) -> set[str]:
        """The characters of a table that are not among their own conversions (後 -> 后; not 后 -> 後 后)."""
        found = set()
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            source, _, targets = line.partition("\t")
            if len(source) == 1 and source not in targets.split():
                found.add(source)
        return found

    traditional, simplified = changed("TSCharacters.txt"), changed("STCharacters.txt")
    both = traditional & simplified
    return {"traditional": "".join(sorted(traditional - both)), "simplified": "".join(sorted(simplified - both))}


def inflected(language: str, lemmas: dict[str, str]) -> dict[str, str]:
    """Every form simplemma knows of the ``lemmas`` (lemma -> need) of a language: folded form -> need.
    A form two needs' lemmas share is left out."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(language)
    found: dict[str, str | None] = {key(lemma): need for lemma, need in lemmas.items()}
    for form in dictionary:
        lemma = dictionary[form]
        if lemma in lemmas:
            folded, need = key(form), lemmas[lemma]
            found[folded] = need if found.get(folded, need) == need else None
    return {form: need for form, need in sorted(found.items()) if need is not None}


def simplemma_languages() -> frozenset[str]:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return frozenset(SUPPORTED_LANGUAGES)


class Vocabulary(NamedTuple):
    """What words/*.json say, folded: the hand-kept need phrases, the inflected forms of the needs'
    verbs, the stopwords and place words, and every word of each language (for telling a sentence's
    language and for knowing an ordinary word from a place)."""

    need_words: dict[str, str]  # hand-kept phrase -> need
    need_forms: dict[str, str]  # inflected form -> need (never a hand-kept phrase)
    need_objects: dict[str, str]  # a thing that says the need more than a verb does ("passport") -> need
    stopwords: set[str]
    place_words: set[str]
    language_words: dict[str, set[str]]  # language -> its words: everyday and need words, inflected forms


# An inflected form shorter than this is too often a word of its own ("time", a form of Spanish "timar").
SHORTEST_FORM = 5


@cache
def vocabulary(folder: Path, brand_file: Path) -> Vocabulary:
    """Read every words/LANG.json. A phrase that names two needs is an error. An inflected form is
    left out when it is short, a hand-kept phrase already, or a function or everyday word of another
    language ("perde"); so is one two needs' verbs share."""
    brand = brand_names(brand_file)
    need_words: dict[str, str] = {}
    stopwords: set[str] = set()
    place_words: set[str] = set()
    language_words: dict[str, set[str]] = {}
    lemmas: dict[str, dict[str, str]] = {}
    need_objects: dict[str, str] = {}
    for words_file in sorted(folder.glob("*.json")):
        data = json.loads(words_file.read_text(encoding="utf-8"))
        language = data["language"]
        own = language_words.setdefault(language, set())
        stopwords.update(key(word) for word in data.get("stopwords", []))
        place_words.update(unicodedata.normalize("NFC", word).casefold() for word in data.get("place_words", []))
        for extra_language, words in data.get("words", {}).items():
            language_words.setdefault(extra_language, set()).update(key(word) for word in words)
        for folded, need_id in _needs_of(words_file.name, data, brand, need_words).items():
            need_words[folded] = need_id
            own.update(folded.split())
        for folded, need_id in _objects_of(words_file.name, data, need_words).items():
            need_words.setdefault(folded, need_id)
            need_objects[folded] = need_id
            own.add(folded)
        lemmas[language] = {lemma: need_id for need_id, verbs in data.get("inflect", {}).items() for lemma in verbs}
    need_forms = _forms(lemmas, need_words, language_words)
    return Vocabulary(need_words, need_forms, need_objects, stopwords, place_words, language_words)


def _needs_of(name: str, data: dict[str, Any], brand: dict[str, list[str]], known: dict[str, str]) -> dict[str, str]:
    """The need phrases of one words file, folded, with their clitics' forms (``with_clitics``). A phrase
    that names a need another file's phrase names otherwise is an error."""
    own: dict[str, str] = {}
    for need_id, phrases in data["needs"].items():
        for phrase in phrases:
            folded = key(shortened(phrase, brand))
            named = own.get(folded, known.get(folded, need_id))
            if named != need_id:
                raise ValueError(f"{name}: {phrase!r} names both {named} and {need_id}")
            own[folded] = need_id
    clitics = with_clitics(own, data.get("clitics", []))
    clitics = {folded: need for folded, need in clitics.items() if folded not in known}
    return {**own, **clitics}


def _objects_of(name: str, data: dict[str, Any], known: dict[str, str]) -> dict[str, str]:
    """The things of one words file that say the need more than a verb does, folded; one that is a phrase
    of another need is an error."""
    found: dict[str, str] = {}
    for need_id, things in data.get("objects", {}).items():
        for thing in things:
            folded = key(thing)
            if known.get(folded, need_id) != need_id:
                raise ValueError(f"{name}: object {thing!r} is a phrase of {known[folded]}")
            found[folded] = need_id
    return found


def with_clitics(phrases: dict[str, str], clitics: list[str]) -> dict[str, str]:
    """The phrases with each clitic written joined before their first word (Arabic و "and", ف "so":
    "وسرقت", "and it was stolen"), folded, each to its phrase's need; none that is a phrase already."""
    found: dict[str, str] = {}
    for phrase, need_id in phrases.items():
        for clitic in clitics:
            joined = key(clitic + phrase)
            if joined not in phrases:
                found[joined] = need_id
    return found


def _forms(
    lemmas: dict[str, dict[str, str]], need_words: dict[str, str], language_words: dict[str, set[str]]
) -> dict[str, str]:
    """The inflected forms of each language's need verbs that are kept (see ``vocabulary``), each added
    to its language's words."""
    need_forms: dict[str, str] = {}
    for language, verbs in sorted(lemmas.items()):
        if not verbs:
            continue
        others = _words_of_other_languages(language, language_words)
        for form, need_id in inflected(language, verbs).items():
            if len(form) >= SHORTEST_FORM and form not in need_words and form not in others:
                need_forms[form] = need_id if need_forms.get(form, need_id) == need_id else ""
                language_words[language].add(form)
    return {form: need_id for form, need_id in sorted(need_forms.items()) if need_id}


def _words_of_other_languages(language: str, language_words: dict[str, set[str]]) -> set[str]:
    import stopwordsiso

    found: set[str] = set()
    for other in FUNCTION_WORD_LANGUAGES:
        if other != language:
            found.update(key(word) for word in stopwordsiso.stopwords(other))
    for other, words in language_words.items():
        if other != language:
            found.update(words)
    return found


def brand_names(brand_file: Path) -> dict[str, list[str]]:
    """The issuer's long names by their short name (brand.json)."""
    names: dict[str, list[str]] = json.loads(brand_file.read_text(encoding="utf-8"))["short_names"]
    return names


def shortened(phrase: str, brand: dict[str, list[str]]) -> str:
    """A hand-kept phrase with the issuer's long names written as their short name, as the reader
    writes them in a query (amexhelp.lookup._brand)."""
    folded = phrase.casefold()
    forms = [(form.casefold(), short) for short, forms in brand.items() for form in forms]
    for form, short in sorted(forms, key=lambda pair: (-len(pair[0]), pair[0])):
        folded = folded.replace(form, short)
    return folded
