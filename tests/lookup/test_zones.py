"""amexhelp.lookup._zones reads the system's zone files without zoneinfo; here it is held to zoneinfo itself,
for every zone of the data and zones with daylight-saving time north and south: every offset, hour by
hour over thirteen months (every change of a year, both ways), and every wall time read back (the hour that never
happens, the hour that happens twice)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from amexhelp.directory.model import Directory
from amexhelp.lookup import _zones as zones

OTHERS = [
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Santiago",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Europe/Dublin",
    "America/St_Johns",
    "Africa/Casablanca",
    "UTC",
]


def data_zones(directory: Directory) -> list[str]:
    return sorted({line.open_hours.tz for line in directory.lines if line.open_hours and line.open_hours.tz})


def test_the_data_has_zones_to_check(directory: Directory) -> None:
    assert {"Asia/Tokyo", "Europe/Warsaw", "Australia/Sydney", "Asia/Riyadh"} <= set(data_zones(directory))


@pytest.mark.exhaustive
@pytest.mark.parametrize("year", [2025, 2040])  # 2040: past the listed changes (to 2037), by the file's rule
@pytest.mark.parametrize("name", OTHERS)
def test_offsets_and_wall_times_agree_with_zoneinfo_for_zones_with_daylight_saving(name: str, year: int) -> None:
    _agree(name, year)


@pytest.mark.exhaustive
def test_offsets_and_wall_times_agree_with_zoneinfo_for_every_zone_of_the_data(directory: Directory) -> None:
    for name in data_zones(directory):
        _agree(name)


def _agree(name: str, year: int = 2025) -> None:
    zone = zones.load(name)
    assert zone is not None, name
    reference = ZoneInfo(name)
    start = datetime(year, 6, 1, tzinfo=timezone.utc).timestamp()
    changes = 0
    for hour in range(0, 400 * 24):  # 13 months: every change of the year, both ways
        moment = start + hour * 3600 + 1800
        expected = datetime.fromtimestamp(moment, reference)
        assert zone.offset(moment) == int(expected.utcoffset().total_seconds()), (name, expected)  # type: ignore[union-attr]
        changed = expected.utcoffset() != datetime.fromtimestamp(moment - 3600, reference).utcoffset()
        changes += changed
        if hour % 24 and not changed:
            continue
        # Compared as instants and offsets: == between zones is False for a time in a fold (PEP 495).
        assert zone.at(moment).timestamp() == expected.timestamp()
        assert zone.at(moment).utcoffset() == expected.utcoffset()
        assert zone.at(moment).replace(tzinfo=None) == expected.replace(tzinfo=None)
        # Wall times around it, every quarter of an hour: the hour skipped, the hour lived twice.
        wall = expected.replace(tzinfo=None)
        for quarter in range(-12, 13) if changed else (0,):
            named = wall + timedelta(minutes=15 * quarter)
            assert zone.moment(named) == named.replace(tzinfo=reference).timestamp(), (name, named)
    assert changes in (0, 2), (name, changes)  # a zone with daylight-saving time changes twice a year


def test_a_name_that_is_not_a_zone_is_none() -> None:
    for name in ("Nowhere/Atlantis", "", "/etc/passwd", "../../etc/passwd", "Europe/../../etc/passwd", "Europe"):
        assert zones.load(name) is None, name


def test_rules_as_written_in_zone_files() -> None:
    paris = zones._rule("CET-1CEST,M3.5.0,M10.5.0/3")
    assert paris == (3600, 7200, ("M3.5.0", 7200), ("M10.5.0", 10800))
    assert zones._rule("<+03>-3") == (10800, None, None, None)
    assert zones._rule("EST5EDT,M3.2.0,M11.1.0") == (-18000, -14400, ("M3.2.0", 7200), ("M11.1.0", 7200))
    assert zones._rule("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1") == (-10800, -7200, ("M3.5.0", -7200), ("M10.5.0", -3600))
    assert zones._rule("IST-1GMT0,M10.5.0,M3.5.0/1") == (3600, 0, ("M10.5.0", 7200), ("M3.5.0", 3600))  # Dublin
    assert zones._rule("NST3:30NDT,M3.2.0,M11.1.0") == (-12600, -9000, ("M3.2.0", 7200), ("M11.1.0", 7200))
    for bad in ("not a rule", "XX", "EST5EDT", "EST", "<>1", "CET-1CEST,M3.5,M10.5.0", "CET-1CEST,M3.5.0/x,M10.5.0"):
        assert zones._rule(bad) is None, bad
    # Last Sunday of March 2026 is the 29th; second Sunday of March 2026 is the 8th.
    assert zones._rule_moment(("M3.5.0", 7200), 2026) == datetime(2026, 3, 29, 2, tzinfo=timezone.utc).timestamp()
    assert zones._rule_moment(("M3.2.0", 7200), 2026) == datetime(2026, 3, 8, 2, tzinfo=timezone.utc).timestamp()
    assert zones._rule_moment(("J60", 0), 2028) == datetime(2028, 3, 1, tzinfo=timezone.utc).timestamp()
    assert zones._rule_moment(("59", 0), 2028) == datetime(2028, 2, 29, tzinfo=timezone.utc).timestamp()
