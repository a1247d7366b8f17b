"""What the tests share beside their fixtures: the real CLI entry point (main) run in-process with a pinned
environment, the repository's paths, and a notice as the English renderer words it.

A plain module, imported by name (``from harness import RunCli``): the tests' folder is on the path
(pyproject.toml's ``pythonpath``), and so is it for cog (``cog -r -I tests README.md docs/*.md``). The fixtures
live in the conftest.py of the folder that needs them; nothing imports a conftest.py."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from amexhelp.cli._app import main

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


def worded(answer: Any) -> list[str]:
    """An answer's notices as the English renderer words them."""
    from amexhelp.render._notices import word

    return [word(notice) for notice in answer.notices]


def messages(data: Any) -> list[str]:
    """The messages of a JSON answer's notices (each an object with a code and a message)."""
    return [notice["message"] for notice in data["notices"]]
