"""The JSON format: each report as one JSON document (``dicts`` builds it, ``dicts.dump`` writes it).

JSON keeps codes, keys and English names in every language; only its messages (the headline, the
notices', warnings' and problems' ``message``) are worded in the language of ``naming``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.render import dicts
from amexhelp.render.dicts import dump

if TYPE_CHECKING:
    from amexhelp.directory.model import Directory
    from amexhelp.lookup.answer import Answer
    from amexhelp.render.naming import Naming
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.checker import Verdict
    from amexhelp.verify.message import MessageReport


def _worded(naming: Naming) -> Naming | None:
    """The messages' language: English needs no catalog, and dicts words it by default."""
    return naming if naming.lang != "en" else None


def lookup(answer: Answer, directory: Directory, naming: Naming, *, full: bool = True) -> str:
    return dump(dicts.lookup(answer, directory, _worded(naming)))  # always every line: full is for people


def faqs(
    items: tuple[FaqAnswer, ...],
    directory: Directory,
    naming: Naming,
    *,
    query: str | None = None,
    asked: str | None = None,
) -> str:
    return dump(dicts.faqs(items, query, asked, directory))


def channels(directory: Directory, naming: Naming) -> str:
    return dump(dicts.channels(directory))


def countries(directory: Directory, naming: Naming) -> str:
    return dump(dicts.countries(directory))


def verdict(result: Verdict, directory: Directory, naming: Naming) -> str:
    return dump(dicts.verdict(result, directory, _worded(naming)))


def message(report: MessageReport, directory: Directory, naming: Naming) -> str:
    return dump(dicts.message(report, directory, _worded(naming)))


def audit(report: Report, directory: Directory, naming: Naming) -> str:
    return dump(dicts.audit(report, directory, _worded(naming)))


def sources(rows: tuple[SourceRow, ...], directory: Directory, naming: Naming) -> str:
    return dump(dicts.sources(rows, directory))
