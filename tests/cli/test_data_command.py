"""`amexhelp data`: show, check, install and remove a data file; the installed file answers without any
variable, every answer names it, `verify` says when only it lists a number, and old data gets a notice."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from harness import RunCli

# A number of Dubai's that the bundled directory does not list, added by the local file below.
LOCAL_NUMBER = "+97142345678"


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """A data home of the test's own (the installed file goes there)."""
    return {"XDG_DATA_HOME": str(tmp_path / "data-home")}


@pytest.fixture
def local_file(tmp_path: Path, bundled_document: dict[str, Any]) -> Path:
    """The bundled data plus one line for a number it does not list, as a "data update" could hold."""
    document = json.loads(json.dumps(bundled_document))
    line = dict(document["lines"][0])
    for derived in ("international", "national", "number_region", "number_type", "home_dial", "abroad_ok"):
        line.pop(derived, None)
    line.pop("abroad_reason", None)
    line.update(id="ae-extra", country="AE", display="04 234 5678", e164=LOCAL_NUMBER, toll_free=False)
    document["lines"].append(line)
    path = tmp_path / "update.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def installed_at(home: dict[str, str]) -> Path:
    return Path(home["XDG_DATA_HOME"]) / "amexhelp" / "directory.json"


def test_the_data_directory_is_platformdirs_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    platformdirs = pytest.importorskip("platformdirs")
    from amexhelp.cli._environment import data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_dir() == platformdirs.user_data_dir("amexhelp", appauthor=False) == str(tmp_path / "amexhelp")
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "someone"))
    assert data_dir() == platformdirs.user_data_dir("amexhelp", appauthor=False)
    assert data_dir() == str(tmp_path / "someone" / ".local" / "share" / "amexhelp")


def test_install_then_every_answer_uses_and_names_it(cli: RunCli, home: dict[str, str], local_file: Path) -> None:
    result = cli("data", "install", str(local_file), env=home)
    assert result.code == 0, result.stderr
    target = installed_at(home)
    assert target.read_bytes() == local_file.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["directory.json"]  # no temporary file left
    today = date.fromtimestamp(target.stat().st_mtime).isoformat()

    data = cli("lookup", "--country", "AE", "--json", env=home).json()
    assert data["source"]["data"] == {"path": str(target), "bundled": False, "installed": True, "date": today}
    assert "data-override" in [notice["code"] for notice in data["notices"]]
    text = cli("lookup", "--country", "AE", env=home).stdout
    assert f"(local data file {target}, installed on {today})" in text

    verdict = cli("verify", "+971 4 234 5678", env=home)
    assert verdict.stdout.splitlines()[0] == (
        f"LISTED (LOCAL FILE): +971 4 234 5678 is listed in a local data file ({target}, installed on {today}), not in"
        " the bundled directory: anyone can write such a file, so confirm the number with the issuer."
    )
    assert cli("verify", "+971 4 234 5678", "--json", env=home).json()["local_only"] is True
    # A number the bundled directory lists too is vouched for by it: plain LISTED, naming both.
    bundled = cli("verify", "+1 800 528 4800", "--json", env=home).json()
    assert (bundled["verdict"], bundled["local_only"]) == ("listed", False)
    assert cli("verify", "+1 800 528 4800", env=home).stdout.splitlines()[0] == (
        f"LISTED: +1 800-528-4800 is listed in a local data file ({target}, installed on {today}) and in the"
        " bundled directory."
    )


def test_a_file_named_by_the_environment_is_named_by_verify(cli: RunCli, local_file: Path) -> None:
    """``AMEXHELP_DATA=copy.json amexhelp verify "+1 800 528 4800"`` says the listing comes from that file,
    though the bundled directory lists the number too."""
    copy = local_file
    dated = date.fromtimestamp(copy.stat().st_mtime).isoformat()
    head = cli("verify", "+1 800 528 4800", env={"AMEXHELP_DATA": str(copy)}).stdout.splitlines()[0]
    assert head == (
        f"LISTED: +1 800-528-4800 is listed in a local data file ({copy}, from AMEXHELP_DATA, dated {dated}) and in"
        " the bundled directory."
    )
    bundled = cli("verify", "+1 800 528 4800").stdout.splitlines()[0]
    assert bundled == "LISTED: +1 800-528-4800 is in this American Express support directory."


