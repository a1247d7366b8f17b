"""Red flags in words: each code of a verify flag (the CODES of ``amexhelp.verify.redflags``, where
their values are documented) turned into the sentence a reader sees, in the reader's language (``Naming._``).

The core hands over codes and values (numbers in international form, regions as alpha-2 codes, the
letters written for digits, a listed line's id); the sentences live here and nowhere else, so JSON's
``message`` and the text output cannot disagree. Numbers go into the sentences as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from amexhelp.directory.model import Directory, Line
from amexhelp.render.i18n import AREA, LINE_LABEL, N_, N_plural
from amexhelp.render.naming import ENGLISH_NAMES, Naming

if TYPE_CHECKING:
    from amexhelp.verify.redflags import Flag

Values = Mapping[str, object]  # str, int, bool, a tuple of str, or None

# How a look-alike differs from the listed number it imitates (amexhelp.verify._lookalike's codes).
_CHANGES = {
    "digit-changed": N_("one digit changed"),
    "digits-swapped": N_("two adjacent digits swapped"),
    "digit-added": N_("one digit added"),
    "digit-dropped": N_("one digit dropped"),
}
# The number types no support line uses, as the flag names them.
_RED_TYPES = {
    "PREMIUM_RATE": N_("a premium-rate number, charged at a high rate per minute"),
    "PERSONAL_NUMBER": N_("a personal number, which forwards to any phone its owner chooses"),
    "MOBILE": N_("a mobile number"),
    "VOIP": N_("an internet (VoIP) number, which anyone can rent in minutes"),
    "PAGER": N_("a pager number"),
    "VOICEMAIL": N_("a voicemail access number"),
}
# The range kept for fiction that the flag gives as its example (a number: never in a translation).
_FICTION_FIRST, _FICTION_LAST = "555-0100", "555-0199"


# Regions named in a sentence; more are counted.
REGIONS_NAMED = 3
# A number with the regions it is read in: the sentence that names them and the one that counts them, where
# each language gives the count's noun the case and number its preposition takes ("в 5 странах", "لـ 11 بلدًا").
AS_DIALLED_IN = (
    N_("{number} (as dialled in {regions})"),
    N_plural("{number} (as dialled in {count} country)", "{number} (as dialled in {count} countries)"),
)
DIALLED_IN = (
    N_("{number} (dialled in {regions})"),
    N_plural("{number} (dialled in {count} country)", "{number} (dialled in {count} countries)"),
)
PRINTED_FOR = (
    N_("{number} (as the source prints it for {regions})"),
    N_plural(
        "{number} (as the source prints it for {count} country)",
        "{number} (as the source prints it for {count} countries)",
    ),
)


def region_names(regions: tuple[str, ...], naming: Naming = ENGLISH_NAMES) -> str:
    """Regions in words: "Spain", "Canada or the United States", "the United Kingdom, France or Germany"."""
    names = [naming.in_country(code) for code in regions]
    if len(names) == 1:
        return names[0]
    return naming._("{names} or {last}").format(names=naming.join(names[:-1], conjunction=False), last=names[-1])


def in_regions(
    sentence: tuple[str, tuple[str, str]], number: str, regions: tuple[str, ...], naming: Naming = ENGLISH_NAMES
) -> str:
    """A number with the regions it is read in (``sentence``: AS_DIALLED_IN…): named, or counted when there
    are more than REGIONS_NAMED."""
    named, counted = sentence
    if len(regions) > REGIONS_NAMED:
        return naming.ngettext(*counted, len(regions)).format(number=number, count=len(regions))
    return naming._(named).format(number=number, regions=region_names(regions, naming))


def line_name(line: Line, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """A line as a person names it: American Express Spain: Customer Service."""
    if line.country is not None:
        place = naming.country(line.country)
    elif line.area is not None and line.area in directory.areas:
        place = naming.text(AREA, directory.areas[line.area].name)
    else:
        place = naming._("Worldwide")
    label = naming.text(LINE_LABEL, line.label)
    return naming._("American Express {place}: {label}").format(place=place, label=label)


def _text(v: Values, field: str) -> str:
    value = v.get(field)
    return value if isinstance(value, str) else ""


def _texts(v: Values, field: str) -> tuple[str, ...]:
    value = v.get(field)
    return value if isinstance(value, tuple) else ()


def _subject(v: Values, n: Naming) -> str:
    """The reading a number's flag is about: its number, and where it is dialled when it has several."""
    number = _text(v, "number")
    readings = v.get("readings")
    regions = _texts(v, "dialled_in")
    if not isinstance(readings, int) or readings <= 1 or v.get("how") == "international" or not regions:
        return number
    if v.get("how") == "prefix":
        return n._("{number} (read after an international prefix)").format(number=number)
    return in_regions(AS_DIALLED_IN, number, regions, n)


