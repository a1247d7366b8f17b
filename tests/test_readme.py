from __future__ import annotations

import contextlib
import io

from cogapp import Cog

from conftest import REPO


def test_readme_examples_match_real_output() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = Cog().main(["cog", "--check", "-I", str(REPO / "tests"), str(REPO / "README.md")])
    assert status == 0, f"README.md is out of date: run `cog -r -I tests README.md`\n{out.getvalue()}"


def test_readme_starts_with_the_two_commands() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = text.split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert first_block[0].endswith('amexhelp lookup "lost card in Japan"')
    assert first_block[1].endswith("python -m pytest")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest" in ci


def test_the_readme_check_runs_twice_in_one_process() -> None:
    """cog hands each run its own `cog` module: examples written twice must reach the second run too."""
    test_readme_examples_match_real_output()
    test_readme_examples_match_real_output()
