"""Every jq recipe in the README and in --help epilogs runs on jq 1.6 and jq 1.7.

jq 1.6 (Debian 12, Ubuntu 22.04) reads `.e164` as a malformed number ("Invalid numeric literal"); the
recipes write `."e164"`. jq 1.6 is the `jq` program where one is installed (Debian's package); jq 1.7
is the library bundled by the `jq` Python package (test extra). A version that is not present is skipped.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from typing import Any

import pytest

from harness import REPO, run_cli

# `amexhelp ARGS [< FILE] | jq [-r] 'PROGRAM'`, in backticks, code blocks or help text.
_RECIPE = re.compile(r"amexhelp ([^`|\n·]*?)\s*\|\s*jq((?: -[a-z]+)*) '([^']*)'")
COMMANDS = ("lookup", "faq", "channels", "countries", "verify", "audit", "export")
NUMBERS = "+1 336 393 1111\n1-800-935-9935\n+1 800 582 4800\n12\n"


def recipes() -> list[tuple[str, str, str]]:
    found = [match.groups() for match in _RECIPE.finditer((REPO / "README.md").read_text(encoding="utf-8"))]
    for command in COMMANDS:
        shown = run_cli(command, "--help", env={"COLUMNS": "2000", "NO_COLOR": "1"}).stdout
        found.extend(match.groups() for match in _RECIPE.finditer(shown))  # one example a line
    return sorted({(args.strip(), flags.strip(), program) for args, flags, program in found})


RECIPES = recipes()


def test_the_recipes_are_found() -> None:
    programs = [program for _, _, program in RECIPES]
    assert any('"e164"' in program for program in programs)
    assert any("select(.verdict" in program for program in programs)
    assert len(RECIPES) >= 5


def output_of(args: str) -> str:
    words = shlex.split(args)
    stdin = None
    if "<" in words:
        at = words.index("<")
        words, stdin = words[:at], NUMBERS
    result = run_cli(*words, input=stdin)
    assert result.stdout, f"amexhelp {args} printed nothing: {result.stderr}"
    return result.stdout


def jq16() -> str | None:
    program = shutil.which("jq")
    if program is None:
        return None
    version = subprocess.run([program, "--version"], capture_output=True, text=True, check=False).stdout
    return program if version.strip() == "jq-1.6" else None


@pytest.mark.parametrize(("args", "flags", "program"), RECIPES)
def test_recipe_on_jq_1_6(args: str, flags: str, program: str) -> None:
    jq = jq16()
    if jq is None:
        pytest.skip("no jq 1.6 program here (Debian 12's jq package is one)")
    done = subprocess.run(
        [jq, *flags.split(), program], input=output_of(args), capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (0, ""), f"jq 1.6 failed on {program!r}"


@pytest.mark.parametrize(("args", "flags", "program"), RECIPES)
def test_recipe_on_jq_1_7(args: str, flags: str, program: str) -> None:
    jq: Any = pytest.importorskip("jq")
    jq.compile(program).input_text(output_of(args)).all()  # raises on a compile or run error


def test_the_old_recipe_fails_on_jq_1_6_and_the_new_one_works() -> None:
    jq = jq16()
    if jq is None:
        pytest.skip("no jq 1.6 program here")
    document = '{"lines": [{"e164": "+81120099818"}]}'
    old = subprocess.run([jq, "-r", ".lines[0].e164"], input=document, capture_output=True, text=True, check=False)
    assert old.returncode != 0
    assert "Invalid numeric literal" in old.stderr
    new = subprocess.run([jq, "-r", '.lines[0]."e164"'], input=document, capture_output=True, text=True, check=False)
    assert new.stdout == "+81120099818\n"
