"""Every format maps one view: each command's answer, built once, is rendered as plain text, rich text and
JSON in every language, and the three agree — the same numbers, the same statuses, the same notice and
red-flag codes, and JSON's worded fields (the headline, the notices' and red flags' messages, the audit's
problems) equal to the text's in that language."""

from __future__ import annotations

import functools
import io
import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest
from rich.console import Console, RenderableType

from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import answer
from amexhelp.render import dicts, plain, richtext
from amexhelp.render._lookupview import answer_view
from amexhelp.render.naming import Naming
from amexhelp.render.view import status_text
from amexhelp.sanitize import clean
from tools import catalogs

if TYPE_CHECKING:
    from amexhelp.reports.audit import Report

LANGUAGES = catalogs.LANGUAGES
NOON = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)  # a Wednesday: some lines open, some closed
# Answers that between them have every headline kind, every section scope, notices and statuses of each kind.
LOOKUPS: list[dict[str, Any]] = [
    {"query": "lost card in Japan"},
    {"query": "my US card was stolen in Japan"},
    {"query": "stolen in Xyzzyville"},
    {"country_option": "MN"},
    {"country_option": "KR"},
    {"country_option": "AU", "product_option": "corporate"},
    {"country_option": "IE", "from_option": "US"},
    {"country_option": "JP", "from_option": "DE", "need_option": "lost-card"},
]
NUMBERS = ["+1 800 528 4800", "0120-099-818", "1300 123 456", "1-800-528-48OO", "0800 917 8047", "+44 909 879 0000"]
MESSAGE = (
    "AMEX ALERT: call our fraud team now at 1-800-528-48OO or +1 800 582 4800, or verify at"
    " https://amex-secure-verify.com/login?id=88. Reply with your PIN. Or call +1 336 393 1111."
)


def _rich(renderable: RenderableType) -> str:
    """Rich output as text, wide enough that no line is wrapped, without styles."""
    console = Console(file=io.StringIO(), width=4000, color_system=None, highlight=False, soft_wrap=False)
    console.print(renderable)
    text: str = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in text.splitlines())


def _json(document: dict[str, Any]) -> Any:
    return json.loads(dicts.dump(document))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("options", LOOKUPS, ids=lambda options: "-".join(map(str, options.values())))
def test_a_lookup_agrees_in_every_format(directory: Directory, options: dict[str, Any], lang: str) -> None:
    naming = Naming(lang)
    query = options.get("query")
    rest = {key: value for key, value in options.items() if key != "query"}
    result = answer(directory, query, now=NOON, **rest)
    data = _json(dicts.lookup(result, directory, naming))
    text = plain.lookup(result, directory, naming, full=True)
    rich = _rich(richtext.lookup(result, directory, naming, full=True))
    headline = clean(data["headline"])
    assert text.splitlines()[0] == headline
    assert rich.splitlines()[0] == headline
    # The notices: the same codes as the view's, each message said in the text as in JSON.
    assert [notice["code"] for notice in data["notices"]] == [n.code for n in answer_view(result, directory).notices]
    notice = naming._("Notice: {text}")
    said = [line for line in text.splitlines() if line.startswith(notice.split("{text}")[0])]
    assert said == [notice.format(text=clean(n["message"])) for n in data["notices"]]
    for item in data["notices"]:
        assert f"⚠ {clean(item['message'])}" in rich
    # The lines: every number to dial, and every line's status, is in each text.
    assert len(data["lines"]) == len(answer_view(result, directory).entries)
    for line in data["lines"]:
        if line["dial"] and line["reachable"] and line["status"] != "suspect":
            assert line["dial"] in text, line["id"]
            assert line["dial"] in rich, line["id"]
        if line["scope"] != "elsewhere":  # a list to choose from shows the status's word only
            status = status_text(directory.line(line["id"]), directory, naming)
            assert clean(naming.value(status)) in text, line["id"]
            assert clean(naming.value(status)) in rich, line["id"]
        else:
            assert clean(naming._(line["status"])) in text


