"""Names shared by the build-time generators (datagen, placegen): pycountry's translation catalogues,
the forms a name is written in, and which locales subdivision names are read in."""

from __future__ import annotations

import re
from typing import Any

# Subdivision names are read in their own (romanised) form and in the source's support languages.
PLACE_LOCALES = ("es", "fr", "de", "it", "pt", "ja", "zh_CN", "zh_TW", "ko", "ar", "hi", "ru")


def translations(domain: str, locale: str) -> Any:
    import gettext

    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale], fallback=True)


def forms(name: str) -> list[str]:
    """The ways a name is written: as is, "Korea, Republic of" turned round, "X (Y)" as X and Y."""
    found = [name]
    if " (" in name and name.endswith(")"):
        head, _, inner = name[:-1].partition(" (")
        found += [head, inner]
    for form in list(found):
        if ", " in form:
            head, _, tail = form.partition(", ")
            found.append(f"{tail} {head}")
    return found


def holds_other_country(place: str, country: str, names: dict[str, str]) -> bool:
    parts = place.split()
    if len(parts) > 1:
        spans = (" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1))
    else:
        spans = (place[i:j] for i in range(len(place)) for j in range(i + 2, len(place) + 1))
    return any(span != place and names.get(span, country) != country for span in spans)


# Countries whose name takes "на" and "с" in Russian rather than "в" and "из" (islands: "на Кубе", "с
# Кипра"), by ISO code; hand-kept, as no dictionary says it.
RUSSIAN_ON = frozenset({"BB", "BS", "CU", "CY", "DM", "GD", "HT", "JM", "LC", "LK", "MG", "MT", "MU", "PH", "SC", "TW"})
# What a Russian name is put in after each preposition a sentence uses: the case, and the preposition
# itself as written before a name ("во Франции", "на Кубе").
_RUSSIAN_CASES = {"в": "loct", "из": "gent", "для": "gent"}


def russian_phrases(countries: dict[str, str]) -> dict[str, dict[str, str]]:
    """Each Russian country name ("Япония") after the prepositions the translations use: {"в": "в Японии",
    "из": "из Японии", "для": "для Японии"}, declined with pymorphy3's dictionary (the ``data`` extra).
    A name the dictionary cannot decline with certainty (an abbreviation, a word it does not know) is left
    out: the sentence then names it in the nominative ("в стране …")."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    found: dict[str, dict[str, str]] = {}
    for code, name in sorted(countries.items()):
        forms = {case: _declined(morph, name, case) for case in set(_RUSSIAN_CASES.values())}
        if all(forms.values()):
            found[name] = {word: _preposition(word, code, forms[case]) for word, case in _RUSSIAN_CASES.items()}
    return dict(sorted(found.items()))


def _preposition(word: str, code: str, form: str | None) -> str:
    assert form is not None
    if code in RUSSIAN_ON and word != "для":
        word = {"в": "на", "из": "с"}[word]
    # "во" before в or ф and a consonant ("во Франции", "во Вьетнаме"); "со" likewise before с, з, ш, ж.
    if word == "в" and form[:1] in "ВвФф" and form[1:2].casefold() not in "аеёиоуыэюя":
        word = "во"
    if word == "с" and form[:1] in "СсЗзШшЖж" and form[1:2].casefold() not in "аеёиоуыэюя":
        word = "со"
    return f"{word} {form}"


def _declined(morph: Any, name: str, case: str) -> str | None:
    """A name in a case: in each part joined by "и", its adjectives and its first noun declined, the words
    after that noun kept ("Республике Корея"); None when a word is not a dictionary word in the
    nominative (a guess), or the name is written with abbreviations or signs."""
    if not re.fullmatch(r"[А-ЯЁа-яё-]+(?: [А-ЯЁа-яё-]+)*", name):
        return None
    parts = []
    for part in name.split(" и "):
        words = part.split(" ")
        declined = []
        for index, word in enumerate(words):
            parse = next((p for p in morph.parse(word) if "nomn" in p.tag and p.is_known), None)
            form = None if parse is None else parse.inflect({case, parse.tag.number or "sing"})
            if parse is None or form is None:
                return None
            declined.append(_like(word, form.word))
            if parse.tag.POS == "NOUN":
                declined += words[index + 1 :]
                break
        parts.append(" ".join(declined))
    return " и ".join(parts)


def _like(word: str, form: str) -> str:
    """A declined form written as the name is: its capitals, and е where the name has no ё."""
    if "ё" not in word.casefold():
        form = form.replace("ё", "е")
    return "".join(c.upper() if i < len(word) and word[i].isupper() else c for i, c in enumerate(form))
