"""An open line taking a closed one's place, what mutation testing found unheld: the rest of the answer keeps
its order (nothing lost, nothing twice), wherever the open line stood, and an answer with no line to call
is left as it is. Singapore's corporate lost-card line opens Mon–Fri 09:00–17:30 Singapore time; 2026-12-05
is a Saturday."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from amexhelp.directory.model import Directory
from amexhelp.lookup.answer import Entry, _open_first, answer

SG = ZoneInfo("Asia/Singapore")
OPTIONS: dict[str, Any] = {"country_option": "SG", "product_option": "corporate", "need_option": "lost-card"}


def ids(entries: list[Entry] | tuple[Entry, ...]) -> list[str]:
    return [entry.line.id for entry in entries]


def test_the_open_line_takes_the_closed_ones_place_and_the_rest_keep_their_order(singapore: Directory) -> None:
    weekday = ids(answer(singapore, **OPTIONS, now=datetime(2026, 12, 3, 10, 0, tzinfo=SG)).entries)
    saturday = ids(answer(singapore, **OPTIONS, now=datetime(2026, 12, 5, 3, 0, tzinfo=SG)).entries)
    assert weekday[:2] == ["sg-lost-corporate", "sg-lost-corporate-2"]
    assert len(weekday) > 3
    assert saturday == [weekday[1], weekday[0], *weekday[2:]]


def test_an_open_line_last_in_the_answer_moves_up_once(singapore: Directory) -> None:
    entries = list(answer(singapore, **OPTIONS, now=datetime(2026, 12, 5, 3, 0, tzinfo=SG)).entries)
    opened, closed, *rest = entries
    assert (opened.line.id, closed.line.id) == ("sg-lost-corporate-2", "sg-lost-corporate")
    assert ids(_open_first([closed, *rest, opened])) == ids([opened, closed, *rest])


def test_an_answer_with_no_line_to_call_is_left_as_it_is(directory: Directory) -> None:
    entries = answer(directory, country_option="US", from_option="GB").entries
    unusable = [entry for entry in entries if not entry.usable]  # toll-free lines out of reach from abroad
    assert len(unusable) >= 2
    assert ids(_open_first(unusable)) == ids(unusable)
