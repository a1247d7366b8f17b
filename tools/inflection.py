"""Build-time inflected forms of place and country names ("w Polsce", "v Praze", "Helsingissä", "в Париже").

Languages that inflect names write a place in the case the sentence needs: Polish "Polsce" (in
Poland), Czech "Praze" (in Prague), Finnish "Helsingissä" (in Helsinki), Russian "Париже" (in Paris).
The forms come from simplemma's lemma dictionaries (the ``data`` extra), read here only: each form of a
proper noun whose lemma is a name of the tables becomes a name of the same place, so that at run time a
form is a plain lookup and no lemmatiser is loaded. Never imported at run time.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from amexhelp.directory.folding import key

# The languages whose names are inflected in the forms travellers type, with a lemma dictionary.
LANGUAGES = ("ru", "uk", "pl", "cs", "sk", "fi", "de", "hu", "et")
# Forms this short are too often another word.
MIN_FORM = 4


@cache
def _proper_forms(language: str) -> tuple[tuple[str, str], ...]:
    """(folded form, folded lemma) for every form of a proper noun (a capitalised lemma) in one language's
    dictionary. (The dictionaries hold lower-case forms of proper nouns too, so a form's being a word in
    lower case says nothing; a form of a weak name is weak, see placegen.)"""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(language)
    found = []
    for form, lemma in dictionary.items():
        if not (lemma[:1].isupper() and form[:1].isupper()):
            continue
        form_key, lemma_key = key(form), key(lemma)
        if form_key != lemma_key and len(form_key) >= MIN_FORM and " " not in lemma_key:
            found.append((form_key, lemma_key))
    return tuple(sorted(set(found)))


def inflected(names: set[str], excluded: set[str]) -> dict[str, str]:
    """Each inflected form of one of ``names`` (folded), to its name; a form of two names, a form that
    is a name itself and a form in ``excluded`` (an ordinary word) are left out."""
    lemmas: dict[str, set[str]] = {}
    pairs = [pair for language in LANGUAGES for pair in _proper_forms(language)]
    pairs += [(form, name) for name in sorted(names) for form in declined(name)]
    for form, lemma in pairs:
        if lemma in names and form not in names and form not in excluded:
            lemmas.setdefault(form, set()).add(lemma)
    return {form: next(iter(found)) for form, found in sorted(lemmas.items()) if len(found) == 1}


# Russian nouns' endings in the cases a place is written in after a preposition ("в Дубае", "из
# Дубая", "к Дубаю", "над Дубаем"), by how the name ends: (the ending, what replaces it). The lemma
# dictionaries hold few foreign names' forms, so the regular declension is applied to every Russian
# name of the tables (the last word of a compound: "Нью-Йорке", "Тель-Авиве").
_RUSSIAN_ENDINGS = (
    ("ия", ("ии", "ию", "ией")),
    ("ья", ("ье", "ьи", "ью", "ьей")),
    ("я", ("е", "и", "ю", "ей")),
    ("ка", ("ке", "ки", "ку", "кой")),
    ("га", ("ге", "ги", "гу", "гой")),
    ("ха", ("хе", "хи", "ху", "хой")),
    ("а", ("е", "ы", "у", "ой")),
    ("ь", ("е", "и", "я", "ю", "ем", "ью")),
)
_RUSSIAN_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
# A name ending in "й" ("Дубай", "Китай") is folded to "и" (the breve is an accent): after a vowel, that
# "и" is the "й", declined as one.
_RUSSIAN_VOWELS = frozenset("аеоуыэюя")
_SHORT_I = ("е", "я", "ю", "ем")
# Names shorter than this are left undeclined: their forms are too often words ("мир": "мире").
_SHORTEST_DECLINED = 4


def declined(name: str) -> set[str]:
    """The forms of a folded Russian name in the cases after a preposition (none for another script,
    an indeclinable name, or a short one)."""
    head, _, last = name.rpartition(" ")
    if len(last) < _SHORTEST_DECLINED or not all("\u0430" <= ch <= "\u044f" or ch == "\u0451" for ch in last):
        return set()
    prefix = f"{head} " if head else ""
    return {f"{prefix}{form}" for form in _word_forms(last)}


def _word_forms(word: str) -> set[str]:
    """The forms of one Russian word, by its ending."""
    if word[-1] in _RUSSIAN_CONSONANTS:
        return {f"{word}{ending}" for ending in ("а", "у", "ом", "е")}
    if word[-1] == "и" and word[-2] in _RUSSIAN_VOWELS:
        return {f"{word[:-1]}{ending}" for ending in _SHORT_I}
    for ending, replacements in _RUSSIAN_ENDINGS:
        if word.endswith(ending):
            return {f"{word[: -len(ending)]}{replacement}" for replacement in replacements}
    return set()


# pymorphy3's tags of a name, not of a common noun.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})
# The tag of a foreign word the dictionary does not decline: most are names ("Сомали").
_FIXED = "Fixd"


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def russian_common_noun(word: str, *, fixed: bool = False) -> bool:
    """Whether pymorphy3's dictionary has a Russian word (lower case) as an inanimate common noun of its
    own ("чад": fumes, "панама": a hat); with ``fixed``, an undeclined one too ("кафе")."""
    tags = _NAME_TAGS if fixed else _NAME_TAGS | {_FIXED}
    return any(
        parse.tag.POS == "NOUN"
        and "inan" in parse.tag
        and not (tags & parse.tag.grammemes)
        and parse.normal_form == word
        and parse.is_known
        for parse in _morph().parse(word)
    )


def russian_place(word: str) -> bool:
    """Whether pymorphy3's dictionary reads a Russian word as a place's name in any of its parses."""
    return any("Geox" in parse.tag for parse in _morph().parse(word))
