"""The Python API: the answers of ``lookup``, ``verify`` and ``verify -`` as the same dicts their ``--json``
prints (docs/api.md; the JSON Schemas in ``amexhelp/schemas/`` describe them), for a program that imports
amexhelp instead of running it.

``import amexhelp`` imports nothing of this: ``amexhelp.lookup`` and the others are found here when first
used (``amexhelp.__getattr__``). Nothing here reads the environment: the data file, the language and the
moment are arguments (by default the bundled data, English, and the system's clock).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, TypedDict

from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory

__all__ = ["LookupAnswer", "Verdict", "lookup", "verify", "verify_batch"]


# What ``amexhelp lookup --json`` prints (schema: ``amexhelp schema lookup``): every key is always there.
# (The functional form, since one key, "from", is a Python keyword.)
LookupAnswer = TypedDict(
    "LookupAnswer",
    {
        "schema_version": int,
        "query": "str | None",
        "headline": "str | None",
        "country": "dict[str, str]",
        "country_source": str,
        "need": "str | None",
        "need_name": "str | None",
        "from": "dict[str, str]",
        "from_source": str,
        "card_market": "dict[str, Any] | None",
        "product": "str | None",
        "fallback": "dict[str, Any]",
        "lines": "list[dict[str, Any]]",
        "advice": "list[str]",
        "notices": "list[dict[str, Any]]",
        "source": "dict[str, Any]",
    },
)


class Verdict(TypedDict, total=False):
    """What ``amexhelp verify NUMBER --json`` prints (schema: ``amexhelp schema verify``); a batch's records
    (``verify_batch``) have the shape of ``amexhelp schema verify-batch`` (no ``advice`` or
    ``source``; ``line`` and ``matches`` name lines by id; a line that is no number has ``error``)."""

    schema_version: int
    input: str
    verdict: str | None  # "listed", "unlisted" or "suspicious"; None: a batch's line that is no number
    listed: bool
    official: bool
    status: str | None
    e164: str | None
    international: str | None
    line: Any  # the line object (a batch: its id)
    matches: list[Any]
    warnings: list[dict[str, Any]]
    readings: list[dict[str, Any]]
    local_only: bool
    advice: list[str]
    source: dict[str, Any]
    error: str


def _directory(data: str | None, today: date | None) -> Directory:
    directory = load_directory(data)
    return directory.seen_on(today or date.today())


def _naming(lang: str) -> Any:
    from amexhelp.render.i18n import resolve_lang

    language = resolve_lang(lang, None)
    if language == "en":
        return None
    from amexhelp.render.naming import Naming

    return Naming(language)


def lookup(
    query: str | None = None,
    *,
    country: str | None = None,
    need: str | None = None,
    caller: str | None = None,
    card: str | None = None,
    product: str | None = None,
    lang: str = "en",
    now: datetime | None = None,
    data: str | None = None,
) -> LookupAnswer:
    """The numbers to call, as ``amexhelp lookup --json`` gives them: ``query`` in plain words and/or
    ``country``, ``need``, ``caller`` (--from), ``card``, ``product``. ``now`` (an aware datetime) is the
    moment opening hours are read for (default: now, in the system's zone); ``data`` a directory file
    (default: the bundled data). Raises amexhelp.errors.InputError for what cannot be used (an unknown
    country, need or language)."""
    from amexhelp.lookup.answer import answer
    from amexhelp.render import dicts

    directory = _directory(data, now.date() if now is not None else None)
    result = answer(
        directory,
        query,
        country_option=country,
        need_option=need,
        from_option=caller,
        card_option=card,
        product_option=product,
        now=now or datetime.now().astimezone(),
    )
    return dicts.versioned(dicts.lookup(result, directory, _naming(lang)))  # type: ignore[return-value]


def verify(number: str, *, caller: str | None = None, lang: str = "en", data: str | None = None) -> Verdict:
    """Whether ``number`` is in the directory, as ``amexhelp verify NUMBER --json`` says it: ``caller`` is
    the country a number without + is dialled in (--from; default: every country of the directory).
    Raises amexhelp.errors.InputError when the text is no phone number."""
    from amexhelp.render import dicts
    from amexhelp.verify.checker import verify as check

    directory = _directory(data, None)
    result = check(directory, number, _region(caller))
    return dicts.versioned(dicts.verdict(result, directory, _naming(lang)))  # type: ignore[return-value]


def verify_batch(
    numbers: Iterable[str],
    *,
    caller: str | None = None,
    full: bool = False,
    lang: str = "en",
    data: str | None = None,
) -> Iterator[Verdict]:
    """One record per number, in order, as ``amexhelp verify - --json`` writes them (one at a time: any
    number of them in flat memory); a text that is no number gives a record with ``error`` (in ``lang``)
    and its stable ``error_code`` instead of raising."""
    from amexhelp.render import dicts
    from amexhelp.verify.batch import Unreadable, verify_lines

    directory = _directory(data, None)
    naming = _naming(lang)
    lines: dict[str, dict[str, Any]] = {}
    for result in verify_lines(directory, numbers, _region(caller)):
        if isinstance(result, Unreadable):
            yield dicts.unreadable(result, naming)  # type: ignore[misc]
        else:
            yield dicts.batch_record(result, directory, full, lines, naming)  # type: ignore[misc]


def _region(caller: str | None) -> str | None:
    if caller is None:
        return None
    from amexhelp.lookup.places import resolve_country

    return resolve_country(caller, option="--from").code
