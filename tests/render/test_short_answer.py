"""The short answer a terminal gets by default, and what --all adds. Expectations come from the data by
hand: a lost card in Japan has one line for Japanese personal cards (0120-099-818), ten other markets
print a line for callers abroad (AT, AU, CA, ES, GB, MY, NZ, SA, SG, US), and the lost-card advice for
a Japanese card has three pieces (the fourth is for US cards only); the safety advice has seven.
"""

from __future__ import annotations

from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import answer
from amexhelp.render.view import lookup_view
from harness import RunCli


def test_the_short_answer_is_the_headline_the_lines_for_you_one_piece_of_advice_and_the_source(cli: RunCli) -> None:
    text = cli("lookup", "lost card in Japan").stdout
    lines = text.splitlines()
    assert lines[0].startswith("Call the number on the back of your card, on your statement or in the issuer's app")
    assert "== For cards issued in Japan ==" in lines
    assert "Card issued elsewhere? Each market's line for calling from abroad" not in text
    assert "Add --all for 10 other markets' lines for calling from abroad, 2 more pieces of advice." in lines
    advice = [line for line in lines if line.startswith("- ")]
    assert advice == ["- Your card will be frozen, and a replacement will be issued."]
    assert lines[-1].startswith("Source: ")
    assert "1. Lost or stolen cards (Membership Service Center) (Japan)" in lines
    assert "2. Lost or stolen cards (Membership Service Center), not toll-free (Japan)" in lines  # the same desk
    assert "3. Customer Service (Japan)" in lines  # the guide's general line, after the lost-card desk
    # No issuer line: the worldwide number stays among the choices.
    assert "4. American Express Global Support Center (Worldwide)" in lines
    assert "5. " not in text


def test_all_adds_the_market_list_and_the_full_advice(cli: RunCli) -> None:
    short = cli("lookup", "lost card in Japan").stdout
    full = cli("lookup", "lost card in Japan", "--all").stdout
    assert "== Card issued elsewhere? Each market's line for calling from abroad ==" in full
    assert "- United States: +1 336-393-1111, collect — confirmed" in full
    assert "- You can also lock your card instantly via the Amex mobile app." in full
    assert "Add --all" not in full
    assert len(full.splitlines()) > len(short.splitlines())


def test_json_is_the_same_with_or_without_all(cli: RunCli) -> None:
    for args in (["lookup", "lost card in Japan", "--json"], ["lookup", "--country", "PL", "--json"]):
        assert cli(*args).json() == cli(*args, "--all").json()


def test_brief_and_all_do_not_mix(cli: RunCli) -> None:
    result = cli("lookup", "--country", "JP", "--brief", "--all")
    assert result.code != 0
    assert result.stdout == ""
    assert result.stderr == "amexhelp: error: --brief prints bare numbers; it does not mix with --all\n"


def test_the_short_answer_leaves_out_lines_for_other_cards_and_for_the_local_market(directory: Directory) -> None:
    def shown(**options: str) -> list[str]:
        view = lookup_view(answer(directory, **options), directory, full=False)  # type: ignore[arg-type]
        return [item.entry.line.id for section in view.sections for item in section.items]

    # Poland: the Europe line and the worldwide number; the corporate line only with --all.
    assert shown(country_option="PL") == ["europe-multilingual", "worldwide"]
    poland = lookup_view(answer(directory, country_option="PL"), directory, full=False)
    assert poland.more is not None
    assert "1 line for other cards" in poland.more
    assert poland.advice == ("Always use the number printed on the back of your card for verification.",)
    assert "6 more pieces of advice" in poland.more
    # A UK card in France: the UK lines that ring from France, not the French lines (for French cards).
    uk_card = shown(country_option="FR", card_option="GB", need_option="lost-card")
    assert uk_card
    assert all(line_id.startswith("gb-") for line_id in uk_card)
    # Japan from the US: the review sites' Tokyo number and the worldwide number ring; no toll-free line does.
    assert shown(country_option="JP", from_option="US") == ["jp-lost-2", "worldwide"]


def test_the_short_answer_leaves_out_rows_that_repeat_the_number_dialled(directory: Directory) -> None:
    view = lookup_view(answer(directory, country_option="GB", need_option="lost-card"), directory, full=False)
    facts = dict(view.sections[0].items[0].facts)
    assert facts["Dial"] == "0800 917 8047  (from the United Kingdom)"
    assert "Number" not in facts  # 0800 917 8047 again
    full = dict(
        lookup_view(answer(directory, country_option="GB", need_option="lost-card"), directory)
        .sections[0]
        .items[0]
        .facts
    )
    assert full["Number"] == "0800 917 8047"
