"""Notices in words: each code of ``amexhelp.lookup.notices`` turned into the sentence a reader sees.

The core hands over codes and values; the sentences live here and nowhere else, so that JSON and text
cannot disagree and an answer is worded in the reader's language (``Naming._``) without touching the
core. Quoted values (what the user typed) keep Python's quoting, as every message of the tool does.
"""

from __future__ import annotations

from collections.abc import Callable

from amexhelp.lookup.notices import Notice
from amexhelp.render.naming import ENGLISH_NAMES, Naming

Values = dict[str, str | None]


def _division(code: str, naming: Naming) -> str:
    """A division ("US-OR") as "Oregon, United States"; a country code as its name."""
    if "-" not in code:
        return naming.country(code)
    from amexhelp.directory.gazetteer import division_name

    return f"{division_name(code) or code}, {naming.country(code[:2])}"


def _name(v: Values, n: Naming, field: str) -> str:
    return n.country(v.get(field) or "")


def _in(v: Values, n: Naming, field: str) -> str:
    return n.in_country(v.get(field) or "")


def _product(v: Values, n: Naming, field: str) -> str:
    """A card product ("corporate") in the reader's language (the catalog holds each product's word)."""
    value = v.get(field)
    return n._(value) if value else ""


def _typed(v: Values, field: str) -> str:
    return repr(v.get(field) or "")


def _say_where(n: Naming) -> str:
    return n._('say where you are (--country, or in words: "in Paris") if not')


def _option_clash(v: Values, n: Naming) -> str:
    if v["option"] == "--card":
        return n._("The words name a card from {words}; --card says {chosen}, and --card wins.").format(
            words=_name(v, n, "words"), chosen=_name(v, n, "chosen")
        )
    return n._("The words name a {words} card; --product says {chosen}, and --product wins.").format(
        words=_product(v, n, "words"), chosen=_product(v, n, "chosen")
    )


def _code_read(v: Values, n: Naming) -> str:
    code = _typed(v, "code")
    if v.get("division") is None:
        return n._("Read {code} as the country code of {country}.").format(code=code, country=_name(v, n, "country"))
    where = _division(v["division"] or "", n)
    if v.get("not_country"):
        return n._("Read {code} as {place}, not as the country code of {country}.").format(
            code=code, place=where, country=_name(v, n, "not_country")
        )
    return n._("Read {code} as {place}.").format(code=code, place=where)


def _place_ambiguous(v: Values, n: Naming) -> str:
    places = (v["places"] or "").split()
    others = "; ".join(_division(code, n) for code in places[1:5])
    if len(places) > 5:
        others = n._("{places}; and more").format(places=others)
    return n._(
        "Read {place} as the place in {first}; others have that name ({others}): name the state or country to"
        " choose another."
    ).format(place=_typed(v, "place"), first=_division(places[0], n), others=others)


def _place_unrecognised(v: Values, n: Naming) -> str:
    if v.get("country"):
        return n._("Did not recognise {place} as a place: answered for {country}, where you are calling from.").format(
            place=_typed(v, "place"), country=_name(v, n, "country")
        )
    return n._(
        "Did not recognise {place} as a place: these are the numbers that work from anywhere; name the country"
        " (--country) for its own lines."
    ).format(place=_typed(v, "place"))


def _country_assumed(v: Values, n: Naming) -> str:
    name = _name(v, n, "country")
    if v["basis"] == "environment":
        return n._("No country given: assumed {country} from AMEXHELP_COUNTRY.").format(country=name)
    if v["basis"] == "locale":
        return n._(
            "No country given: assumed {country} from the system locale ({locale}); use --country to say otherwise."
        ).format(country=name, locale=v.get("locale"))
    return n._("No country given: assumed {country} (use --country, or set AMEXHELP_COUNTRY).").format(country=name)


def _no_own_line(v: Values, n: Naming) -> str:
    country = _name(v, n, "country")
    if v.get("suspect"):
        own = n._("{country} has no line in the directory that can be offered (its only lines are suspect, shown last)")
    else:
        own = n._("{country} has no line of its own in the directory")
    if v.get("area"):
        rest = n._(
            "the line for the region comes first, then the worldwide number for countries not listed;"
            " international calling charges may apply."
        )
    else:
        rest = n._("the worldwide number for countries not listed; international calling charges may apply.")
    return f"{own.format(country=country)}: {rest}"


