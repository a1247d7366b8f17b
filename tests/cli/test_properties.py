"""Property tests: any text, any opening hours, any number written with + and digits. Run by CI's
`-m slow` (and `-m ""`), not by the quick default run: hypothesis alone costs two seconds to
import (tests/conftest.py)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from amexhelp.directory.loading import load_directory
from amexhelp.directory.model import OpenHours, Period
from amexhelp.errors import InputError
from amexhelp.lookup._query import parse
from amexhelp.lookup.hours import DAYS, opening
from amexhelp.verify._wording import red_flags
from amexhelp.verify.checker import fast_international
from harness import RunCli

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_TIMES = [f"{hour:02d}:{minute:02d}" for hour in range(24) for minute in (0, 30)] + ["24:00"]


# Hostile input (from test_hardening): never a traceback, one JSON document or one line of error.
@PROPERTY
@given(text=st.text(max_size=200))
def test_parser_never_crashes(text: str) -> None:
    parsed = parse(text, load_directory().need_ids)
    assert parsed.need is None or parsed.need in load_directory().need_ids


@PROPERTY
@given(text=st.text(min_size=501, max_size=600))
def test_parser_refuses_long_text(text: str) -> None:
    with pytest.raises(InputError):
        parse(text, load_directory().need_ids)


@PROPERTY
@given(text=st.text(max_size=120), country=st.none() | st.text(max_size=20))
def test_lookup_any_text_is_one_json_document_or_a_clean_refusal(cli: RunCli, text: str, country: str | None) -> None:
    args = ["lookup", "--json"]
    if country is not None:
        args += ["--country", country]
    args += ["--", text]
    result = cli(*args)
    assert result.code in (0, 2), result.stderr
    if result.code == 0:
        document = json.loads(result.stdout)
        assert isinstance(document, dict)
        assert result.stderr == ""
    else:
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1


@PROPERTY
@given(text=st.text(max_size=120))
def test_faq_any_text(cli: RunCli, text: str) -> None:
    result = cli("faq", "--json", "--", text)
    assert result.code in (0, 1, 2)
    if result.code == 0:
        json.loads(result.stdout)
    else:
        assert result.stdout == ""


@PROPERTY
@given(text=st.text(max_size=60))
def test_verify_any_text_never_crashes(cli: RunCli, text: str) -> None:
    assume(text != "-")  # "-" is the documented argument for a batch on standard input, not a number
    result = cli("verify", "--json", "--", text)
    assert result.code in (0, 1, 2), result.stderr
    if result.code in (0, 1):
        document = json.loads(result.stdout)
        assert document["official"] is (result.code == 0)
    else:
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1


# Opening hours (from test_hours).


@settings(max_examples=150, deadline=None)
@given(
    periods=st.lists(
        st.tuples(st.sampled_from(sorted(DAYS)), st.sampled_from(_TIMES[:-1]), st.sampled_from(_TIMES)),
        min_size=1,
        max_size=3,
    ),
    zone=st.sampled_from(["Asia/Tokyo", "Europe/London", "America/New_York", "Australia/Sydney"]),
    caller=st.sampled_from(["UTC", "Europe/Paris", "Pacific/Auckland"]),
    minutes=st.integers(min_value=0, max_value=366 * 24 * 60),
)
def test_a_closed_line_opens_at_its_next_opening(
    periods: list[tuple[str, str, str]], zone: str, caller: str, minutes: int
) -> None:
    hours = OpenHours(False, zone, tuple(Period(days, start, end) for days, start, end in periods))
    now = (datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")) + timedelta(minutes=minutes)).astimezone(ZoneInfo(caller))
    found = opening(hours, now)
    if found.open_now:
        assert found.next_open is None
        return
    assert found.open_now is False
    assert found.next_open is not None  # every period recurs within a week
    assert found.next_open > now
    assert opening(hours, found.next_open).open_now is True


# Red flags in a message's words (from test_message_wording).


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("PIN pin cvv Reply with your code .!\n-'暗証番号入力نة् ")), max_size=80)
    | st.text(max_size=80)
)
def test_any_text_gives_flags_whose_words_are_in_it(text: str) -> None:
    for flag in red_flags(text):
        assert flag.code in ("asks-for-secret", "asks-for-payment", "asks-for-remote-access", "urgency")
        assert 0 <= flag.position < len(text)
        assert flag.words
        assert all(word and word in text for word in flag.words)  # quoted as written


# The + fast path of a batch (from test_verify_batch).


@example(text="+0120")  # a country code cannot start with 0: found by this test once
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="+0123456789 -().", max_size=20))
def test_fast_international_never_disagrees(text: str) -> None:
    digits = "".join(ch for ch in text if ch.isdigit())
    fast = fast_international(text, digits)
    if fast is None:
        return
    slow = phonenumbers.parse(text)
    assert phonenumbers.format_number(fast, 0) == phonenumbers.format_number(slow, 0)
