from __future__ import annotations

import contextlib
import io

from cogapp import Cog

from harness import REPO

# The documents whose examples are real runs (cog blocks), checked here so that they never drift.
DOCUMENTS = ["README.md", *sorted(str(path.relative_to(REPO)) for path in (REPO / "docs").glob("*.md"))]


def test_readme_examples_match_real_output() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = Cog().main(["cog", "--check", "-I", str(REPO / "tests"), *(str(REPO / d) for d in DOCUMENTS)])
    assert status == 0, f"out of date: run `cog -r -I tests README.md docs/*.md`\n{out.getvalue()}"


def test_the_readme_links_every_document() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert [d for d in DOCUMENTS[1:] if f"({d})" not in readme] == []
    assert len(readme.splitlines()) < 200


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
