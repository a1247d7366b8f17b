"""Notices in words: each code of ``amexhelp.lookup.notices`` turned into the sentence a reader sees.

The core hands over codes and values; the sentences live here and nowhere else, so that JSON and text
cannot disagree and an answer can be worded in another language without touching the core.
"""

from __future__ import annotations

from collections.abc import Callable

from amexhelp.lookup.notices import Notice
from amexhelp.render.naming import ENGLISH_NAMES, Naming

_SAY_WHERE = 'say where you are (--country, or in words: "in Paris") if not'


def _division(code: str, naming: Naming) -> str:
    """A division ("US-OR") as "Oregon, United States"; a country code as its name."""
    if "-" not in code:
        return naming.country(code)
    from amexhelp.directory.gazetteer import division_name

    return f"{division_name(code) or code}, {naming.country(code[:2])}"


def _option_clash(v: dict[str, str | None], n: Naming) -> str:
    if v["option"] == "--card":
        return (
            f"The words name a card from {n.country(v['words'] or '')}; --card says {n.country(v['chosen'] or '')},"
            " and --card wins."
        )
    return f"The words name a {v['words']} card; --product says {v['chosen']}, and --product wins."


def _code_read(v: dict[str, str | None], n: Naming) -> str:
    code = repr(v["code"])
    if v.get("division") is None:
        return f"Read {code} as the country code of {n.country(v['country'] or '')}."
    where = _division(v["division"] or "", n)
    if v.get("not_country"):
        return f"Read {code} as {where}, not as the country code of {n.country(v['not_country'] or '')}."
    return f"Read {code} as {where}."


def _place_ambiguous(v: dict[str, str | None], n: Naming) -> str:
    places = (v["places"] or "").split()
    others = "; ".join(_division(code, n) for code in places[1:5]) + ("; and more" if len(places) > 5 else "")
    return (
        f"Read {v['place']!r} as the place in {_division(places[0], n)}; others have that name ({others}):"
        " name the state or country to choose another."
    )


def _place_unrecognised(v: dict[str, str | None], n: Naming) -> str:
    if v.get("country"):
        return (
            f"Did not recognise {v['place']!r} as a place: answered for {n.country(v['country'] or '')},"
            " where you are calling from."
        )
    return (
        f"Did not recognise {v['place']!r} as a place: these are the numbers that work from anywhere;"
        " name the country (--country) for its own lines."
    )


def _country_assumed(v: dict[str, str | None], n: Naming) -> str:
    name = n.country(v["country"] or "")
    if v["basis"] == "environment":
        return f"No country given: assumed {name} from AMEXHELP_COUNTRY."
    if v["basis"] == "locale":
        locale = v.get("locale")
        return (
            f"No country given: assumed {name} from the system locale ({locale}); use --country to say where you are."
        )
    return f"No country given: assumed {name} (use --country, or set AMEXHELP_COUNTRY)."


def _no_own_line(v: dict[str, str | None], n: Naming) -> str:
    region = "the line for the region comes first, then " if v.get("area") else ""
    own = "no line of its own in the directory"
    if v.get("suspect"):
        own = "no line in the directory that can be offered (its only lines are suspect, shown last)"
    return (
        f"{n.country(v['country'] or '')} has {own}: {region}"
        "the worldwide number for countries not listed; international calling charges may apply."
    )


_WORDING: dict[str, Callable[[dict[str, str | None], Naming], str]] = {
    "data-override": lambda v, n: f"Using directory data from {v['path']}, not the bundled directory.",
    "option-clash": _option_clash,
    "card-from-words": lambda v, n: f"Read the card as one issued in {n.in_country(v['card'] or '')}.",
    "home-as-card": lambda v, n: (
        f"Read {v['words']!r} as your home: the card is taken to be one issued in {n.in_country(v['home'] or '')};"
        " say which with --card if it is not."
    ),
    "place-read": lambda v, n: f"Read {v['place']!r} as a place in {n.country(v['country'] or '')}.",
    "place-ambiguous": _place_ambiguous,
    "code-read": _code_read,
    "place-guessed": lambda v, n: (
        f"Did not recognise {v['place']!r}: read it as {n.country(v['country'] or '')}, the closest name;"
        " name the country (--country) if that is wrong."
    ),
    "place-unrecognised": _place_unrecognised,
    "word-not-country": lambda v, n: (
        f"Read {v['word']!r} as an everyday word, not as {n.country(v['country'] or '')}:"
        f' write "in {n.country(v["country"] or "")}" if you meant the country.'
    ),
    "location-from-card": lambda v, n: (
        f"No place named: took you to be in {n.in_country(v['country'] or '')}, where the card is from; {_SAY_WHERE}."
    ),
    "location-from-home": lambda v, n: (
        f"Read {v['words']!r} as where you are: {n.country(v['country'] or '')}; {_SAY_WHERE}."
    ),
    "country-assumed": _country_assumed,
    "served-by": lambda v, n: (
        f"{n.country(v['country'] or '')} is served by the lines for {n.in_country(v['market'] or '')}."
    ),
    "product-not-listed": lambda v, n: (
        f"No line for {v['product']} cards of {n.country(v['country'] or '')} is in the directory:"
        " these are the general lines."
    ),
    "card-lines-unreachable": lambda v, n: (
        f"None of the lines for cards issued in {n.in_country(v['card'] or '')} in the directory can be"
        f" dialled from {n.country(v['caller'] or '')}: the worldwide number comes first."
    ),
    "no-travel-line": lambda v, n: (
        f"No travel-assistance line for cards issued in {n.in_country(v['card'] or '')} that works from"
        f" {n.country(v['caller'] or '')} is in the directory: call the card's service line and ask for travel help."
    ),
    "lines-unreachable": lambda v, n: (
        f"None of {n.country(v['country'] or '')}'s lines can be dialled from {n.country(v['caller'] or '')}:"
        " the worldwide number comes first; international calling charges may apply."
    ),
    "no-own-line": _no_own_line,
    "nothing-reachable": lambda v, n: (
        f"None of these lines can be dialled from {n.country(v['caller'] or '')}: the worldwide number comes first;"
        " international calling charges may apply."
    ),
    "card-unknown": lambda v, n: (
        'Say which market issued your card (--card, or in words: "my UK card") for its own line.'
    ),
    "local-cards-only": lambda v, n: (
        f"These numbers are for cards issued in {n.in_country(v['country'] or '')}. Card issued elsewhere?"
        ' Say which with --card (or in words: "my US card") for your card\'s own line.'
    ),
}


def word(notice: Notice, naming: Naming = ENGLISH_NAMES) -> str:
    """The sentence for one notice."""
    return _WORDING[notice.code](dict(notice.values), naming)


def as_dict(notice: Notice, naming: Naming = ENGLISH_NAMES) -> dict[str, str | None]:
    """A notice for JSON: its code, its message, and its values as they are."""
    return {"code": notice.code, "message": word(notice, naming), **notice.values}
