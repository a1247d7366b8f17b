"""Hostile input, tampered data, closed pipes: never a traceback, never a lie."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.sanitize import clean, clean_json
from harness import RunCli

HOSTILE = (
    "\x1b]8;;https://evil.example/\x07CALL +1 900 555 0100\x1b]8;;\x07 [bold red]urgent[/]"
    " \x1b[31mred\x1b[0m \u202eevil\u202c \x9b31m"
)


def tampered(tmp_path: Path, document: dict[str, Any]) -> Path:
    doc = json.loads(json.dumps(document))
    for line in doc["lines"]:
        if line["id"] == "jp-lost":  # the first line for a lost card in Japan
            line["label"] = HOSTILE
            line["notes"] = [HOSTILE]
    doc["needs"][0]["advice"] = [HOSTILE]
    path = tmp_path / "tampered.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def assert_inert(text: str) -> None:
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in text, repr(raw)


def test_clean_escapes_controls_and_keeps_text() -> None:
    assert clean("a\x1b[31mb\nc\u202ed") == "a\\x1b[31mb\\x0ac\\u202ed"
    assert clean("東京 — México [b]x[/b]") == "東京 — México [b]x[/b]"
    assert clean_json('"\x9b \u2028 é"') == '"\\u009b \\u2028 é"'


@pytest.mark.parametrize("fmt", ["plain", "rich", "json"])
def test_data_file_content_is_shown_as_text_never_acted_on(
    cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any], fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The renderers' own defence, behind the data check that refuses such a file (turned off here)."""
    import amexhelp.directory.validation

    monkeypatch.setattr(amexhelp.directory.validation, "_plain_texts", lambda document, fail: None)
    path = tampered(tmp_path, bundled_document)
    result = cli("lookup", "lost card in Japan", "--format", fmt, env={"AMEXHELP_DATA": str(path)})
    assert result.code == 0
    if fmt == "rich":
        assert "\x1b]8" not in result.stdout  # no hyperlink from the data
        assert "\x1b[31mred" not in result.stdout
        assert "[bold red]urgent[/]" in result.stdout  # markup printed literally, not applied
        assert "\u202e" not in result.stdout
        assert "\x9b" not in result.stdout
    else:
        assert_inert(result.stdout)
    if fmt == "json":
        data = result.json()
        assert data["lines"][0]["label"] == HOSTILE  # the value survives, escaped by JSON
        assert data["source"]["data"]["bundled"] is False
    else:
        assert "using directory data from" in result.stdout
        assert path.name in result.stdout


def test_user_input_in_errors_is_escaped_and_short(cli: RunCli) -> None:
    result = cli("lookup", "--country", HOSTILE)
    assert result.code == 2
    assert result.stdout == ""
    assert_inert(result.stderr)
    assert len(result.stderr.splitlines()) == 1
    result = cli("lookup", "--format", "\x1b[2J" * 10_000)
    assert result.code == 2
    assert_inert(result.stderr)
    assert len(result.stderr) < 700


@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "x" * 1_000_000],
        ["lookup", "--country", "x" * 1_000_000],
        ["lookup", "--need", "x" * 1_000_000],
        ["faq", "lost " * 200_000],
        ["lookup", "日本" * 500_000],
    ],
)
def test_a_megabyte_of_input_is_refused_quickly(cli: RunCli, args: list[str]) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.stdout == ""
    assert "too long" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "\x00",
        "lost card\x00 in Japan",
        "🔥💳 lost 🇯🇵",
        "فقدت بطاقتي في الإمارات",
        "\u202elost card\u202c",
        "\r\n\t",
        "",
    ],
)
def test_odd_text_answers_or_refuses_calmly(cli: RunCli, text: str) -> None:
    result = cli("lookup", text, "--json")
    assert result.code in (0, 2)
    if result.code == 0:
        json.loads(result.stdout)
    assert "Traceback" not in result.stderr