_WORDING: dict[str, Callable[[Values, Naming], str]] = {
    "no-issuer-line": lambda v, n: n._(
        "No issuer page in the directory gives a number for this for {product} cards of {country}: first call the"
        " number on the back of your card, on your statement or in the issuer's app; the lines below are only as sure"
        " as their grade says."
    ).format(product=_product(v, n, "product"), country=_name(v, n, "country")),
    "data-override": lambda v, n: n._("Using directory data from {path}, not the bundled directory.").format(
        path=v["path"]
    ),
    "option-clash": _option_clash,
    "card-from-words": lambda v, n: n._("Read the card as one issued in {country}.").format(country=_in(v, n, "card")),
    "home-as-card": lambda v, n: n._(
        "Read {words} as your home: the card is taken to be one issued in {country}; say which with --card if it is"
        " not."
    ).format(words=_typed(v, "words"), country=_in(v, n, "home")),
    "place-read": lambda v, n: n._("Read {place} as a place in {country}.").format(
        place=_typed(v, "place"), country=_name(v, n, "country")
    ),
    "place-ambiguous": _place_ambiguous,
    "code-read": _code_read,
    "place-guessed": lambda v, n: n._(
        "Did not recognise {place}: read it as {country}, the closest name; name the country (--country) if that is"
        " wrong."
    ).format(place=_typed(v, "place"), country=_name(v, n, "country")),
    "place-unrecognised": _place_unrecognised,
    "word-not-country": lambda v, n: n._(
        'Read {word} as an everyday word, not as {country}: write "in {country}" if you meant the country.'
    ).format(word=_typed(v, "word"), country=_name(v, n, "country")),
    "location-from-card": lambda v, n: n._(
        "No place named: took you to be in {country}, where the card is from; {say_where}."
    ).format(country=_in(v, n, "country"), say_where=_say_where(n)),
    "location-from-home": lambda v, n: n._("Read {words} as where you are: {country}; {say_where}.").format(
        words=_typed(v, "words"), country=_name(v, n, "country"), say_where=_say_where(n)
    ),
    "country-assumed": _country_assumed,
    "served-by": lambda v, n: n._("{country} is served by the lines for {market}.").format(
        country=_name(v, n, "country"), market=_in(v, n, "market")
    ),
    "product-not-listed": lambda v, n: n._(
        "No line for {product} cards of {country} is in the directory: these are the general lines."
    ).format(product=_product(v, n, "product"), country=_name(v, n, "country")),
    "card-lines-unreachable": lambda v, n: n._(
        "None of the lines for cards issued in {card} in the directory can be dialled from {caller}: the worldwide"
        " number comes first."
    ).format(card=_in(v, n, "card"), caller=_name(v, n, "caller")),
    "no-travel-line": lambda v, n: n._(
        "No travel-assistance line for cards issued in {card} that works from {caller} is in the directory: call the"
        " card's service line and ask for travel help."
    ).format(card=_in(v, n, "card"), caller=_name(v, n, "caller")),
    "lines-unreachable": lambda v, n: n._(
        "None of {country}'s lines can be dialled from {caller}: the worldwide number comes first; international"
        " calling charges may apply."
    ).format(country=_name(v, n, "country"), caller=_name(v, n, "caller")),
    "no-own-line": _no_own_line,
    "nothing-reachable": lambda v, n: n._(
        "None of these lines can be dialled from {caller}: the worldwide number comes first; international calling"
        " charges may apply."
    ).format(caller=_name(v, n, "caller")),
    "card-unknown": lambda v, n: n._(
        'Say which market issued your card (--card, or in words: "my UK card") for its own line.'
    ),
    "local-cards-only": lambda v, n: n._(
        "These numbers are for cards issued in {country}. Card issued elsewhere? Say which with --card (or in words:"
        ' "my US card") for your card\'s own line.'
    ).format(country=_in(v, n, "country")),
}


def word(notice: Notice, naming: Naming = ENGLISH_NAMES) -> str:
    """The sentence for one notice."""
    return _WORDING[notice.code](dict(notice.values), naming)


def as_dict(notice: Notice, naming: Naming = ENGLISH_NAMES) -> dict[str, str | None]:
    """A notice for JSON: its code, its message, and its values as they are."""
    return {"code": notice.code, "message": word(notice, naming), **notice.values}
