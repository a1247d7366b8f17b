"""Used by cog to fill README.md's examples from real runs (``cog -r -I tests README.md``).

test_readme.py runs ``cog --check`` so the README cannot drift from the program.
"""

from __future__ import annotations

import contextlib
import re
import shlex
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from harness import run_cli

# Every example runs at this moment unless it names its own: whether a line is open now must read the
# same whenever the documents are checked.
EXAMPLE_MOMENT = "2026-12-03T12:00:00+00:00"


@contextlib.contextmanager
def _frozen(now: str | None) -> Iterator[None]:
    """The command line's clock stopped at ``now`` (EXAMPLE_MOMENT when not given), in whatever zone the run
    asks for."""
    now = now or EXAMPLE_MOMENT
    from amexhelp.cli import _environment as cli

    moment = datetime.fromisoformat(now)
    real = cli.clock

    def clock(zone: Any) -> Any:
        return moment.astimezone(zone) if zone is not None else moment

    cli.clock = clock  # type: ignore[assignment]
    try:
        yield
    finally:
        cli.clock = real  # type: ignore[assignment]


def show(
    command: str,
    *,
    env: dict[str, str | None] | None = None,
    head: int | None = None,
    grep: str | None = None,
    now: str | None = None,
    stdin: str | None = None,
) -> None:
    """Write a console block: the command, what it printed (stdout then stderr) and a non-zero exit code.
    ``grep``: only the first line and the lines that match it (a regular expression), "…" for the rest; ``now``: the
    clock frozen at that moment (ISO 8601 with offset), so that opening hours read the same every run; ``stdin``:
    fed to the command, and shown as a printf piped into it."""
    # The cog module of the run under way (not one imported earlier): the README test may run twice.
    import cog  # type: ignore[import-not-found]

    args = shlex.split(command)
    assert args[0] == "amexhelp"
    with _frozen(now):
        result = run_cli(*args[1:], env={"NO_COLOR": "1", **(env or {})}, input=stdin)
    output = result.stdout + result.stderr
    lines = output.rstrip("\n").splitlines()
    if grep is not None:
        kept = [lines[0]]
        for line in lines[1:]:
            if re.search(grep, line):
                kept.append(line)
            elif kept[-1] != "…":
                kept.append("…")
        lines = kept
    if head is not None and len(lines) > head:
        lines = [*lines[:head], "…"]
    prefix = " ".join(f"{k}={v}" for k, v in (env or {}).items() if v is not None)
    if stdin is not None:
        assert "'" not in stdin
        prefix = f"printf '{stdin.replace(chr(10), chr(92) + 'n')}' |" + (f" {prefix}" if prefix else "")
    cog.outl("```console")
    cog.outl(f"$ {prefix + ' ' if prefix else ''}{command}")
    for line in lines:
        cog.outl(line.rstrip())
    if result.code:
        cog.outl(f"$ echo $?\n{result.code}")
    cog.outl("```")
