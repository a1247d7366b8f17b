"""Open now, what mutation testing found unheld: every field of the state worked out (the line's zone, the
moment), the exact opening minute, a period as long as a day, opening minutes other than :00, a line whose
day is not the caller's, and hours that cannot be read. Expected states are written by hand from the hours
(2026-12-03 is a Thursday)."""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from amexhelp.directory.model import OpenHours, Period
from amexhelp.lookup.hours import Opening, opening

TOKYO = ZoneInfo("Asia/Tokyo")
UTC = ZoneInfo("UTC")


def state(result: Opening) -> tuple[object, ...]:
    return (result.open_now, result.next_open, result.zone, result.now)


def test_a_moment_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^now must carry its time zone$"):
        opening(OpenHours(True, None, ()), datetime(2026, 12, 3, 10))


def test_a_line_open_at_all_hours_has_no_zone_and_keeps_the_moment() -> None:
    now = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)
    assert state(opening(OpenHours(True, None, ()), now)) == (True, None, None, now)


@pytest.mark.parametrize("tz", ["Mars/Olympus_Mons", None])
def test_hours_in_a_zone_that_cannot_be_read_cannot_be_told(tz: str | None) -> None:
    now = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)
    hours = OpenHours(False, tz, (Period("daily", "09:00", "17:00"),))
    assert state(opening(hours, now)) == (None, None, tz, now)


def test_an_open_line_names_its_zone_and_keeps_the_moment() -> None:
    now = datetime(2026, 12, 3, 10, 0, tzinfo=TOKYO)
    hours = OpenHours(False, "Asia/Tokyo", (Period("mon-fri", "09:00", "17:00"),))
    assert state(opening(hours, now)) == (True, None, "Asia/Tokyo", now)


def test_a_line_is_open_from_its_opening_minute() -> None:
    hours = OpenHours(False, "Asia/Tokyo", (Period("mon-fri", "09:00", "17:00"),))
    assert opening(hours, datetime(2026, 12, 3, 9, 0, tzinfo=TOKYO)).open_now is True


def test_minutes_of_an_opening_count() -> None:
    hours = OpenHours(False, "Asia/Tokyo", (Period("mon-fri", "09:30", "17:00"),))
    early = opening(hours, datetime(2026, 12, 3, 9, 15, tzinfo=TOKYO))
    assert (early.open_now, early.next_open) == (False, datetime(2026, 12, 3, 9, 30, tzinfo=TOKYO))


def test_a_period_that_closes_when_it_opens_lasts_a_day() -> None:
    hours = OpenHours(False, "Asia/Tokyo", (Period("daily", "08:00", "08:00"),))
    assert opening(hours, datetime(2026, 12, 3, 20, 0, tzinfo=TOKYO)).open_now is True


def test_no_period_means_closed_with_no_next_opening() -> None:
    now = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)
    assert state(opening(OpenHours(False, "Asia/Tokyo", ()), now)) == (False, None, "Asia/Tokyo", now)


def test_the_lines_day_is_its_own_not_the_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    # 03:00 on Thursday in Honolulu is 03:00 on Friday at Kiritimati, 24 hours ahead: the night that
    # began on Wednesday in Honolulu is still running.
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    hours = OpenHours(False, "Pacific/Honolulu", (Period("daily", "22:00", "06:00"),))
    now = datetime(2026, 12, 3, 13, 0, tzinfo=UTC)  # 03:00 in Honolulu
    assert opening(hours, now).open_now is True
