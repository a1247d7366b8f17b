"""A time zone's UTC offset at any instant, read from the system's zone file (TZif, RFC 8536).

Why not zoneinfo directly: importing it costs about 3 ms (it loads ``sysconfig`` to find its search
path), and a JSON lookup lists a line with hours in a zone in almost every answer; start-up time is a
feature (README, Performance). The same pattern as amexhelp.lookup.dialing, which never imports
phonenumbers: the run-time code is small, and tests hold it to the library (tests/test_zones.py
compares every offset and every wall-time conversion with zoneinfo's). Where the system has no zone
file (Windows, a container without tzdata), ``load`` gives None and amexhelp.lookup.hours uses zoneinfo,
which then finds the ``tzdata`` package.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import cache

# CPython's default zoneinfo search path (sysconfig's TZPATH on Linux and macOS builds).
TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo", "/etc/zoneinfo")

_EPOCH = datetime(1970, 1, 1)


class Zone:
    """One zone's offsets: its transitions (UTC seconds) with the offset from each, then its rule."""

    __slots__ = ("dst", "end", "name", "offsets", "start", "std", "transitions")

    def __init__(
        self,
        name: str,
        transitions: list[int],
        offsets: list[int],
        rule: tuple[int, int | None, tuple[str, int] | None, tuple[str, int] | None],
    ) -> None:
        self.name = name
        self.transitions = transitions  # ascending; offsets[i] holds from transitions[i]
        self.offsets = offsets  # offsets[0] before the first transition when there is none
        self.std, self.dst, self.start, self.end = rule

    def offset(self, moment: float) -> int:
        """Seconds east of UTC at ``moment`` (a POSIX timestamp)."""
        if self.transitions and moment < self.transitions[-1]:
            return self.offsets[_last_at_or_before(self.transitions, moment)]
        return self._by_rule(moment)

    def _by_rule(self, moment: float) -> int:
        if self.dst is None or self.start is None or self.end is None:
            return self.std
        year = (_EPOCH + timedelta(seconds=moment + self.std)).year
        start = _rule_moment(self.start, year) - self.std  # the start is given in standard time
        end = _rule_moment(self.end, year) - self.dst  # the end in daylight-saving time
        if start < end:
            return self.dst if start <= moment < end else self.std
        return self.std if end <= moment < start else self.dst

    def at(self, moment: float) -> datetime:
        """The moment as an aware datetime at the zone's offset then (a fixed-offset tzinfo)."""
        return datetime.fromtimestamp(moment, timezone(timedelta(seconds=self.offset(moment))))

    def moment(self, wall: datetime) -> float:
        """The instant a naive wall time names here: the earlier one when the clocks went back (it
        happens twice), and one read at the offset before the change when they went forward (it never
        happens): zoneinfo's reading with fold=0."""
        w = (wall - _EPOCH).total_seconds()
        near = {self.offset(w - 86400), self.offset(w), self.offset(w + 86400)}
        fitting = [w - offset for offset in near if self.offset(w - offset) == offset]
        if fitting:
            return min(fitting)
        return w - min(near)  # a gap: the clocks went forward, from the smaller offset


def _last_at_or_before(transitions: list[int], moment: float) -> int:
    low, high = 0, len(transitions)
    while low < high:
        middle = (low + high) // 2
        if transitions[middle] <= moment:
            low = middle + 1
        else:
            high = middle
    return max(low - 1, 0)


