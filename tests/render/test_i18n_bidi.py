"""Right-to-left answers keep every number in dialling order: real Arabic answers laid out by the Unicode
bidi algorithm (python-bidi, the unicode-bidi crate) show each number, code, option and address as written.

Without direction isolates an Arabic line shows ``+1 336-393-1111`` as ``1111-393-336 1+`` and ``--card``
as ``card--``; the expected forms below are written from the numbers' own pages, not from the output."""

from __future__ import annotations

import re

import pytest

from harness import RunCli

bidi = pytest.importorskip("bidi")

MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))
# What must read left to right: numbers with their signs and groups, options, addresses.
_LTR = re.compile(r"https?://[^\s,،)]+|--[a-z][a-z-]*|\+?\d[\d\s\-–:()]*\d|\+\d")

CASES = [
    # (command line, numbers the answer must show in dialling order)
    (("lookup", "lost card in Japan", "--from", "JP"), ["0120-099-818"]),
    (("lookup", "my card was stolen in Japan", "--card", "US"), ["+1 336-393-1111"]),
    (("lookup", "--country", "IE", "--from", "US", "--all"), []),
    (("lookup", "lost card in Japan", "--all"), ["+1 336-393-1111", "+44 1273 696933", "--card"]),
    (("verify", "+1 800 528 4800"), ["+1 800-528-4800"]),
    (("verify", "+1 800 582 4800"), ["+1 800-582-4800", "+1 800-528-4800"]),
    (("verify", "+44 20 7946 0000"), ["+44 20 7946 0000"]),
]


def _visual(line: str) -> str:
    """A line as a right-to-left display shows it, left to right, without the (invisible) marks."""
    return str(bidi.get_display(line, base_dir="R")).translate(MARKS)


@pytest.mark.parametrize(("args", "expected"), CASES, ids=[" ".join(a) for a, _ in CASES])
@pytest.mark.parametrize("fmt", ["plain", "rich"])
def test_every_number_reads_in_dialling_order(
    cli: RunCli, args: tuple[str, ...], expected: list[str], fmt: str
) -> None:
    text = cli(*args, "--lang", "ar", "--format", fmt, env={"TZ": "UTC", "COLUMNS": "400"}).stdout
    assert text
    logical = text.translate(MARKS)
    for number in expected:
        assert number in logical, number
    checked = 0
    for line in text.splitlines():
        shown = _visual(line)
        for found in _LTR.findall(line.translate(MARKS)):
            checked += 1
            assert found.strip() in shown, (found, line, shown)
    assert checked >= len(expected)


def test_a_pasted_message_keeps_its_numbers_and_links_in_order(cli: RunCli) -> None:
    message = "Your Amex card is blocked. Call +1 800 528 4800 or visit https://amex-secure.example.com/unlock now"
    text = cli("verify", "--message", "-", "--lang", "ar", "--format", "plain", input=message).stdout
    assert text
    for line in text.splitlines():
        shown = _visual(line)
        for found in _LTR.findall(line.translate(MARKS)):
            assert found.strip() in shown, (found, line, shown)


def test_json_messages_keep_their_numbers_in_order(cli: RunCli) -> None:
    data = cli("lookup", "lost card in Japan", "--lang", "ar", "--json").json()
    messages = [data["headline"], *(notice["message"] for notice in data["notices"])]
    assert "\u2066--card\u2069" in " ".join(messages)
    for text in messages:
        shown = _visual(text)
        for found in _LTR.findall(text.translate(MARKS)):
            assert found.strip() in shown, (found, text, shown)


def test_a_latin_title_keeps_its_closing_bracket_inside_its_isolate() -> None:
    """A bracket the run opened closes inside it: outside, it would take the Arabic direction and show
    mirrored; a bracket the run did not open stays outside."""
    from amexhelp.render.bidi import LRI, PDI, isolate

    title = "Official Customer Support (third-party web guide)"
    assert isolate(f"طرف ثالث: {title}") == f"طرف ثالث: {LRI}{title}{PDI}"
    assert isolate("الرقم +1 800 (رقم)") == f"الرقم {LRI}+1 800{PDI} (رقم)"


def test_a_bracket_closed_after_arabic_words_stays_outside_the_isolates() -> None:
    """ "{url} (+{count} others)" in Arabic: the address is one run, the count another, and the bracket
    pair around the count and its Arabic word is the sentence's, so a display shows it unbroken."""
    from amexhelp.render.bidi import LRI, PDI, isolate

    url = "https://example.com/a-page"
    assert isolate(f"{url} (+1 أخرى)") == f"{LRI}{url}{PDI} ({LRI}+1{PDI} أخرى)"
    assert isolate("(+1 أخرى)") == f"({LRI}+1{PDI} أخرى)"
