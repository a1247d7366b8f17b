"""The man page is generated from the commands (tools/manpage.py) and current."""

from __future__ import annotations

from tools.manpage import PAGE, page, roff


def test_the_man_page_is_current() -> None:
    assert PAGE.read_text(encoding="utf-8") == page(), "stale: run python -m tools.manpage"


def test_the_man_page_holds_every_command_and_its_examples() -> None:
    text = page()
    for command in ("lookup", "faq", "channels", "countries", "verify", "audit", "sources", "export", "schema"):
        assert f".SS amexhelp {command}\n" in text
    assert ".SS amexhelp data install\n" in text
    assert "amexhelp lookup \\-\\-country JP \\-\\-from US\n" in text
    assert roff(".x\n-y\\z") == "\\&.x\n\\-y\\ez"
