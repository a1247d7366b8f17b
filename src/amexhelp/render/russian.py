"""Russian country names after a preposition, in the case it governs: "в Японии", "из Франции", "для
Соединенных Штатов", "на Кубе".

A translation writes the preposition as the field's format ("{country:в}", "{caller:из}",
"{place:для}"); the phrase is looked up, by the name put in, in the table generated at build time with a
morphological dictionary (``tools/naming.py``, into ``data/names/ru.json``). A name the table lacks (one
the dictionary could not decline, or not a country's) keeps the nominative after a word that takes the
case itself: "в стране Бермудские о-ва".
"""

from __future__ import annotations

import re
from functools import cache

# The prepositions a translation may write as a field's format, and the word that carries the case
# for a name the table lacks.
FALLBACK = {"в": "в стране", "из": "из страны", "для": "для страны"}
_FIELD = re.compile(r"\{([A-Za-z_]\w*):(" + "|".join(FALLBACK) + r")\}")


@cache
def phrases() -> dict[str, dict[str, str]]:
    from amexhelp.directory import index

    found: dict[str, dict[str, str]] = index.load_display_names("ru").get("phrases", {})
    return found


# How names are listed as alternatives ("Канада или Соединенные Штаты", "Франция, Германия или Италия").
_ALTERNATIVES = re.compile(r"(, | или )")


def after(preposition: str, name: str) -> str:
    """``name`` after ``preposition`` ("в", "из", "для"), in the case it governs; names listed as
    alternatives each with its own preposition ("в Канаде или в Соединенных Штатах")."""
    found = phrases().get(name)
    if found is not None:
        return found[preposition]
    parts = _ALTERNATIVES.split(name)
    names = parts[::2]
    if len(names) > 1 and all(part in phrases() for part in names):
        return "".join(part if index % 2 else phrases()[part][preposition] for index, part in enumerate(parts))
    return f"{FALLBACK[preposition]} {name}"


class Declining(str):
    """A Russian template: a field written with a preposition as its format ("{country:в}") is put in
    as the phrase of the two ("во Франции")."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        def resolve(match: re.Match[str]) -> str:
            value = kwargs.get(match.group(1))
            if not isinstance(value, str):
                return "{" + match.group(1) + "}"
            return after(match.group(2), value).replace("{", "{{").replace("}", "}}")

        return str.format(_FIELD.sub(resolve, self), *args, **kwargs)
