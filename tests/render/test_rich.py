"""Rich output, what a person at a terminal sees: every command rendered at a fixed width (100
columns, pinned in tests/harness.py), read back without its colours."""

from __future__ import annotations

import re

import pytest

from harness import RunCli

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def rich(cli: RunCli, *args: str) -> list[str]:
    result = cli(*args, "--format", "rich")
    assert result.code in (0, 1), result.stderr
    assert "\x1b[" in result.stdout  # styled
    lines = ANSI.sub("", result.stdout).splitlines()
    assert all(len(line) <= 100 for line in lines), max(lines, key=len)
    return lines


def test_lookup_leads_with_the_number_then_panels_with_status(cli: RunCli) -> None:
    lines = rich(cli, "lookup", "my UK card was stolen in Japan", "--all")
    assert lines[0].startswith("Call +44 1273 696933 — American Express United Kingdom")
    text = "\n".join(lines)
    assert "For cards issued in the United Kingdom" in text
    assert "For cards issued in Japan" in text
    assert "confirmed: printed on" in text
    assert "not possible: only from inside Japan" in text
    assert "╭─ 1. " in text


def test_lookup_lists_other_markets_compactly_when_the_card_is_unknown(cli: RunCli) -> None:
    text = "\n".join(rich(cli, "lookup", "--country", "JP", "--need", "lost-card", "--all"))
    assert "Card issued elsewhere?" in text
    assert "• United States: +1 336-393-1111, collect — confirmed" in text


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("faq", "replacement card"), ["6. How long does it take to get a replacement card?"]),
        (("channels",), ["Secure Messaging via Online Account", "Stay safe"]),
        (("countries",), ["Japan", "0120-099-818", "Anywhere else"]),
        (("verify", "+1 800 528 4800"), ["+1 800-528-4800"]),
        (("audit",), ["fictional-pattern", "Markets", "none found"]),
        (("sources", "--kind", "issuer-partner"), ["issuer-partner", "swisscard.ch"]),
    ],
)
def test_every_command_renders(cli: RunCli, args: tuple[str, ...], needles: list[str]) -> None:
    text = "\n".join(rich(cli, *args))
    for needle in needles:
        assert needle in text
    assert "Source:" in text or "sources." in text or "Source" in text
