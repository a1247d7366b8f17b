"""Open now, and when a line opens next, for a frozen clock. Expected states and words are written by
hand from the hours as printed (Japan's corporate line: Mon–Fri 09:00–17:00 Tokyo time; 2026-12-03
is a Thursday), never computed with the code under test.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import Directory, OpenHours, Period
from amexhelp.lookup.answer import answer
from amexhelp.lookup.hours import opening
from amexhelp.render._headline import HOURS_CAVEAT, headline, opening_text
from amexhelp.render.view import lookup_view
from harness import RunCli

TOKYO = ZoneInfo("Asia/Tokyo")
PARIS = ZoneInfo("Europe/Paris")
WEEKDAYS = OpenHours(False, "Asia/Tokyo", (Period("mon-fri", "09:00", "17:00"),))
NIGHTS = OpenHours(False, "Europe/London", (Period("daily", "22:00", "06:00"),))
TO_MIDNIGHT = OpenHours(False, "Australia/Sydney", (Period("daily", "06:00", "24:00"),))


def tokyo(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=TOKYO)


@pytest.mark.parametrize(
    ("hours", "now", "open_now", "next_open", "words"),
    [
        (WEEKDAYS, tokyo(3, 10), True, None, "open now"),
        (WEEKDAYS, tokyo(3, 17), False, tokyo(4, 9), "closed now; opens tomorrow at 09:00 in Tokyo (in 16 h)"),
        (WEEKDAYS, tokyo(3, 7, 30), False, tokyo(3, 9), "closed now; opens at 09:00 in Tokyo (in 1 h 30 min)"),
        (
            WEEKDAYS,
            tokyo(
                3,
                8,
                59,
            ),
            False,
            tokyo(3, 9),
            "closed now; opens at 09:00 in Tokyo (in 1 min)",
        ),
        # Friday evening: Monday morning.
        (WEEKDAYS, tokyo(4, 18), False, tokyo(7, 9), "closed now; opens on Monday at 09:00 in Tokyo (in 2 d 15 h)"),
        # Across midnight, in London: open at 02:00 (since 22:00 the day before), closed at 07:00.
        (NIGHTS, datetime(2026, 12, 3, 2, 0, tzinfo=ZoneInfo("Europe/London")), True, None, "open now"),
        (
            NIGHTS,
            datetime(2026, 12, 3, 7, 0, tzinfo=ZoneInfo("Europe/London")),
            False,
            datetime(2026, 12, 3, 22, 0, tzinfo=ZoneInfo("Europe/London")),
            "closed now; opens at 22:00 in London (in 15 h)",
        ),
        # Until midnight (24:00), in Sydney.
        (TO_MIDNIGHT, datetime(2026, 12, 3, 23, 59, tzinfo=ZoneInfo("Australia/Sydney")), True, None, "open now"),
        (
            TO_MIDNIGHT,
            datetime(2026, 12, 4, 0, 30, tzinfo=ZoneInfo("Australia/Sydney")),
            False,
            datetime(2026, 12, 4, 6, 0, tzinfo=ZoneInfo("Australia/Sydney")),
            "closed now; opens at 06:00 in Sydney (in 5 h 30 min)",
        ),
        (OpenHours(True, None, ()), tokyo(3, 3), True, None, "open now"),
    ],
)
def test_open_or_when_it_opens(
    hours: OpenHours, now: datetime, open_now: bool, next_open: datetime | None, words: str
) -> None:
    found = opening(hours, now)
    assert found.open_now is open_now
    assert found.next_open == next_open
    assert opening_text(found) == words


def test_a_caller_in_another_zone_is_told_the_time_where_they_are() -> None:
    # 19:40 on Wednesday in Paris is 03:40 on Thursday in Tokyo: the line opens at 09:00 Tokyo time,
    # which is 01:00 on Thursday in Paris.
    now = datetime(2026, 12, 2, 19, 40, tzinfo=PARIS)
    found = opening(WEEKDAYS, now)
    assert found.open_now is False
    assert found.next_open == tokyo(3, 9)
    assert found.next_open_here == datetime(2026, 12, 3, 1, 0, tzinfo=PARIS)
    assert opening_text(found) == ("closed now; opens at 09:00 in Tokyo (in 5 h 20 min; tomorrow 01:00 where you are)")
    # A fixed offset (the system's zone, as the command line hands it in) reads the same.
    fixed = datetime.fromisoformat("2026-12-03T00:30:00+01:00")
    assert (
        opening_text(opening(WEEKDAYS, fixed)) == "closed now; opens at 09:00 in Tokyo (in 30 min; 01:00 where you are)"
    )


def test_hours_that_cannot_be_read_are_unknown_and_a_naive_time_is_refused() -> None:
    unknown = opening(OpenHours(False, "Nowhere/Atlantis", (Period("daily", "09:00", "17:00"),)), tokyo(3, 10))
    assert (unknown.open_now, unknown.next_open) == (None, None)
    with pytest.raises(ValueError, match="time zone"):
        opening(WEEKDAYS, datetime(2026, 12, 3, 10, 0))


def test_an_answer_reads_hours_only_for_a_time_given(directory: Directory) -> None:
    options: dict[str, Any] = {"country_option": "JP", "product_option": "corporate"}
    assert all(entry.opening is None for entry in answer(directory, **options).entries)
    at_ten = answer(directory, **options, now=tokyo(3, 10))
    assert at_ten.entries[0].line.id == "jp-general-corporate"  # open: the confirmed line leads
    assert at_ten.entries[0].opening is not None
    assert at_ten.entries[0].opening.open_now is True
    # At 18:00 the corporate line is closed; the guide's round-the-clock line serves the same purpose for
    # every card, but a closed confirmed line never gives way to a less sure one: it stays first, closed.
    result = answer(directory, **options, now=tokyo(3, 18))
    first = result.entries[0]
    assert first.line.id == "jp-general-corporate"
    assert first.opening is not None
    assert first.opening.open_now is False
    assert headline(result, directory).startswith("Call 0120-974-990 — American Express Japan")
    assert headline(result, directory).endswith("closed now; opens tomorrow at 09:00 in Tokyo (in 15 h)")
    corporate = next(entry for entry in result.entries if entry.line.id == "jp-general-corporate")
    assert corporate.opening is not None
    assert corporate.opening.open_now is False
    view = lookup_view(result, directory)
    assert view.hours_note == HOURS_CAVEAT
    items = [item for section in view.sections for item in section.items]
    facts = dict(next(item for item in items if item.entry.line.id == "jp-general-corporate").facts)
    assert facts["Now"] == "closed now; opens tomorrow at 09:00 in Tokyo (in 15 h)"


def test_a_closed_line_is_not_the_headline_when_one_for_the_same_purpose_is_open(singapore: Directory) -> None:
    sg = ZoneInfo("Asia/Singapore")
    options: dict[str, Any] = {"country_option": "SG", "product_option": "corporate", "need_option": "lost-card"}
    weekday = answer(singapore, **options, now=datetime(2026, 12, 3, 10, 0, tzinfo=sg))
    assert [entry.line.id for entry in weekday.entries[:2]] == ["sg-lost-corporate", "sg-lost-corporate-2"]
    saturday = answer(singapore, **options, now=datetime(2026, 12, 5, 3, 0, tzinfo=sg))
    assert [entry.line.id for entry in saturday.entries[:2]] == ["sg-lost-corporate-2", "sg-lost-corporate"]
    assert saturday.first is not None
    assert saturday.first.line.e164 == "+6518007378188"
    # The bundled data: the second line's hours are not known, so the closed line stays first, saying so.
    bundled = answer(load_directory(None), **options, now=datetime(2026, 12, 5, 3, 0, tzinfo=sg))
    assert bundled.entries[0].line.id == "sg-lost-corporate"
    assert "closed now; opens on Monday at 09:00 in Singapore" in headline(bundled, singapore)


def test_json_has_open_now_and_next_open_per_line(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    frozen = datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo("UTC"))  # 18:00 in Tokyo, 10:00 in Paris
    monkeypatch.setattr("amexhelp.cli._environment.clock", lambda zone: frozen.astimezone(zone))
    data = cli("lookup", "--country", "JP", "--product", "corporate", "--tz", "Europe/Paris", "--json").json()
    lines = {line["id"]: line for line in data["lines"]}
    assert lines["jp-general-corporate"]["open_now"] is False
    assert lines["jp-general-corporate"]["next_open"] == "2026-12-04T09:00:00+09:00"
    assert (lines["jp-general"]["open_now"], lines["jp-general"]["next_open"]) == (True, None)
    assert data["lines"][0]["id"] == "jp-general-corporate"  # closed, but confirmed: the guide's line is no surer
    text = cli("lookup", "--country", "JP", "--product", "corporate", "--tz", "Europe/Paris", "--all").stdout
    assert "closed now; opens tomorrow at 09:00 in Tokyo (in 15 h; tomorrow 01:00 where you are)" in text
    assert text.count("holidays may differ") == 1


@pytest.mark.parametrize(
    ("zone", "message"),
    [
        (
            "Mars/Olympus",
            "unknown time zone for --tz: 'Mars/Olympus' (an IANA name such as Europe/Paris or Asia/Tokyo)",
        ),
        ("Europe/Pariss", "unknown time zone for --tz: 'Europe/Pariss' (did you mean Europe/Paris?)"),
        (
            "../../etc/passwd",
            "unknown time zone for --tz: '../../etc/passwd' (an IANA name such as Europe/Paris or Asia/Tokyo)",
        ),
    ],
)
def test_a_bad_time_zone_is_one_line_on_stderr(cli: RunCli, zone: str, message: str) -> None:
    result = cli("lookup", "--country", "JP", "--tz", zone)
    assert result.code != 0
    assert result.stdout == ""
    assert result.stderr == f"amexhelp: error: {message}\n"


def test_an_opening_in_the_hour_that_daylight_saving_skips_is_the_first_instant_after_it() -> None:
    # New York, Sunday 2026-03-08: clocks go from 02:00 EST to 03:00 EDT. A line printed as opening at
    # 02:00 opens at 07:00 UTC (03:00 EDT), and is open then.
    new_york = ZoneInfo("America/New_York")
    hours = OpenHours(False, "America/New_York", (Period("sun", "02:00", "04:00"),))
    found = opening(hours, datetime(2026, 3, 8, 6, 0, tzinfo=ZoneInfo("UTC")))
    assert found.open_now is False
    assert found.next_open is not None
    assert found.next_open.timestamp() == datetime(2026, 3, 8, 7, 0, tzinfo=ZoneInfo("UTC")).timestamp()
    assert opening(hours, datetime(2026, 3, 8, 3, 30, tzinfo=new_york)).open_now is True
