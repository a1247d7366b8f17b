"""The audit's findings in words: each code of ``amexhelp.reports.audit`` turned into the sentence a
reader sees, in the reader's language (``Naming._``). JSON's ``message`` is the same sentence, in
English unless a language is asked for; the codes and values never change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.reports import audit

Values = Mapping[str, str]


def _status(value: str, n: Naming) -> str:
    """A status as the data stores it ("guide-only"), quoted, in the reader's language."""
    return repr(n._(value))


def _withdrawn(v: Values, n: Naming) -> str:
    return n._("{number} is in {country}'s {range} range, withdrawn on {date} (source {source})").format(
        number=v["e164"], country=v["country"], range=v["range"], date=v["withdrawn"], source=v["source"]
    )


_WORDING: dict[str, Callable[[Values, Naming], str]] = {
    audit.INVALID: lambda v, n: n._("{number} is not a valid number").format(number=v["e164"]),
    audit.UNDIALLABLE: lambda v, n: n._("{number} puts 00 after the country code: no phone dials that form").format(
        number=v["e164"]
    ),
    audit.FICTIONAL: lambda v, n: n._("{number} follows a pattern kept for fictional numbers").format(number=v["e164"]),
    audit.WITHDRAWN: _withdrawn,
    audit.TOLL_FREE: lambda v, n: n._("toll_free is {value} but the number type is {number_type}").format(
        value=v["toll_free"], number_type=v["number_type"]
    ),
    audit.STALE: lambda v, n: n._("{field} is {stored} in the data but {now} by phonenumbers").format(
        field=v["field"], stored=v["stored"], now=v["now"]
    ),
    audit.NO_SOURCE: lambda v, n: n._("no source prints this number"),
    audit.OFF_DOMAIN: lambda v, n: n._(
        "source {source} is counted as the issuer's but {url} is not on its domains"
    ).format(source=v["source"], url=v["url"]),
    audit.STATUS: lambda v, n: n._("status is {stored} in the data but {now} by its evidence").format(
        stored=_status(v["stored"], n), now=_status(v["now"], n)
    ),
}


def word(problem: audit.Problem, naming: Naming = ENGLISH_NAMES) -> str:
    """The sentence for one problem (or quarantined red flag)."""
    return _WORDING[problem.code](problem.values, naming)


def as_dict(problem: audit.Problem, naming: Naming = ENGLISH_NAMES) -> dict[str, str]:
    """A problem for JSON: its line, code and message."""
    return {"line": problem.line, "code": problem.code, "message": word(problem, naming)}
