"""The sentence an answer leads with, and hours in words: literal expectations."""

from __future__ import annotations

from amexhelp.directory.model import Directory, OpenHours, Period
from amexhelp.lookup.answer import answer
from amexhelp.render._headline import headline, hours_text


def test_hours_in_words(directory: Directory) -> None:
    line = directory.line("jp-general")
    assert hours_text(line) == "24 hours, every day"  # structured hours, in words
    assert hours_text(line._replace(open_hours=None)) == "24/7"  # as printed: no structured hours
    assert hours_text(line._replace(hours=None, open_hours=None)) == "not stated in the sources"
    assert hours_text(line._replace(open_hours=OpenHours(True, None, ()))) == "24 hours, every day"
    weekdays = OpenHours(False, "Europe/London", (Period("mon-fri", "08:00", "20:00"), Period("sat", "09:00", "17:00")))
    assert hours_text(line._replace(open_hours=weekdays)) == "Mon–Fri 08:00–20:00, Sat 09:00–17:00 (Europe/London time)"


def test_headlines(directory: Directory) -> None:
    def first(**options: str) -> str:
        return headline(answer(directory, **options), directory)  # type: ignore[arg-type]

    # Japan's only lines for personal cards come from third-party pages: the first line sends the caller
    # to the card's own number first, then names the best-graded line and its grade: the lost-card desk
    # printed by two independent pages, not the general line of one guide.
    assert first(country_option="JP") == (
        "Call the number on the back of your card, on your statement or in the issuer's app: no issuer page in the"
        " directory gives one for personal cards of Japan. Best graded otherwise: 0120-020-120 — American Express"
        " Japan, Lost or stolen cards (Membership Service Center), hours not stated, unconfirmed: printed by 2"
        " independent pages"
    )
    assert first(country_option="JP", need_option="general").endswith(
        "Best graded otherwise: 0120-099-818 — American Express Japan, Customer Service, 24 hours, every day,"
        " unconfirmed: only in a third-party guide"
    )
    # Italy: a number printed by four independent pages, and the headline says so.
    assert first(country_option="IT", need_option="lost-card").endswith(
        "Best graded otherwise: 06 7290 0347 — American Express Italy, Lost or stolen cards, from Italy, hours not"
        " stated, corroborated: printed by 4 independent pages"
    )
    assert first(country_option="JP", product_option="corporate").startswith("Call 0120-974-990 —")
    assert first(country_option="JP", card_option="US", need_option="lost-card") == (
        "Call +1 336-393-1111 collect — American Express United States, Lost or stolen cards, from abroad,"
        " hours not stated"
    )
    assert first(country_option="GB", need_option="lost-card") == (
        "Call 0800 917 8047 — American Express United Kingdom, Lost or stolen cards, 24 hours, every day"
    )
    assert first(country_option="US", need_option="lost-card").startswith("Call 1 (800) 528-4800 —")
    assert first(country_option="PE").endswith(
        "Best graded otherwise: +1 602-785-5000 — American Express Worldwide, American Express Global Support"
        " Center, from abroad, 24/7, unconfirmed: only in a third-party guide"
    )
