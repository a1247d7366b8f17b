"""A notice is a value: a known code and its values, equal (and hashed alike) when both are, shown by both."""

from __future__ import annotations

import pytest

from amexhelp.lookup.notices import Notice


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown notice code 'place-misread'"):
        Notice("place-misread", place="Kyoto")


def test_notices_are_equal_by_code_and_values() -> None:
    read = Notice("place-read", place="Kyoto", country="JP")
    assert read == Notice("place-read", country="JP", place="Kyoto")
    assert read != Notice("place-read", place="Kyoto", country="CN")
    assert read != Notice("place-guessed", place="Kyoto", country="JP")
    assert read != ("place-read", {"place": "Kyoto", "country": "JP"})


def test_equal_notices_hash_alike_whatever_the_order_of_their_values() -> None:
    assert hash(Notice("place-read", place="Kyoto", country="JP")) == hash(
        Notice("place-read", country="JP", place="Kyoto")
    )
    assert len({Notice("card-unknown"), Notice("card-unknown"), Notice("place-read", place="Kyoto")}) == 2
    assert hash(Notice("place-read", place="Kyoto")) != hash(Notice("place-read", place="Kyōto"))
    # A value that does not apply is None: the values are ordered by their names, never by the values.
    unrecognised = Notice("place-unrecognised", place="Atlantis", country=None)
    assert hash(unrecognised) == hash(Notice("place-unrecognised", country=None, place="Atlantis"))


def test_a_notice_is_shown_with_its_code_and_values() -> None:
    read = Notice("place-read", place="Kyoto", country="JP")
    assert repr(read) == "Notice('place-read', place='Kyoto', country='JP')"
    assert repr(Notice("card-unknown")) == "Notice('card-unknown')"
