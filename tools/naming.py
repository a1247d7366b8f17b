"""Names shared by the build-time generators (datagen, placegen): pycountry's translation catalogues,
the forms a name is written in, and which locales subdivision names are read in."""

from __future__ import annotations

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
