"""Used by cog to fill README.md's examples from real runs (``cog -r -I tests README.md``).

test_readme.py runs ``cog --check`` so the README cannot drift from the program.
"""

from __future__ import annotations

import shlex

from conftest import run_cli


def show(
    command: str, *, env: dict[str, str | None] | None = None, head: int | None = None, stdin: str | None = None
) -> None:
    """Write a console block: the command, what it printed (stdout then stderr) and a non-zero exit code.
    ``stdin`` is fed to the command, and shown as a printf piped into it."""
    # The cog module of the run under way (not one imported earlier): the README test may run twice.
    import cog  # type: ignore[import-not-found]

    args = shlex.split(command)
    assert args[0] == "amexhelp"
    result = run_cli(*args[1:], env={"NO_COLOR": "1", **(env or {})}, input=stdin)
    output = result.stdout + result.stderr
    lines = output.rstrip("\n").splitlines()
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
