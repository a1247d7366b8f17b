"""The Python API: amexhelp.lookup, verify and verify_batch return the documented dicts (the shapes --json
prints, valid against the shipped schemas), and importing amexhelp imports none of it."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest

import amexhelp
from amexhelp.errors import InputError
from harness import run_cli
from test_output_schemas import check


def test_lookup_is_the_json_of_lookup() -> None:
    answer = amexhelp.lookup(country="JP")
    check("lookup", answer)
    assert answer["lines"][0]["e164"] == "+81120020120"
    assert answer["source"]["data"]["bundled"] is True
    words = amexhelp.lookup("lost card in Japan", now=datetime(2026, 12, 7, 3, 0, tzinfo=timezone.utc))
    check("lookup", words)
    assert words["need"] == "lost-card"
    assert words == run_cli("lookup", "lost card in Japan", "--json", "--tz", "UTC").json() | {
        "lines": words["lines"]  # "open now" depends on the moment: the rest is the same
    }


def test_lookup_in_another_language_words_only_the_messages() -> None:
    japanese = amexhelp.lookup("lost card in Japan", lang="ja")
    check("lookup", japanese)
    local = next(notice for notice in japanese["notices"] if notice["code"] == "local-cards-only")
    assert local["message"].startswith("これらは日本で発行されたカード向けの番号です。")
    assert japanese["country"] == {"code": "JP", "name": "Japan"}


def test_verify_and_the_batch() -> None:
    listed = amexhelp.verify("+1 800 528 4800")
    check("verify", listed)
    assert (listed["verdict"], listed["local_only"]) == ("listed", False)
    suspicious = amexhelp.verify("+1 800 528 4801")
    assert suspicious["verdict"] == "suspicious"
    records = list(amexhelp.verify_batch(["+1 800 528 4800", "12", "0120-099-818"], caller="JP"))
    for record in records:
        check("verify-batch", record)
    assert [r["verdict"] for r in records] == ["listed", None, "listed"]
    assert records[2]["line"] == "jp-general"


def test_the_batch_in_another_language_is_the_command_s() -> None:
    """``lang`` words a line that is no number as ``verify - --json --lang`` does; its code stays the same."""
    numbers = ["+1 800 528 4800", "12", "hello"]
    english = list(amexhelp.verify_batch(numbers, caller="US"))
    spanish = list(amexhelp.verify_batch(numbers, caller="US", lang="es"))
    run = run_cli("verify", "-", "--from", "US", "--json", "--lang", "es", input="\n".join(numbers) + "\n")
    assert spanish == [json.loads(line) for line in run.stdout.splitlines()]
    assert (
        [r.get("error_code") for r in spanish]
        == [r.get("error_code") for r in english]
        == [None, "incomplete-number", "not-a-number"]
    )
    assert spanish[1]["error"] != english[1]["error"]
    assert spanish[0] == english[0]


def test_bad_input_raises_our_error() -> None:
    with pytest.raises(InputError) as raised:
        amexhelp.verify("hello")
    assert raised.value.code == "not-a-number"
    with pytest.raises(InputError):
        amexhelp.lookup(country="Atlantis Minor")


def test_the_subpackages_stay_packages_while_callable() -> None:
    import amexhelp.lookup.answer

    assert amexhelp.lookup.answer.answer is not None
    assert amexhelp.lookup(country="FR")["country"]["code"] == "FR"
    assert "verify_batch" in amexhelp.__all__


def test_importing_amexhelp_imports_no_api() -> None:
    code = "import sys, amexhelp; print(sorted(m for m in sys.modules if m.startswith('amexhelp')))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "['amexhelp', 'amexhelp.lookup', 'amexhelp.verify']"
