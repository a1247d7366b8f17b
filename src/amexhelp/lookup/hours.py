"""Whether a line is open at a given moment, and when it opens next, from its hours as printed.

The current time comes in as a parameter (an aware datetime in the caller's zone: the command-line
layer reads the clock and the zone), so the answer and its tests never depend on when they run.
Imported only when an answer shows a line with structured hours. Zones come from zoneinfo (the system's
zone files, else the tzdata package); a hand-written reader of the zone files saved 7 M instructions of
a lookup (about 2 ms), under the 5 ms a stand-in must save to stay. Public holidays are not modelled
(the pages rarely print them): the renderers say so.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache

from amexhelp.directory.model import OpenHours, Period, _Record

# Weekdays (Monday 0) each ``Period.days`` value covers.
DAYS: dict[str, frozenset[int]] = {
    "daily": frozenset(range(7)),
    "mon-fri": frozenset(range(5)),
    "mon-sat": frozenset(range(6)),
    "sat": frozenset({5}),
    "sun": frozenset({6}),
    "sat-sun": frozenset({5, 6}),
}
# How far ahead to look for the next opening: every period repeats within a week.
_HORIZON_DAYS = 8


class Opening(_Record):
    """A line's state at one moment. ``open_now`` is None when it cannot be told (no zone database).

    A plain slotted record, not a NamedTuple: cheaper to define at import (see amexhelp.directory.model).
    """

    # next_open: when closed, the next opening, in the line's zone
    # zone: the line's IANA zone ("Asia/Tokyo"); None for a line open at all hours
    # now: the moment it was worked out for, in the caller's zone
    __slots__ = (
        "next_open",
        "now",
        "open_now",
        "zone",
    )

    def __init__(
        self,
        open_now: bool | None,
        next_open: datetime | None = None,
        zone: str | None = None,
        now: datetime | None = None,
    ) -> None:
        self.open_now = open_now
        self.next_open = next_open
        self.zone = zone
        self.now = now

    @property
    def next_open_here(self) -> datetime | None:
        """The next opening in the caller's zone."""
        if self.next_open is None or self.now is None or self.now.tzinfo is None:
            return None
        return self.next_open.astimezone(self.now.tzinfo)

    @property
    def wait(self) -> timedelta | None:
        """How long until the next opening, to the minute (rounded up: never "in 0 min")."""
        if self.next_open is None or self.now is None:
            return None
        seconds = (self.next_open - self.now).total_seconds()
        return timedelta(minutes=max(1, -int(-seconds // 60)))


def opening(hours: OpenHours, now: datetime) -> Opening:
    """Whether ``hours`` are open at ``now`` (an aware datetime), and if not, when they next open."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    if hours.always:
        return Opening(True, None, None, now)
    zone = _zone(hours.tz) if hours.tz is not None else None  # the schema refuses periods without a zone
    if zone is None:  # no zone database on this system, or an unknown name
        return Opening(None, None, hours.tz, now)
    moment = now.timestamp()
    starts: list[float] = []
    for start, end in _spans(hours, now.astimezone(zone).date(), zone):
        if start <= moment < end:
            return Opening(True, None, hours.tz, now)
        if start > moment:
            starts.append(start)
    return Opening(False, datetime.fromtimestamp(min(starts), zone) if starts else None, hours.tz, now)


def _spans(hours: OpenHours, today: date, zone: tzinfo) -> list[tuple[float, float]]:
    """Every period's opening and closing moments (timestamps), from the day before ``today`` (a period
    that runs past midnight may still be open) to a week ahead."""
    spans = []
    for offset in range(-1, _HORIZON_DAYS):
        day = today + timedelta(days=offset)
        for period in hours.periods:
            if day.weekday() in DAYS[period.days]:
                start, end = (wall.replace(tzinfo=zone).timestamp() for wall in _span(period, day))
                spans.append((start, end))
    return spans


@cache
def _zone(name: str) -> tzinfo | None:
    """The IANA zone of that name from zoneinfo, or None (no zone database here, or an unknown name)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _span(period: Period, day: date) -> tuple[datetime, datetime]:
    """A period's opening and closing wall times (naive) on ``day``; a close at or before the opening
    time is the next day's (22:00–06:00 runs across midnight), and 24:00 is the next midnight."""
    start = datetime.combine(day, _time(period.open))
    if period.close == "24:00":
        return start, datetime.combine(day + timedelta(days=1), time(0))
    close = _time(period.close)
    end_day = day + timedelta(days=1) if close <= _time(period.open) else day
    return start, datetime.combine(end_day, close)


def _time(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours) % 24, int(minutes))