@cache
def load(name: str) -> Zone | None:
    """The zone of IANA name ``name`` from the system's zone files, or None when there is none here
    (or it cannot be read)."""
    if not name or name.startswith("/") or ".." in name.split("/") or "\\" in name or "\0" in name:
        return None
    for folder in TZPATH:
        try:
            with open(f"{folder}/{name}", "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        return _parse(name, data)
    return None


def _parse(name: str, data: bytes) -> Zone | None:
    """A TZif file of version 2 or later: its 64-bit transitions and types, and its footer rule."""
    if len(data) < 44 or data[:4] != b"TZif" or data[4:5] not in (b"2", b"3", b"4"):
        return None
    try:
        skip = _block_size(data, 0, 4)
        header = 44 + skip
        counts = _counts(data, header)
        isut, isstd, leap, times, types, chars = counts
        body = header + 44
        transitions = [_signed(data, body + 8 * i, 8) for i in range(times)]
        indices = data[body + 8 * times : body + 9 * times]
        table = body + 9 * times
        type_offsets = [_signed(data, table + 6 * i, 4) for i in range(types)]
        end = table + 6 * types + chars + 12 * leap + isstd + isut
        footer = data[end:].strip(b"\n").decode("ascii")
    except (IndexError, UnicodeDecodeError, ValueError):
        return None
    rule = _rule(footer)
    if rule is None or not type_offsets:
        return None
    offsets = [type_offsets[i] for i in indices]
    if len(offsets) != len(transitions):
        return None
    # Before the first transition (the nineteenth century, for the zones of the data) is never asked.
    return Zone(name, transitions, offsets, rule)


def _counts(data: bytes, at: int) -> tuple[int, int, int, int, int, int]:
    if data[at : at + 4] != b"TZif":
        raise ValueError("no second header")
    values = [int.from_bytes(data[at + 20 + 4 * i : at + 24 + 4 * i], "big") for i in range(6)]
    return values[0], values[1], values[2], values[3], values[4], values[5]


def _block_size(data: bytes, at: int, time_size: int) -> int:
    isut, isstd, leap, times, types, chars = _counts(data, at)
    return times * time_size + times + types * 6 + chars + leap * (time_size + 4) + isstd + isut


def _signed(data: bytes, at: int, size: int) -> int:
    if at + size > len(data):
        raise IndexError(at)
    return int.from_bytes(data[at : at + size], "big", signed=True)


def _rule(text: str) -> tuple[int, int | None, tuple[str, int] | None, tuple[str, int] | None] | None:
    """A POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3") as offsets east of UTC and its two changes
    (each a date rule and a local time of day in seconds); None when it cannot be read. Read by hand:
    compiling a regular expression would cost more than the rest of the lookup's hours."""
    std_name, rest = _name(text)
    std_offset, rest = _offset(rest)
    if std_name is None or std_offset is None:
        return None
    std = -_seconds(std_offset)
    if not rest:
        return std, None, None, None
    dst_name, rest = _name(rest)
    if dst_name is None:
        return None
    dst_offset, rest = _offset(rest)
    dst = -_seconds(dst_offset) if dst_offset is not None else std + 3600
    changes = rest.split(",")
    if len(changes) != 3 or changes[0]:  # daylight-saving time with no rule: nothing to go by
        return None
    parsed = [_change(change) for change in changes[1:]]
    if parsed[0] is None or parsed[1] is None:
        return None
    return std, dst, parsed[0], parsed[1]


def _name(text: str) -> tuple[str | None, str]:
    """A zone abbreviation at the start of ``text`` ("CET", "<+03>"), and what follows."""
    if text.startswith("<"):
        close = text.find(">")
        inner = text[1:close]
        if close < 2 or not all(ch.isalnum() or ch in "+-" for ch in inner):
            return None, text
        return inner, text[close + 1 :]
    count = next((i for i, ch in enumerate(text) if not ("A" <= ch <= "Z" or "a" <= ch <= "z")), len(text))
    return (text[:count], text[count:]) if count >= 3 else (None, text)


def _offset(text: str) -> tuple[str | None, str]:
    """An offset or time of day at the start of ``text`` ("-1", "5", "+03:30", "2:00:00"), and the rest."""
    count = 1 if text[:1] in ("+", "-") else 0
    while count < len(text) and (text[count].isdigit() or text[count] == ":"):
        count += 1
    found = text[:count]
    parts = found.lstrip("+-").split(":")
    if not found.lstrip("+-") or len(parts) > 3 or not all(part.isdigit() and len(part) <= 3 for part in parts):
        return None, text
    return found, text[count:]


def _change(text: str) -> tuple[str, int] | None:
    """A change of offset: its date rule ("M3.5.0", "J60", "59") and local time of day (seconds)."""
    when, _, at = text.partition("/")
    if when.startswith("M"):
        fields = when[1:].split(".")
        if len(fields) != 3 or not all(field.isdigit() for field in fields):
            return None
    elif not when.lstrip("J").isdigit():
        return None
    if not at:
        return when, 7200  # 02:00, the default
    found, rest = _offset(at)
    return (when, _seconds(found)) if found is not None and not rest else None


def _seconds(text: str) -> int:
    sign = -1 if text.startswith("-") else 1
    parts = [int(part) for part in text.lstrip("+-").split(":")]
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _rule_moment(rule: tuple[str, int], year: int) -> int:
    """A change's local wall time in ``year``, as seconds since the epoch read as UTC."""
    when, seconds = rule
    if when.startswith("M"):
        month, week, weekday = (int(part) for part in when[1:].split("."))
        first = date(year, month, 1)
        day = 1 + (weekday - first.isoweekday() % 7) % 7 + 7 * (week - 1)
        last = ((date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)).day
        while day > last:  # week 5: the last such weekday of the month
            day -= 7
        on = date(year, month, day)
    elif when.startswith("J"):  # 1 to 365, 29 February never counted
        number = int(when[1:])
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        on = date(year, 1, 1) + timedelta(days=number - 1 + (1 if leap and number >= 60 else 0))
    else:  # 0 to 365, 29 February counted
        on = date(year, 1, 1) + timedelta(days=int(when))
    return int((datetime(on.year, on.month, on.day) - _EPOCH).total_seconds()) + seconds
