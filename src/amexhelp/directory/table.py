"""Sorted ``name<TAB>value`` tables shipped as bytes and searched in place by bisection: loading one is
reading a file, not parsing it (a dict of the 12,000 country names costs more to build than a whole
``--country`` lookup spends on its own work), and a lookup reads the few lines it needs."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property


class Table:
    """A sorted ``name<TAB>value`` table (names sorted by code point, which is UTF-8's byte order)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def _line_at(self, start: int) -> tuple[bytes, int]:
        """The name of the line starting at ``start``, and where the next line starts."""
        data = self._data
        tab = data.find(b"\t", start)
        end = data.find(b"\n", tab)
        return data[start:tab], (len(data) if end < 0 else end + 1)

    def _seek(self, name: bytes) -> int:
        """Where the first line whose name is not less than ``name`` starts."""
        data = self._data
        low, high = 0, len(data)
        while low < high:
            newline = data.rfind(b"\n", low, (low + high) // 2)
            start = low if newline < 0 else newline + 1
            found, after = self._line_at(start)
            if found < name:
                low = after
            else:
                high = start
        return low

    def value(self, name: str) -> tuple[str | None, int]:
        """The value of ``name``'s line (None if there is none), and where the line after it starts."""
        wanted = name.encode()
        data = self._data
        position = self._seek(wanted)
        if position < len(data):
            found, after = self._line_at(position)
            if found == wanted:
                return data[position + len(found) + 1 : after].decode().rstrip("\n"), after
        return None, position

    def continues(self, name: str, position: int) -> bool:
        """Whether the line at ``position`` (as ``value`` returns it) starts with ``name``: some longer
        name starts so."""
        return position < len(self._data) and self._data.startswith(name.encode(), position)

    def lines(self) -> Iterator[tuple[str, str]]:
        """Every (name, value), in order."""
        for line in self._data.decode().splitlines():
            name, _, value = line.partition("\t")
            yield name, value


class Lookup(Mapping[str, str]):
    """A table read as a mapping: a key is found by bisection; iterating parses the whole table once."""

    def __init__(self, data: bytes) -> None:
        self.table = Table(data)

    def __getitem__(self, name: str) -> str:
        value, _ = self.table.value(name)
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.table.value(name)[0] is not None

    @cached_property
    def _whole(self) -> dict[str, str]:
        return dict(self.table.lines())

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole)

    def __len__(self) -> int:
        return len(self._whole)
