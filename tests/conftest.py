"""Shared fixtures: run the real CLI entry point (main) in-process, with a pinned environment."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from amexhelp.cli._app import main
from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory
from amexhelp.render import errors as _errors_in_english  # noqa: F401 - str(error) reads as English

# Every test, and every process a test starts, runs in this environment whatever the developer exported:
# no amexhelp setting, locale, time zone, colour or width of theirs, and a home of its own (so the cache,
# and anything else written under ~, stays in the test's temporary folder).
_UNSET_PREFIXES = ("AMEXHELP_", "LC_", "XDG_")
_UNSET = ("LANG", "LANGUAGE", "TZ", "NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "COLUMNS")


@pytest.fixture(autouse=True)
def _hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import os
    import time

    for name in list(os.environ):
        if name.startswith(_UNSET_PREFIXES) or name in _UNSET:
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


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


# The default run is the quick suite; CI also runs the rest (`--suite=rest`), and `--suite=all` runs both:
# - the tests run in every language ("language matrices": parametrized by ``lang`` over every language the
#   tool answers in) run by default in Arabic, right to left (literal tables name others, Japanese among them);
# - tests marked ``exhaustive`` (sweeps over every name, zone or number of the data), the reader's floor on
#   the labelled corpus (``reading_floor``) and the property tests (hypothesis) run only in the rest.
QUICK_LANGUAGES = ("ar",)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--suite",
        choices=("quick", "rest", "all"),
        default="quick",
        help="quick (the default: language matrices in Arabic, no exhaustive sweeps), rest (only what"
        " quick leaves out: CI runs both) or all",
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The property tests' module is not even imported by the quick suite (hypothesis is slow to import)."""
    if collection_path.name == "test_properties.py" and config.getoption("--suite") == "quick":
        return True
    return None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "exhaustive: a sweep over all of the data; run by --suite=rest or all")
    config.addinivalue_line(
        "markers", "reading_floor: the reader's floor on the labelled corpus; run by --suite=rest or all"
    )


def in_quick_suite(item: pytest.Item, matrices: set[str]) -> bool:
    lang = _lang_of(item)
    if lang is not None and _matrix_of(item) in matrices and lang not in QUICK_LANGUAGES:
        return False
    is_property = getattr(getattr(item, "obj", None), "is_hypothesis_test", False)
    rest_only = item.get_closest_marker("exhaustive") or item.get_closest_marker("reading_floor")
    return rest_only is None and not is_property


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep the suite asked for. A language matrix is a test parametrized by ``lang`` over every language
    the tool answers in; a table that names a few languages is never cut."""
    from tools.catalogs import LANGUAGES

    suite = config.getoption("--suite")
    if suite == "all":
        return
    seen: dict[str, set[str]] = {}
    for item in items:
        lang = _lang_of(item)
        if lang is not None:
            seen.setdefault(_matrix_of(item), set()).add(lang)
    matrices = {name for name, langs in seen.items() if langs >= set(LANGUAGES)}
    keep, drop = [], []
    for item in items:
        (keep if in_quick_suite(item, matrices) == (suite == "quick") else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def languages_in_suite(config: pytest.Config) -> tuple[str, ...]:
    """For a test that loops over the languages itself: the quick ones by default, all of them otherwise."""
    from tools.catalogs import LANGUAGES

    return QUICK_LANGUAGES if config.getoption("--suite") == "quick" else LANGUAGES


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


@pytest.fixture(autouse=True)
def _a_fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The day the data's age is counted to, fixed: answers do not change (an age notice appears) as the
    real calendar passes 180 days after the data's date. Tests of that notice set another day."""
    from datetime import date

    from amexhelp.cli import _environment

    monkeypatch.setattr(_environment, "today", lambda: date(2026, 12, 7))


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
    """A small directory for the schema's checks: the bundled file with its first six lines, France's,
    Japan's and Korea's general lines and its fallback line, the sources they cite and three markets
    (checking the whole bundled file costs a tenth of a second; these tests check hundreds)."""
    lines = bundled_document["lines"]
    named = {"fr-general", "jp-general", "kr-general", bundled_document["fallback_line"]}
    kept = [*lines[:6], *(line for line in lines[6:] if line["id"] in named)]
    cited = {e["source"] for line in kept for e in line["evidence"]}
    for name in ("channels", "faqs", "withdrawn_ranges"):
        cited |= {item["source"] for item in bundled_document.get(name, []) if item.get("source")}
    sources = [source for i, source in enumerate(bundled_document["sources"]) if i < 3 or source["id"] in cited]
    return {**bundled_document, "lines": kept, "sources": sources, "markets": bundled_document["markets"][:3]}


def worded(answer: Any) -> list[str]:
    """An answer's notices as the English renderer words them."""
    from amexhelp.render._notices import word

    return [word(notice) for notice in answer.notices]


def messages(data: Any) -> list[str]:
    """The messages of a JSON answer's notices (each an object with a code and a message)."""
    return [notice["message"] for notice in data["notices"]]