def test_a_local_only_listing_is_said_in_the_language_asked(
    cli: RunCli, home: dict[str, str], local_file: Path
) -> None:
    assert cli("data", "install", str(local_file), env=home).code == 0
    head = cli("verify", "+971 4 234 5678", "--lang", "fr", env=home).stdout.splitlines()[0]
    assert head.startswith(
        "RÉPERTORIÉ (FICHIER LOCAL)\u00a0: +971 4 234 5678 figure dans un fichier de données local ("
    )
    assert "pas dans l'annuaire fourni" in head


def test_the_variable_wins_over_the_installed_file(
    cli: RunCli, home: dict[str, str], local_file: Path, tmp_path: Path, bundled_document: dict[str, Any]
) -> None:
    assert cli("data", "install", str(local_file), env=home).code == 0
    other = tmp_path / "other.json"
    other.write_text(json.dumps(bundled_document), encoding="utf-8")
    data = cli("lookup", "--country", "AE", "--json", env={**home, "AMEXHELP_DATA": str(other)}).json()
    assert (data["source"]["data"]["path"], data["source"]["data"]["installed"]) == (str(other), False)
    head = cli("verify", "+971 4 234 5678", env={**home, "AMEXHELP_DATA": str(local_file)}).stdout.splitlines()[0]
    assert head.startswith(
        f"LISTED (LOCAL FILE): +971 4 234 5678 is listed in a local data file ({local_file}, from AMEXHELP_DATA, dated "
    )


def test_the_bundled_data_is_printed_as_one_document_a_data_file_holds(
    cli: RunCli, home: dict[str, str], tmp_path: Path
) -> None:
    printed = cli("data", "document", env=home)
    assert (printed.code, printed.stderr) == (0, "")
    document = json.loads(printed.stdout)
    assert printed.stdout.startswith('{\n  "schema_version": 2,\n  "services": {\n    "general": ')
    assert list(document)[:5] == ["schema_version", "services", "fallback_line", "areas", "lines"]
    assert document["lines"][0]["id"] == "ae-general"
    assert len(document["lines"]) == 131
    assert document["source"]["as_of"] == "2026-11-28"
    copy = tmp_path / "copy.json"
    copy.write_text(printed.stdout, encoding="utf-8")
    assert cli("data", "document", env={**home, "AMEXHELP_DATA": str(copy)}).stdout == printed.stdout
    from_copy = cli("lookup", "--country", "JP", "--json", env={**home, "AMEXHELP_DATA": str(copy)}).json()
    assert from_copy["lines"] == cli("lookup", "--country", "JP", "--json", env=home).json()["lines"]


def test_check_installs_nothing_and_a_bad_file_is_refused(cli: RunCli, home: dict[str, str], tmp_path: Path) -> None:
    bundled = str(tmp_path / "directory.json")
    with open(bundled, "w", encoding="utf-8") as handle:
        handle.write(cli("data", "document", env=home).stdout)
    result = cli("data", "check", bundled, env=home)
    assert result.code == 0
    assert result.stdout == (
        f"{bundled}: valid (schema 2, 131 lines, issuer pages and a third-party guide, as of 2026-11-28);"
        " audit: 0 problem(s)\n"
    )
    assert not installed_at(home).exists()
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 7}', encoding="utf-8")
    for command in ("check", "install"):
        refused = cli("data", command, str(bad), env=home)
        assert refused.code == 2
        assert refused.stdout == ""
        assert refused.stderr.startswith(f"amexhelp: error: invalid directory data in {bad}")
    assert not installed_at(home).exists()


def test_remove_then_the_bundled_data_answers(cli: RunCli, home: dict[str, str], local_file: Path) -> None:
    assert cli("data", "remove", env=home).code == 1  # nothing installed
    assert cli("data", "install", str(local_file), env=home).code == 0
    removed = cli("data", "remove", env=home)
    assert (removed.code, removed.stdout) == (0, f"removed {installed_at(home)}\n")
    assert cli("lookup", "--country", "AE", "--json", env=home).json()["source"]["data"]["bundled"] is True
    assert cli("verify", "+971 4 234 5678", env=home).code == 1