def _warnings(text: str, naming: Naming) -> list[tuple[str, str]]:
    warning = re.escape(naming._("WARNING"))
    # The flag's code (isolated in right-to-left text), then the language's colon ("] :", "]：").
    return re.findall(rf"^ *{warning} \[\u2066?([a-z-]+)\u2069?\][\u00a0 ]?[:：] ?(.*)$", text, re.MULTILINE)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("number", NUMBERS)
def test_a_verdict_agrees_in_every_format(directory: Directory, number: str, lang: str) -> None:
    from amexhelp.render._verdictview import verdict_word
    from amexhelp.verify.checker import verify

    naming = Naming(lang)
    result = verify(directory, number)
    data = _json(dicts.verdict(result, directory, naming))
    text = plain.verdict(result, directory, naming)
    rich = _rich(richtext.verdict(result, directory, naming))
    word = verdict_word(data["verdict"], naming)
    assert text.startswith(word)
    assert rich.startswith(word)
    warnings = [(flag["code"], clean(flag["message"])) for flag in data["warnings"]]
    assert _warnings(text, naming) == warnings
    for code, message in warnings:
        assert f"⚠ {code}: {message}" in rich
    for line in data["matches"]:
        assert line["international"] in text
        assert line["international"] in rich
        status = clean(status_text(directory.line(line["id"]), directory, naming))
        assert status in text
        assert status in rich
    if data["international"] is not None and data["verdict"] != "listed":
        assert data["international"] in text.splitlines()[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_message_report_agrees_in_every_format(directory: Directory, lang: str) -> None:
    from amexhelp.render._verdictview import verdict_word
    from amexhelp.verify.message import check_message

    naming = Naming(lang)
    report = check_message(directory, MESSAGE)
    data = _json(dicts.message(report, directory, naming))
    text = plain.message(report, directory, naming)
    rich = _rich(richtext.message(report, directory, naming))
    assert text.startswith(verdict_word(data["verdict"], naming))
    assert rich.startswith(verdict_word(data["verdict"], naming))
    flags = [(flag["code"], clean(flag["message"])) for flag in data["warnings"]]
    flags += [(f["code"], clean(f["message"])) for item in data["numbers"] for f in item["warnings"]]
    flags += [(f["code"], clean(f["message"])) for item in data["links"] for f in item["warnings"]]
    assert sorted(_warnings(text, naming)) == sorted(flags)
    for code, message in flags:
        assert f"⚠ {code}: {message}" in rich
    items = [*data["numbers"], *data["links"]]
    said = naming._("{verdict}: {text}")
    for item in items:
        assert said.format(verdict=verdict_word(item["verdict"], naming), text=clean(item["input"])) in text
        assert f"{verdict_word(item['verdict'], naming)} {clean(item['input'])}" in rich


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_batch_agrees_in_both_formats(directory: Directory, lang: str) -> None:
    from amexhelp.render.errors import word
    from amexhelp.verify.batch import Unreadable, judged_lines, read_lines

    naming = Naming(lang)
    given = "\n".join([*NUMBERS, "not a number at all"]) + "\n"
    judged = list(judged_lines(directory, read_lines(io.BytesIO(given.encode()), None), lambda r: r, None))
    assert len(judged) == len(NUMBERS) + 1
    for result in judged:
        record = json.loads(dicts.batch_json(result, directory, False, {}, naming))
        verdict, typed, detail = plain.verdict_line(result, naming, directory).rstrip("\n").split("\t")
        assert typed == record["input"]
        assert verdict == (record["verdict"] or "error")
        if record["verdict"] == "suspicious":
            assert detail.split(", ") == list(dict.fromkeys(flag["code"] for flag in record["warnings"]))
        elif record["verdict"] in ("listed", "unlisted"):
            said = f"{record['line']} ({naming._(record['status'])})" if record["line"] else record["e164"]
            count = len(record["readings"])
            counted = naming.ngettext("{count} reading", "{count} readings", count).format(count=count)
            assert detail.startswith(said or counted)
        else:  # the error is worded in the language asked in both; JSON has its code beside it
            assert isinstance(result, Unreadable)
            assert (record["error"], detail) == (word(result.error, naming), clean(word(result.error, naming)))
            assert record["error_code"] == result.error.code


def _each_said_with_its_status(numbers: list[dict[str, Any]], output: str, naming: Naming) -> None:
    """Each number JSON found in a report is on a line of ``output`` with its status's mark and name."""
    from amexhelp.render._standing import MARKS, status_name

    for found in numbers:
        said = _line_with(output, found["text"])
        assert MARKS[found["status"]] in said
        assert status_name(found["status"], naming) in said


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_reports_agree_in_every_format(directory: Directory, lang: str) -> None:
    from amexhelp.render._standing import MARKS
    from amexhelp.reports.faq import answer_all, search
    from amexhelp.reports.sources import source_list

    naming = Naming(lang)
    # faq: the same questions, in order, and every number found in them with its mark.
    answers = answer_all(directory, search(directory.faqs, None), "GB")
    data = _json(dicts.faqs(answers, None, "GB", directory))
    text = plain.faqs(answers, directory, naming)
    assert [str(item["id"]) for item in data["faqs"]] == re.findall(r"^(\S+)\. ", text, re.MULTILINE)
    numbers = [number for item in data["faqs"] for number in item["numbers"]]
    for output in (text, _rich(richtext.faqs(answers, directory, naming))):
        _each_said_with_its_status(numbers, output, naming)
    # channels: every number found in a channel's text, with its status.
    data = _json(dicts.channels(directory))
    text = plain.channels(directory, naming)
    assert len(re.findall(r"^\d+\. ", text, re.MULTILINE)) == len(data["channels"])
    numbers = [number for item in data["channels"] for number in item["numbers"]]
    for output in (text, _rich(richtext.channels(directory, naming))):
        _each_said_with_its_status(numbers, output, naming)
    # countries: every market, and the mark of every line's status.
    data = _json(dicts.countries(directory))
    text = plain.countries(directory, naming)
    rich = _rich(richtext.countries(directory, naming))
    for market in data["countries"]:
        assert f"{clean(naming.country(market['code']))} ({market['code']})" in text
        assert market["code"] in rich
        marks = [MARKS[line["status"]] for line in market["lines"]]
        assert [m for m in re.findall(r"\[[A-Z?]\]", _block(text, market["code"]))] == marks
    # sources: every source's address.
    rows = source_list(directory)
    data = _json(dicts.sources(rows, directory))
    text = plain.sources(rows, directory, naming)
    rich = _rich(richtext.sources(rows, directory, naming))
    for row in data["sources"]:
        assert (row["url"] or naming._("no web address")) in text
        assert (row["url"] or naming._("no web address")) in rich
    # audit: every problem and quarantined red flag, with JSON's message in the language asked.
    report = _audit(directory)
    data = _json(dicts.audit(report, directory, naming))
    text = plain.audit(report, directory, naming)
    rich = _rich(richtext.audit(report, directory, naming))
    for problem in data["problems"]:
        said = naming._("PROBLEM {code}: {message}").format(code=problem["code"], message=clean(problem["message"]))
        assert said in text
        assert f"{problem['line']} {problem['code']}: {clean(problem['message'])}" in rich
    for problem in data["quarantined"]:
        assert clean(problem["message"]) in text
        assert clean(problem["message"]) in rich
    assert [line["id"] for line in data["lines"]] == [f.line.id for f in report.findings]


@functools.cache
def _audit(directory: Directory) -> Report:
    from amexhelp.reports.audit import audit

    return audit(directory)


def _block(text: str, code: str) -> str:
    """The lines of one market in the plain listing of countries: its name's line up to the next name."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith(f"({code})"))
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("   ")), len(lines))
    return "\n".join(lines[start + 1 : end])


def _line_with(text: str, value: str) -> str:
    """The line of a listing that gives a number found in prose with its mark (not the prose quoted),
    without the direction isolates that right-to-left text puts around values."""
    bare = re.sub("[\u2066-\u2069]", "", text)
    return next(line for line in bare.splitlines() if value in line and re.search(r"\[[A-Z?]\]", line))
