"""Fixtures and rules for every test: a pinned environment, a fixed day, the bundled directory, the CLI run
in-process (tests/harness.py), and which tests the quick default run leaves to the full one (markers)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory
from amexhelp.render import errors as _errors_in_english  # noqa: F401 - str(error) reads as English
from harness import RunCli, run_cli

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


# The default run is the quick one: pyproject.toml's addopts deselect the tests marked ``slow``
# (`-m "not slow"`); CI runs them apart with `python -m pytest -m slow`, and `-m ""` runs every test.
# Besides the tests marked ``slow`` by hand, these are slow (marked here, before `-m` selects):
# - the tests marked ``exhaustive`` (sweeps over every name, zone or number of the data) or ``reading_floor``
#   (the reader's floor on the labelled corpus), and the property tests (hypothesis);
# - the language matrices (tests parametrized by ``lang`` over every language the tool answers in) in every
#   language but Arabic, which runs right to left (literal tables that name a few languages are never cut).
QUICK_LANGUAGES = ("ar",)
_SLOW_KINDS = ("exhaustive", "reading_floor")
# The quick run's mark expression, as pyproject.toml's addopts give it.
_QUICK = "not slow"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The property tests' module is not even imported by the quick run (hypothesis is slow to import)."""
    if collection_path.name == "test_properties.py" and config.getoption("markexpr") == _QUICK:
        return True
    return None


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by the markers given here
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``slow`` what the quick run leaves out."""
    from tools.catalogs import LANGUAGES

    seen: dict[str, set[str]] = {}
    for item in items:
        lang = _lang_of(item)
        if lang is not None:
            seen.setdefault(_matrix_of(item), set()).add(lang)
    matrices = {name for name, langs in seen.items() if langs >= set(LANGUAGES)}
    for item in items:
        if _is_slow(item, matrices):
            item.add_marker(pytest.mark.slow)


def _is_slow(item: pytest.Item, matrices: set[str]) -> bool:
    lang = _lang_of(item)
    if lang is not None and lang not in QUICK_LANGUAGES and _matrix_of(item) in matrices:
        return True
    if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
        return True
    return any(item.get_closest_marker(kind) for kind in _SLOW_KINDS)


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
    from amexhelp.directory.loading import bundled_document as document

    return document()


@pytest.fixture
def singapore(tmp_path: Path, bundled_document: dict[str, Any]) -> Directory:
    """The bundled directory, with Singapore's second corporate lost-card line open at all hours (its
    first, sg-lost-corporate, opens Mon–Fri 09:00–17:30 Singapore time)."""
    for line in bundled_document["lines"]:
        if line["id"] == "sg-lost-corporate-2":
            line["open_hours"] = {"always": True}
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(bundled_document), encoding="utf-8")
    return load_directory(str(path))