def test_show_says_where_the_data_comes_from(
    cli: RunCli, home: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from amexhelp.cli import _environment

    monkeypatch.setattr(_environment, "today", lambda: date(2026, 12, 7))
    shown = cli("data", "show", "--json", env=home).json()
    assert shown["in_use"] == "bundled"
    assert (shown["as_of"], shown["age_days"], shown["installed"]) == ("2026-11-28", 9, False)
    assert len(shown["sha256"]) == 64
    assert shown["installed_path"] == str(installed_at(home))


def test_old_data_gets_a_notice_and_its_age(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock a year ahead: the bundled data (as of 2026-11-28) is 374 days old on 2027-12-07."""
    from amexhelp.cli import _environment

    monkeypatch.setattr(_environment, "today", lambda: date(2027, 12, 7))
    data = cli("lookup", "--country", "JP", "--json").json()
    assert data["source"]["age_days"] == 374
    notice = (
        "Notice: this data is 374 days old (as of 2026-11-28); numbers change: get newer data (amexhelp data"
        " install FILE) or confirm the number with the issuer."
    )
    assert notice in cli("lookup", "--country", "JP").stdout
    assert notice in cli("verify", "+1 800 528 4800").stdout
    assert cli("faq", "--json").json()["source"]["age_days"] == 374
    assert "Aviso: estos datos tienen 374 días" in cli("lookup", "--country", "JP", "--lang", "es").stdout
    # 180 days is not yet old; 181 is.
    monkeypatch.setattr(_environment, "today", lambda: date(2027, 5, 27))
    assert cli("lookup", "--country", "JP", "--json").json()["source"]["age_days"] is None
    monkeypatch.setattr(_environment, "today", lambda: date(2027, 5, 28))
    assert cli("lookup", "--country", "JP", "--json").json()["source"]["age_days"] == 181


def test_jq_filters_the_json(cli: RunCli) -> None:
    pytest.importorskip("jq")
    assert cli("lookup", "--country", "JP", "--json", "--jq", ".lines[0].e164").stdout == "+81120020120\n"
    assert cli("lookup", "--country", "JP", "--jq", ".lines[0:2] | map(.e164)").stdout == (
        '["+81120020120", "+81332206100"]\n'
    )
    batch = cli("verify", "-", "--jq", ".verdict", input="+1 800 528 4800\n12\n+1 800 528 4801\n")
    assert (batch.code, batch.stdout) == (1, "listed\nnull\nsuspicious\n")
    bad = cli("lookup", "--country", "JP", "--jq", ".lines[")
    assert (bad.code, bad.stdout) == (2, "")
    assert bad.stderr.startswith("amexhelp: error: jq cannot run the --jq expression '.lines[': ")
    assert cli("lookup", "--country", "JP", "--jq", ".x", "--format", "rich").code == 2


def test_jq_missing_is_one_line_that_says_how_to_install_it(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jq", None)  # import jq then raises ImportError
    result = cli("countries", "--jq", ".countries | length")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "amexhelp: error: --jq needs the jq package, which is not installed"
        " (install it with: pip install 'amexhelp[jq]')\n"
    )


def test_brief_says_on_stderr_what_it_assumed_and_exits_1_when_the_place_was_guessed(cli: RunCli) -> None:
    guessed = cli("lookup", "lost card in Japna", "--brief")
    assert (guessed.code, guessed.stdout) == (1, "0120-020-120\n03-3220-6100\n0120-099-818\n+1 602-785-5000\n")
    assert (
        "Notice: Did not recognise 'Japna': read it as Japan, the closest name; name the country (--country) if"
        " that is wrong."
    ) in guessed.stderr.splitlines()
    understood = cli("lookup", "--country", "GB", "--need", "lost-card", "--brief")
    assert understood.code == 0
    assert understood.stdout.splitlines()[0] == "0800 917 8047"


@pytest.mark.parametrize("variable", ["FORCE_COLOR", "CLICOLOR_FORCE"])
def test_colour_can_be_forced_on_a_pipe_but_never_against_no_color(cli: RunCli, variable: str) -> None:
    assert "\x1b[" in cli("lookup", "--country", "JP", env={variable: "1", "NO_COLOR": None}).stdout
    assert "\x1b[" not in cli("lookup", "--country", "JP", env={variable: "0", "NO_COLOR": None}).stdout
    assert "\x1b[" not in cli("lookup", "--country", "JP", env={variable: "1", "NO_COLOR": "1"}).stdout


@pytest.mark.parametrize("env", [{"NO_COLOR": None}, {"NO_COLOR": None, "TERM": "dumb"}])
def test_help_on_a_pipe_draws_no_boxes(cli: RunCli, env: dict[str, str | None]) -> None:
    page = cli("lookup", "--help", env=env).stdout
    assert not any(0x2500 <= ord(char) <= 0x257F for char in page)  # the box-drawing block
    assert "Examples:" in page
    assert "\n amexhelp lookup --country JP --from US" in page


def test_only_the_number_to_dial_is_coloured_and_unconfirmed_is_not_green(cli: RunCli) -> None:
    from rich.text import Text

    from amexhelp.directory.loading import load_directory
    from amexhelp.lookup.answer import answer
    from amexhelp.render.naming import ENGLISH_NAMES
    from amexhelp.render.richtext import _headline
    from amexhelp.render.view import lookup_view

    directory = load_directory(None)
    result = answer(directory, None, country_option="JP")  # its first line is guide-only: "unconfirmed"
    assert result.first is not None
    head: Text = _headline(result, lookup_view(result, directory, ENGLISH_NAMES).headline, ENGLISH_NAMES)
    styled = {head.plain[span.start : span.end]: str(span.style) for span in head.spans}
    assert styled == {"0120-020-120": "bold cyan", "unconfirmed: printed by 2 independent pages": "yellow"}
    assert "green" not in str(head.style)


def test_verify_leads_with_the_listed_number_a_look_alike_imitates(cli: RunCli) -> None:
    lines = cli("verify", "+1 800 528 4801").stdout.splitlines()
    assert lines[:2] == [
        "SUSPICIOUS: +1 800-528-4801 shows signs of a scam number.",
        "The listed number it imitates: +1 800-528-4800, American Express United States: General Customer Service"
        " (Credit, Charge, and Prepaid Cards) (confirmed).",
    ]
    assert lines[2].startswith("WARNING [look-alike]:")


def test_the_installed_file_is_written_whole_or_not_at_all(
    cli: RunCli, home: dict[str, str], local_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing)
    result = cli("data", "install", str(local_file), env=home)
    assert result.code == 2
    assert result.stderr == f"amexhelp: error: cannot write {installed_at(home)}: No space left on device\n"
    assert list(installed_at(home).parent.iterdir()) == []


def test_bash_completion_escapes_what_bash_would_split() -> None:
    import subprocess

    env = {
        **os.environ,
        "_AMEXHELP_COMPLETE": "complete_bash",
        "COMP_WORDS": "amexhelp lookup --country United\\ K",
        "COMP_CWORD": "3",
    }
    code = "from amexhelp.cli.console import run; run()"
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert shown.stdout.splitlines() == ["United\\ Kingdom"]
    from amexhelp.cli._complete import escaped

    assert escaped("Côte d'Ivoire") == "Côte\\ d\\'Ivoire"
    assert escaped("JP") == "JP"


def test_a_long_report_on_a_terminal_goes_through_the_pager_without_styles(capsys: pytest.CaptureFixture[str]) -> None:
    from rich.pager import Pager
    from rich.text import Text

    from amexhelp.render.richtext import print_renderable

    shown: list[str] = []

    class Recorder(Pager):
        def show(self, content: str) -> None:
            shown.append(content)

    long = Text("\n".join(f"row {n}" for n in range(500)), style="bold green")
    print_renderable(long, paged=True, pager=Recorder())
    assert len(shown) == 1
    assert shown[0].splitlines()[:2] == ["row 0", "row 1"]
    assert "\x1b[" not in shown[0]
    assert capsys.readouterr().out == ""
    print_renderable(Text("one row"), paged=True, pager=Recorder())  # shorter than the terminal: no pager
    assert len(shown) == 1
    assert "one row" in capsys.readouterr().out


def test_progress_passes_every_answer_through_in_order() -> None:
    from amexhelp.render.progress import counted

    assert list(counted(iter(range(2500)), step=1000)) == list(range(2500))
    assert list(counted([])) == []


def test_a_batch_and_a_message_name_the_local_file_too(cli: RunCli, home: dict[str, str], local_file: Path) -> None:
    assert cli("data", "install", str(local_file), env=home).code == 0
    target = installed_at(home)
    today = date.fromtimestamp(target.stat().st_mtime).isoformat()
    numbers = "+971 4 234 5678\n+1 800 528 4800\n"
    records = [json.loads(line) for line in cli("verify", "-", "--json", input=numbers, env=home).stdout.splitlines()]
    assert [(r["verdict"], r["local_only"]) for r in records] == [("listed", True), ("listed", False)]
    text = cli("verify", "-", input=numbers, env=home).stdout.splitlines()
    assert text[0] == f"listed\t+971 4 234 5678\tae-extra (guide-only) (local data file {target}, installed on {today})"
    assert text[1] == "listed\t+1 800 528 4800\tus-general (confirmed)"
    report = cli("verify", "--message", "-", input="Call +971 4 234 5678 now", env=home).stdout
    assert f"(local data file {target}, installed on {today})" in report
