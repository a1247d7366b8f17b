"""The output formats: one enum, one renderer module each (pip-audit's ``to_format``).

Every renderer module has the same functions, one per report (``Renderer``), each taking the same values
and returning the whole text of the report: the command-line layer picks the module here and never asks
which format it holds. A new format (say Markdown) is a module with these functions and a member below
with its module's name in ``_MODULES`` (docs/development.md). Nothing here reads the environment: whether
``auto`` means colour is decided by the command-line layer and handed in as ``styled``.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Protocol

    from amexhelp.directory.model import Directory
    from amexhelp.lookup.answer import Answer
    from amexhelp.render.naming import Naming
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.checker import Verdict
    from amexhelp.verify.message import MessageReport


class Format(str, enum.Enum):
    AUTO = "auto"
    RICH = "rich"
    PLAIN = "plain"
    JSON = "json"


# Each format's renderer module, imported only when that format is chosen.
_MODULES = {
    Format.RICH: "amexhelp.render.format_rich",
    Format.PLAIN: "amexhelp.render.plain",
    Format.JSON: "amexhelp.render.format_json",
}


def resolve(fmt: Format, *, styled: bool) -> Format:
    """The format to write in: ``auto`` is rich where the reader shows colour (``styled``, decided by the
    command-line layer from the terminal and NO_COLOR, TERM, FORCE_COLOR, CLICOLOR_FORCE), else plain."""
    if fmt is not Format.AUTO:
        return fmt
    return Format.RICH if styled else Format.PLAIN


def to_format(fmt: Format) -> Renderer:
    """The renderer module of a format (not ``auto``: ``resolve`` it first)."""
    import importlib

    module: Renderer = importlib.import_module(_MODULES[fmt])  # a module, held to Renderer below
    return module


if TYPE_CHECKING:  # only for mypy, which holds every renderer module to it (no class to build at run time)

    class Renderer(Protocol):
        """What every renderer module has: a report's whole text, worded by ``naming`` (the JSON keeps its codes
        and English names; only its messages are in that language)."""

        def lookup(self, answer: Answer, directory: Directory, naming: Naming, *, full: bool = True) -> str: ...

        def faqs(
            self,
            items: tuple[FaqAnswer, ...],
            directory: Directory,
            naming: Naming,
            *,
            query: str | None = None,
            asked: str | None = None,
        ) -> str: ...

        def channels(self, directory: Directory, naming: Naming) -> str: ...

        def countries(self, directory: Directory, naming: Naming) -> str: ...

        def verdict(self, result: Verdict, directory: Directory, naming: Naming) -> str: ...

        def message(self, report: MessageReport, directory: Directory, naming: Naming) -> str: ...

        def audit(self, report: Report, directory: Directory, naming: Naming) -> str: ...

        def sources(self, rows: tuple[SourceRow, ...], directory: Directory, naming: Naming) -> str: ...

    from amexhelp.render import format_json, format_rich, plain

    _CHECKED: tuple[Renderer, ...] = (format_json, format_rich, plain)
