"""The renderer table (render/formats.py) and the command-line layer's reading of the environment."""

from __future__ import annotations

import json

import pytest

from amexhelp.directory.model import Directory
from amexhelp.render.formats import Format, resolve, to_format
from amexhelp.render.naming import Naming
from harness import RunCli

REPORTS = ("lookup", "faqs", "channels", "countries", "verdict", "message", "audit", "sources")


@pytest.mark.parametrize("fmt", [Format.RICH, Format.PLAIN, Format.JSON])
def test_every_format_has_a_renderer_with_every_report(fmt: Format) -> None:
    renderer = to_format(fmt)
    assert all(callable(getattr(renderer, name, None)) for name in REPORTS)


def test_each_format_renders_the_same_report_from_the_same_values(directory: Directory) -> None:
    english = Naming("en")
    texts = {fmt: to_format(fmt).channels(directory, english) for fmt in (Format.RICH, Format.PLAIN, Format.JSON)}
    assert json.loads(texts[Format.JSON])["schema_version"] == 1
    assert "\x1b[" in texts[Format.RICH]  # styled for a terminal, even when not written to one
    assert "\x1b[" not in texts[Format.PLAIN]


def test_auto_is_rich_only_where_output_is_styled() -> None:
    assert resolve(Format.AUTO, styled=True) is Format.RICH
    assert resolve(Format.AUTO, styled=False) is Format.PLAIN
    assert resolve(Format.JSON, styled=True) is Format.JSON


def test_language_comes_first_for_messages(cli: RunCli) -> None:
    """LANGUAGE, a list, names the language of messages before LANG (its first language answered in)."""
    result = cli("lookup", "--country", "XX", env={"LANGUAGE": "eo:fr", "LANG": "de_DE.UTF-8"})
    assert result.stderr.startswith("amexhelp: error: pays inconnu pour --country : 'XX'")


def test_language_names_no_territory(cli: RunCli) -> None:
    """Where you are comes from LANG's territory (Germany), never from LANGUAGE."""
    data = cli("lookup", "lost card", "--json", env={"LANGUAGE": "fr", "LANG": "de_DE.UTF-8"}).json()
    assert data["country"]["code"] == "DE"


def test_the_needs_in_help_are_the_directory_s(cli: RunCli) -> None:
    page = cli("lookup", "--help", env={"COLUMNS": "2000", "NO_COLOR": "1"}).stdout
    assert (
        "What you need: lost-card, fraud, dispute, travel, business, rewards, premium, tty, activation, general."
        in page
    )
    assert "Your card product: personal, business, corporate, platinum, centurion; its own lines come first." in page
    assert "Answer in this language (ar, de, es, fr, hi, it, ja, ko, pt, ru, zh, zh-TW);" in page


def test_a_broken_data_file_still_shows_help(cli: RunCli) -> None:
    result = cli("lookup", "--help", env={"AMEXHELP_DATA": "/nonexistent/directory.json", "NO_COLOR": "1"})
    assert result.code == 0
    assert "What you need:" in result.stdout


def test_a_long_rich_report_is_paged_without_styles(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.pager import Pager

    from amexhelp.render.format_rich import page

    class Recorder(Pager):
        def __init__(self) -> None:
            self.shown: list[str] = []

        def show(self, content: str) -> None:
            self.shown.append(content)

    recorder = Recorder()
    page("\x1b[1mone\x1b[0m row\n" * 500, pager=recorder)  # taller than any terminal the test runs in
    assert recorder.shown == ["one row\n" * 500]
    page("\x1b[1mone\x1b[0m row\n", pager=recorder)  # shorter than the terminal: written as it is
    assert len(recorder.shown) == 1
    assert capsys.readouterr().out == "\x1b[1mone\x1b[0m row\n"
