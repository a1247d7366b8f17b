"""Country names as they read in running English: "in the United States", "in Japan". Used by the
derived facts of a line (why a number does not ring from abroad) and by the English renderers."""

from __future__ import annotations

from amexhelp.directory import index

# Country names read with "the" in running English ("cards issued in the United States").
_WITH_THE = frozenset({"US", "GB", "NL", "PH", "AE", "CZ", "DO", "BS", "MV", "KY", "VI", "VG", "CF", "KM", "MH", "SB"})


def in_the(code: str, name: str) -> str:
    """A country's name as it reads after "in": "the United States", "Japan"."""
    return f"the {name}" if code in _WITH_THE else name


def in_country(code: str) -> str:
    """A country's English name, from its code, as it reads after "in" ("the United States")."""
    return in_the(code, index.country_names().get(code, code))