def _listed_line(v: Values, d: Directory, n: Naming) -> tuple[str, str]:
    """The listed line a flag names (its ``line`` value), in words, and its status."""
    line = d.line(_text(v, "line"))
    return line_name(line, d, n), n._(line.status)


def _look_alike(v: Values, d: Directory, n: Naming) -> str:
    line, status = _listed_line(v, d, n)
    return n._(
        "{number} is {imitated} with {change}: the number of {line} ({status}). Scam numbers are made to pass a"
        " glance like this; it may also be a line of the same office that this directory lacks: compare it with"
        " the issuer's website, app or statement before calling."
    ).format(
        number=_subject(v, n),
        imitated=_text(v, "imitated"),
        change=n._(_CHANGES[_text(v, "change")]),
        line=line,
        status=status,
    )


def _letters(v: Values, d: Directory, n: Naming) -> str:
    pairs = zip(_texts(v, "letters"), _texts(v, "digits"), strict=True)
    each = [n._("{letter} for {digit}").format(letter=letter, digit=digit) for letter, digit in pairs]
    kinds = n.join(each, conjunction=False)
    text = n._("Letters are written where digits belong ({letters}): a disguise to pass a glance.").format(
        letters=kinds
    )
    if v.get("line") is not None:
        line, _ = _listed_line(v, d, n)
        more = n._(
            "Read as digits it would be {number}, the number of {line}, but a phone dials the letters as {dialled}"
            " instead."
        ).format(number=_text(v, "imitated"), line=line, dialled=_text(v, "dialled"))
        return f"{text} {more}"
    if v.get("readable"):
        unlisted = n._("Read as digits it is not a number in this directory either.")
        return f"{text} {unlisted}"
    return text


def _red_type(v: Values, d: Directory, n: Naming) -> str:
    kind = _RED_TYPES.get(_text(v, "number_type"))
    return n._("{number} is {kind}: card issuers' support lines never are.").format(
        number=_subject(v, n), kind=n._(kind) if kind else _text(v, "number_type")
    )


def _fictional(v: Values, d: Directory, n: Naming) -> str:
    others = v.get("others")
    if isinstance(others, int) and others > 0:
        template = n.ngettext(
            "{number} (and {count} other reading) is in a range kept for fiction and examples (such as {first} to"
            " {last}): no real support line has such a number.",
            "{number} (and {count} other readings) is in a range kept for fiction and examples (such as {first} to"
            " {last}): no real support line has such a number.",
            others,
        )
    else:
        template = n._(
            "{number} is in a range kept for fiction and examples (such as {first} to {last}): no real support line"
            " has such a number."
        )
    return template.format(number=_subject(v, n), count=others, first=_FICTION_FIRST, last=_FICTION_LAST)


def _look_alike_domain(v: Values, d: Directory, n: Naming) -> str:
    return n._(
        "{host} is not one of the issuer's domains ({domains}) but is made to look like {imitated}: a classic trick"
        " of scam links."
    ).format(host=_text(v, "host"), domains=", ".join(_texts(v, "domains")), imitated=_text(v, "imitated"))


_WORDING: dict[str, Callable[[Values, Directory, Naming], str]] = {
    "look-alike": _look_alike,
    "letters-for-digits": _letters,
    "premium-rate": _red_type,
    "personal-number": _red_type,
    "unusual-number-type": _red_type,
    "fictional-pattern": _fictional,
    "withdrawn-range": lambda v, d, n: n._(
        "{number} is in {country}'s {range} range, withdrawn on {date}: it no longer rings, so no real support line"
        " has it."
    ).format(
        number=_subject(v, n),
        country=n.country(_text(v, "country")),
        range=_text(v, "range"),
        date=_text(v, "withdrawn"),
    ),
    "look-alike-domain": _look_alike_domain,
    "link-shortener": lambda v, d, n: n._("{host} is a link shortener: it hides where the link really goes.").format(
        host=_text(v, "host")
    ),
    "ip-address-link": lambda v, d, n: n._(
        "{link} goes to a bare IP address, not a named site, as no issuer link does."
    ).format(link=_text(v, "link")),
}


def word(flag: Flag, directory: Directory, naming: Naming = ENGLISH_NAMES) -> str:
    """The sentence for one red flag of a number or a link."""
    return _WORDING[flag.code](flag.values, directory, naming)


def as_dict(flag: Flag, directory: Directory, naming: Naming | None = None) -> dict[str, str | None]:
    """A red flag for JSON: its code, its message (English unless ``naming`` says) and what it imitates."""
    return {"code": flag.code, "message": word(flag, directory, naming or ENGLISH_NAMES), "similar_to": flag.similar_to}
