"""The sorted name<TAB>value tables searched by bisection: where a name's line is, what follows it, and
every name of a longer table found (names sorted by code point, as the data generator writes them)."""

from __future__ import annotations

import pytest

from amexhelp.directory.index import Lookup, Table

# Three lines, the last without its newline: "a\t1\n" is bytes 0-3, "ab\t2\n" 4-8, "b\t3" 9-11.
DATA = b"a\t1\nab\t2\nb\t3"


@pytest.mark.parametrize(
    ("name", "value", "after"),
    [("a", "1", 4), ("ab", "2", 9), ("b", "3", 12)],
)
def test_a_name_s_value_and_where_the_next_line_starts(name: str, value: str, after: int) -> None:
    assert Table(DATA).value(name) == (value, after)


@pytest.mark.parametrize(
    ("name", "position"),
    [("", 0), ("0", 0), ("aa", 4), ("abc", 9), ("ba", 12), ("c", 12)],
)
def test_a_missing_name_gives_where_it_would_be(name: str, position: int) -> None:
    assert Table(DATA).value(name) == (None, position)


def test_whether_a_longer_name_continues_a_name() -> None:
    table = Table(DATA)
    assert table.continues("a", 4)  # "ab" starts with "a"
    assert not table.continues("ab", 9)
    assert not table.continues("b", 12)  # the end of the table
    assert not table.continues("", 12)
    assert table.continues("", 9)


def test_the_lines_in_order() -> None:
    assert list(Table(DATA).lines()) == [("a", "1"), ("ab", "2"), ("b", "3")]
    assert list(Table(b"").lines()) == []
    assert Table(b"").value("a") == (None, 0)


def test_every_name_of_a_longer_table_is_found_by_bisection() -> None:
    names = sorted(f"{letter}{n}" for letter in ("k", "ł", "東") for n in range(97))
    data = "".join(f"{name}\t{i}\n" for i, name in enumerate(names)).encode()
    table = Lookup(data)
    assert all(table[name] == str(i) for i, name in enumerate(names))
    assert [name in table for name in ("k", "ł100", "東96")] == [False, False, True]
    assert len(table) == 291
    assert list(table) == names


def test_a_value_with_a_tab_is_kept_whole() -> None:
    assert Lookup(b"a\tx\ty\nb\tz\n")["a"] == "x\ty"
    assert dict(Lookup(b"a\tx\ty\nb\tz\n")) == {"a": "x\ty", "b": "z"}
    with pytest.raises(KeyError) as missing:
        Lookup(DATA)["c"]
    assert missing.value.args == ("c",)
    assert 3 not in Lookup(DATA)  # type: ignore[comparison-overlap]


def test_a_value_is_kept_as_written_but_its_newline() -> None:
    assert Lookup(b"a\tSAN JOSE X\nb\tz \n")["a"] == "SAN JOSE X"
    assert Lookup(b"a\tSAN JOSE X\nb\tz \n")["b"] == "z "
    assert Table(b"").value("") == (None, 0)