def test_ctrl_c_is_exit_130_without_a_traceback(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    import amexhelp.lookup.answer

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(amexhelp.lookup.answer, "answer", interrupted)
    result = cli("lookup", "--country", "JP")
    assert result.code == 130
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


# -- real processes -------------------------------------------------------------------------------


def amexhelp(*args: str) -> list[str]:
    return [sys.executable, "-m", "amexhelp", *args]


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMEXHELP_")}
    env.update(extra)
    return env


def test_closed_pipe_exits_quietly() -> None:
    """`amexhelp faq | head -0`: the reader is gone before the first write."""
    proc = subprocess.Popen(
        amexhelp("faq"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env(), stdin=subprocess.DEVNULL
    )
    assert proc.stdout is not None
    proc.stdout.close()
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 141
    assert stderr == b""


def shell(command: str) -> subprocess.CompletedProcess[str]:
    """Run ``amexhelp`` + command through sh, for redirections and pipes."""
    line = f"'{sys.executable}' -m amexhelp {command}"
    return subprocess.run(["sh", "-c", line], capture_output=True, text=True, env=child_env(), timeout=30, check=False)


def test_pipe_into_head_is_quiet() -> None:
    result = shell("faq | head -n 1")
    assert result.stdout.startswith("1. ")
    assert result.stderr == ""


@pytest.mark.parametrize("redirect", ["<&-", ">/dev/null <&-"])
def test_closed_stdin_still_works(redirect: str) -> None:
    result = shell(f"lookup --country JP --json {redirect}")
    assert result.returncode == 0
    assert result.stderr == ""


def test_closed_stdout_is_quiet() -> None:
    result = shell("lookup --country JP >&-")
    assert result.returncode == 141
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "home", ["missing", *(pytest.param(home, marks=pytest.mark.exhaustive) for home in ("read-only", "unset"))]
)
def test_no_usable_home_still_answers_with_a_data_file(
    tmp_path: Path, bundled_document: dict[str, Any], home: str
) -> None:
    data = tmp_path / "directory.json"
    data.write_text(json.dumps(bundled_document), encoding="utf-8")
    env = child_env(AMEXHELP_DATA=str(data))
    env.pop("XDG_CACHE_HOME", None)
    if home == "missing":
        env["HOME"] = str(tmp_path / "no-such-home")
    elif home == "read-only":
        ro = tmp_path / "ro-home"
        ro.mkdir()
        ro.chmod(0o500)
        env["HOME"] = str(ro)
    else:
        env.pop("HOME", None)
    result = subprocess.run(
        amexhelp("lookup", "--country", "JP", "--json"),
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["lines"][0]["e164"] == "+81120020120"


def test_sigint_in_a_real_process_is_130() -> None:
    """A Ctrl-C that lands while a command runs: exit 130 and no traceback."""
    code = (
        "import os, signal, amexhelp.lookup.answer as l, sys\n"
        # A shell started in the background ignores SIGINT and its children inherit that; a terminal does not.
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "from amexhelp.cli._app import main\n"
        "def slow(*a, **k):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "l.answer = slow\n"
        "sys.exit(main(['lookup', '-c', 'JP']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), timeout=30)
    assert result.returncode == 130
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_broken_record_in_the_answer_is_exit_2_and_no_output(
    cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any]
) -> None:
    doc = json.loads(json.dumps(bundled_document))
    japan = next(i for i, line in enumerate(doc["lines"]) if line["id"] == "jp-general")
    doc["lines"][japan]["e164"] = "0120-099-818"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for fmt in ("plain", "rich", "json"):
        result = cli("lookup", "--country", "JP", "--format", fmt, env={"AMEXHELP_DATA": str(path)})
        assert result.code == 2
        assert result.stdout == ""
        assert f"lines[{japan}].e164" in result.stderr
        assert str(path) in result.stderr


def test_version_names_the_data_in_use_and_its_sha256(cli: RunCli, tmp_path: Path) -> None:
    import hashlib
    from importlib.resources import files

    bundled = cli("--version")
    assert "data: amexhelp/data/directory.jsonl (schema 2, sha256 " in bundled.stdout
    shipped = files("amexhelp").joinpath("data/directory.jsonl").read_bytes()
    assert hashlib.sha256(shipped).hexdigest() in bundled.stdout
    data = tmp_path / "directory.json"
    data.write_text(cli("data", "document").stdout, encoding="utf-8")
    result = cli("--version", env={"AMEXHELP_DATA": str(data)})
    assert result.code == 0
    assert str(data) in result.stdout
    assert hashlib.sha256(data.read_bytes()).hexdigest() in result.stdout
    assert "as of 2026-11-28" in result.stdout


def test_importing_the_cli_leaves_garbage_collection_on() -> None:
    """Only the console entry point turns the collector off (a library user's process keeps it)."""
    import gc
    import subprocess
    import sys

    code = "import gc, amexhelp.cli._app; print(gc.isenabled())"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "True\n"
    code = "import gc, amexhelp.cli.console; print(gc.isenabled())"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
    assert gc.isenabled()


def test_an_over_long_query_is_refused_before_any_word_is_read(
    directory: Directory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading card words is linear in the text but not cheap: a megabyte took seconds before the refusal."""
    import amexhelp.lookup._cardmarket
    from amexhelp.lookup.answer import answer

    def must_not_run(text: str) -> None:
        raise AssertionError("card words were read in a query that is refused")

    monkeypatch.setattr(amexhelp.lookup._cardmarket, "read_card", must_not_run)
    with pytest.raises(InputError, match=r"query is too long \(501 characters; at most 500\)"):
        answer(directory, "日" * 501)
    with pytest.raises(AssertionError):
        answer(directory, "日" * 500)


def test_a_bug_is_one_line_exit_70_and_no_traceback(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    import amexhelp.lookup.answer

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("FRA")

    monkeypatch.setattr(amexhelp.lookup.answer, "answer", broken)
    result = cli("lookup", "--json", "lost card in Paris")
    assert result.code == 70
    assert result.stdout == ""
    assert result.stderr == (
        "amexhelp: error: internal error (KeyError: 'FRA'); this is a bug in amexhelp, not in what you asked:"
        " please report it with the command you ran (AMEXHELP_DEBUG=1 shows the details):"
        " https://github.com/amexhelp/amexhelp/issues\n"
    )
    with pytest.raises(KeyError):
        cli("lookup", "lost card in Paris", env={"AMEXHELP_DEBUG": "1"})
