"""Shared fixtures: run the real CLI entry point (main) in-process, with a pinned environment."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from amexhelp.cli._app import main
from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory

REPO = Path(__file__).resolve().parents[1]
SOURCE_TEXT = REPO.parent / "shared" / "source" / "amex-support-guide.txt"

# Pinned so output does not depend on the developer's terminal (width, colour, defaults).
BASE_ENV: dict[str, str | None] = {
    "COLUMNS": "100",
    "LINES": "50",
    "TERM": "xterm-256color",
    "NO_COLOR": None,
    "FORCE_COLOR": None,
    "AMEXHELP_COUNTRY": None,
    "AMEXHELP_DATA": None,
    "AMEXHELP_FROM": None,
    "AMEXHELP_CARD": None,
    "AMEXHELP_DEBUG": None,
    "LANG": "C.UTF-8",
    "LC_ALL": None,
    "LC_MESSAGES": None,
    "LANGUAGE": None,
}


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


RunCli = Callable[..., Run]


def run_cli(*args: str, env: Mapping[str, str | None] | None = None, input: str | None = None) -> Run:
    with CliRunner().isolation(input=input, env={**BASE_ENV, **(env or {})}) as (out, err, _):
        code = main(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        return Run(code, out.getvalue().decode(), err.getvalue().decode())


# The languages every "in every language" test runs in by default: a Latin script with accents, a CJK script
# and a right-to-left one. `--languages=rest` runs those tests in the other nine (CI runs both), and
# `--languages=all` in all twelve, so the default run stays quick (docs/development.md).
QUICK_LANGUAGES = ("es", "ja", "ar")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--languages",
        choices=("quick", "rest", "all"),
        default="quick",
        help="the languages of tests run in every language: es, ja, ar (quick, the default), the other nine"
        " (rest: only those tests), or all twelve",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the language matrices to the chosen languages. A matrix is a test parametrized by ``lang``
    over every language the tool answers in; a table that names a few languages is never cut."""
    from tools.catalogs import LANGUAGES

    wanted = config.getoption("--languages")
    if wanted == "all":
        return
    seen: dict[str, set[str]] = {}
    for item in items:
        lang = _lang_of(item)
        if lang is not None:
            seen.setdefault(_matrix_of(item), set()).add(lang)
    matrices = {name for name, langs in seen.items() if langs >= set(LANGUAGES)}
    keep, drop = [], []
    for item in items:
        lang = _lang_of(item)
        in_matrix = lang is not None and _matrix_of(item) in matrices
        if wanted == "quick":
            (drop if in_matrix and lang not in QUICK_LANGUAGES else keep).append(item)
        else:  # rest: only the matrices' other languages
            (keep if in_matrix and lang not in QUICK_LANGUAGES else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def _lang_of(item: pytest.Item) -> str | None:
    callspec = getattr(item, "callspec", None)
    value = callspec.params.get("lang") if callspec is not None else None
    return value if isinstance(value, str) else None


def _matrix_of(item: pytest.Item) -> str:
    """The test and its other parameters: one matrix, whatever the language."""
    callspec = getattr(item, "callspec", None)
    others = {k: repr(v) for k, v in callspec.params.items() if k != "lang"} if callspec is not None else {}
    return f"{item.nodeid.split('[', 1)[0]}|{sorted(others.items())}"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Every test session starts cold: no directory, table or checker kept by an earlier session in the
    same process (the README check, or mutation testing, which runs each mutant's tests in a process
    forked from one that has already run the suite). What a test sees is what the code builds now."""
    for name, module in list(sys.modules.items()):
        if name == "amexhelp" or name.startswith("amexhelp."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", None) == name:
                    clear()


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the data-file cache of every test out of the developer's home."""
    import os

    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def directory() -> Directory:
    """The bundled directory (named explicitly: whatever AMEXHELP_DATA the developer has set)."""
    return load_directory(None)


@pytest.fixture
def cli() -> RunCli:
    return run_cli


@pytest.fixture
def bundled_document() -> dict[str, Any]:
    from importlib.resources import files

    document: dict[str, Any] = json.loads(files("amexhelp").joinpath("data/directory.json").read_text("utf-8"))
    return document


@pytest.fixture
def small_document(bundled_document: dict[str, Any]) -> dict[str, Any]:
    """A small directory for the schema's checks: the bundled file with its first eight lines, France's,
    Japan's and Korea's general lines and its fallback line, the sources they cite and six markets
    (checking the whole bundled file costs a tenth of a second; these tests check hundreds)."""
    lines = bundled_document["lines"]
    named = {"fr-general", "jp-general", "kr-general", bundled_document["fallback_line"]}
    kept = [*lines[:8], *(line for line in lines[8:] if line["id"] in named)]
    cited = {e["source"] for line in kept for e in line["evidence"]}
    for name in ("channels", "faqs", "withdrawn_ranges"):
        cited |= {item["source"] for item in bundled_document.get(name, []) if item.get("source")}
    sources = [source for i, source in enumerate(bundled_document["sources"]) if i < 3 or source["id"] in cited]
    return {**bundled_document, "lines": kept, "sources": sources, "markets": bundled_document["markets"][:6]}


def worded(answer: Any) -> list[str]:
    """An answer's notices as the English renderer words them."""
    from amexhelp.render._notices import word

    return [word(notice) for notice in answer.notices]


def messages(data: Any) -> list[str]:
    """The messages of a JSON answer's notices (each an object with a code and a message)."""
    return [notice["message"] for notice in data["notices"]]
