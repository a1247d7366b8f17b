"""Build-time generation of the man page, amexhelp(1), from the commands themselves. Never imported at run time.

    python -m tools.manpage          # rewrite man/amexhelp.1
    python -m tools.manpage --check  # exit 1 if it differs from what the commands give now (a test runs it)

The page is written from the Click command tree Typer builds (each command's help, its arguments and options
with their help, its examples), so it cannot drift from ``--help``. The wheel ships it as
``share/man/man1/amexhelp.1`` (hatch's shared-data, pyproject.toml), where ``man amexhelp`` finds it once the
package is installed in a prefix whose ``share/man`` man reads (a virtual environment's, pipx's, the system's).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from amexhelp import __version__

PAGE = Path(__file__).resolve().parents[1] / "man" / "amexhelp.1"
# Fixed, so that the page is the same whenever it is made (--check compares it).
DATE = "2026-12-07"


def roff(text: str) -> str:
    """Text as roff reads it: backslashes and hyphens escaped, no line starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line if line.startswith((".", "'")) else line) for line in text.splitlines())


def _options(command: Any, ctx: Any) -> list[str]:
    out: list[str] = []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None or param.name in ("install_completion", "show_completion"):
            continue
        names, text = record
        out += [".TP", f".B {roff(names)}", roff(text or "")]
    return out


def _epilog(command: Any) -> list[str]:
    if not command.epilog:
        return []
    heading, _, examples = command.epilog.partition("Examples:")
    out = [".PP", roff(" ".join(heading.split()))] if heading.strip() else []
    lines = [line.strip() for line in examples.splitlines() if line.strip()]
    if lines:
        out += [".PP", "Examples:", ".RS", ".nf", *(roff(line) for line in lines), ".fi", ".RE"]
    return out


def _section(command: Any, parent: Any, path: str) -> list[str]:
    import typer

    ctx = typer.Context(command, info_name=path.rpartition(" ")[2], parent=parent)
    out = [f".SS {roff(path)}", f".B {roff(path)}", roff(" ".join(command.collect_usage_pieces(ctx)))]
    out += [".PP", roff(command.help or "")]
    out += _options(command, ctx) + _epilog(command)
    if hasattr(command, "list_commands"):  # a group (Typer's own copy of click's class)
        for name in command.list_commands(ctx):
            out += _section(command.get_command(ctx, name), ctx, f"{path} {name}")
    return out


def page() -> str:
    import typer

    from amexhelp.cli.console import command_tree

    root: Any = command_tree()
    ctx = typer.Context(root, info_name="amexhelp")
    lines = [
        f'.TH AMEXHELP 1 "{DATE}" "amexhelp {__version__}" "User Commands"',
        ".SH NAME",
        "amexhelp \\- " + roff(root.help.splitlines()[0] if root.help else ""),
        ".SH SYNOPSIS",
        ".B amexhelp",
        "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]...",
        ".SH DESCRIPTION",
        roff(root.help or ""),
        ".SH OPTIONS",
        *_options(root, ctx),
        ".SH COMMANDS",
    ]
    for name in root.list_commands(ctx):
        lines += _section(root.get_command(ctx, name), ctx, f"amexhelp {name}")
    lines += [
        ".SH EXIT STATUS",
        "0 answered; 1 nothing found, or a number not listed; 2 a usage error or bad input; 70 a bug in amexhelp;",
        "130 interrupted; 141 stdout closed. See docs/reference.md for each command's.",
        ".SH ENVIRONMENT",
        ".B AMEXHELP_COUNTRY, AMEXHELP_FROM, AMEXHELP_CARD, AMEXHELP_LANG, AMEXHELP_DATA,"
        " NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE",
        ".SH SEE ALSO",
        "https://github.com/amexhelp/amexhelp",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if man/amexhelp.1 is stale")
    args = parser.parse_args()
    text = page()
    if args.check:
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != text:
            print(f"{PAGE} is stale: run python -m tools.manpage", file=sys.stderr)
            return 1
        return 0
    PAGE.parent.mkdir(exist_ok=True)
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote: {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
