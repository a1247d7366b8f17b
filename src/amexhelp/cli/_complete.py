"""Shell completion that a shell can take as it is: bash inserts a completion exactly as given, so a value
with a space ("United Kingdom") would become two words; it is given with its spaces and quotes escaped
("United\\ Kingdom"). zsh and fish quote what they insert themselves. Typer 0.28 (pinned) formats bash's
completions in ``BashComplete.format_completion``, replaced here for the run that completes."""

from __future__ import annotations

import re
from typing import Any

# What bash reads as a word of its own, left as it is; anything else is escaped with a backslash.
_PLAIN = re.compile(r"[^\w@%+=:,./-]")


def escaped(value: str) -> str:
    """``value`` as one bash word: "United Kingdom" -> "United\\ Kingdom", "Côte d'Ivoire" -> "Côte\\ d\\'Ivoire"."""
    return _PLAIN.sub(lambda found: "\\" + found.group(0), value)


def quote_bash_completions() -> None:
    from typer._completion_classes import BashComplete

    def format_completion(self: Any, item: Any) -> str:
        return escaped(item.value)

    BashComplete.format_completion = format_completion  # type: ignore[method-assign]
