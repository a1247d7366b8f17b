"""A wait until a line opens ("in 2 d 3 h") with each unit in the form its count takes. The expected
phrases are written by hand from each language's grammar, not taken from the tool's output: Arabic says
one day by the noun with "واحد", two by the dual, 3-10 days with the plural and 11 or more with the
accusative singular, and joins two units with "و"; Hindi's "घंटा" (hour) is "घंटे" after any count but 1;
Russian and German write invariable abbreviations; Japanese and Chinese join units with no space."""

from __future__ import annotations

from datetime import timedelta

import pytest

from amexhelp.render._headline import _span
from amexhelp.render.naming import Naming

CASES = [
    ("en", timedelta(days=2, hours=3), "2 d 3 h"),
    ("en", timedelta(hours=5, minutes=20), "5 h 20 min"),
    ("en", timedelta(minutes=20), "20 min"),
    ("en", timedelta(days=1), "1 d"),
    ("ar", timedelta(days=1, hours=4), "يوم واحد و4 س"),
    ("ar", timedelta(days=2), "يومان"),
    ("ar", timedelta(days=5, hours=1), "5 أيام و1 س"),
    ("ar", timedelta(days=12), "12 يومًا"),
    ("ar", timedelta(minutes=45), "45 د"),
    ("hi", timedelta(hours=1, minutes=30), "1 घंटा 30 मिनट"),
    ("hi", timedelta(hours=3), "3 घंटे"),
    ("hi", timedelta(days=2, hours=1), "2 दिन 1 घंटा"),
    ("ru", timedelta(days=2, hours=21), "2 дн. 21 ч"),
    ("de", timedelta(hours=1, minutes=5), "1 Std. 5 Min."),
    ("ja", timedelta(days=1, hours=2), "1日2時間"),
    ("zh", timedelta(hours=5, minutes=20), "5小时20分钟"),
    ("fr", timedelta(days=3, hours=2), "3 j 2 h"),
]


@pytest.mark.parametrize(("lang", "wait", "expected"), CASES)
def test_a_wait_in_each_language(lang: str, wait: timedelta, expected: str) -> None:
    # Arabic text isolates the digits it holds (U+2066 … U+2069) so that a bidi display keeps their order.
    assert _span(wait, Naming(lang)).translate(_NO_ISOLATES) == expected


_NO_ISOLATES = dict.fromkeys(range(0x2066, 0x206A))


def test_a_whole_number_of_days_shows_no_zero_hours() -> None:
    assert _span(timedelta(days=3, minutes=10), Naming("en")) == "3 d"
