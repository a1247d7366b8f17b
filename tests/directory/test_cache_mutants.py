"""The data-file cache's promises one by one, as mutation testing found them unheld: no cache at all, an
untouched file not even read, entries of another format or another user's, the folder's and an entry's
modes, a second entry after a change, the temporary file in the cache folder, and failures that only mean
the file is parsed again. Every file lives in the test's temporary folder."""

from __future__ import annotations

import json
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from amexhelp.directory import _cache as datacache

DOCUMENT = {"schema_version": 2, "lines": [{"id": "a", "e164": "+18005284800"}]}


class Calls:
    """A data file and the cache it is read through, counting the parses and the reads."""

    def __init__(self, tmp_path: Path, document: Any = DOCUMENT, name: str = "directory.json") -> None:
        self.path = tmp_path / name
        self.path.write_text(json.dumps(document), encoding="utf-8")
        self.folder = tmp_path / "cache" / "amexhelp"
        self.parsed = 0
        self.read = 0

    def _parse(self, raw: bytes) -> Any:
        self.parsed += 1
        return json.loads(raw)

    def _read(self) -> bytes:
        self.read += 1
        return self.path.read_bytes()

    def load(self, *, cached: bool = True, parse: Any = None) -> Any:
        return datacache.load(
            str(self.path),
            self.path.stat(),
            parse or self._parse,
            self._read,
            lambda line: (line["id"],),
            str(self.folder) if cached else None,
        )

    def entry(self) -> Path:
        (entry,) = self.folder.iterdir()
        return entry


def test_without_a_cache_folder_the_file_is_read_and_parsed_each_time(tmp_path: Path) -> None:
    calls = Calls(tmp_path)
    for _ in range(2):
        assert calls.load(cached=False) == DOCUMENT
    assert (calls.read, calls.parsed) == (2, 2)
    assert not (tmp_path / "cache").exists()


def test_an_untouched_file_is_not_even_read_again(tmp_path: Path) -> None:
    calls = Calls(tmp_path)
    calls.load()
    assert list(calls.load()["lines"]) == DOCUMENT["lines"]
    assert (calls.read, calls.parsed) == (1, 1)


def test_a_document_that_is_not_an_object_is_cached_whole(tmp_path: Path) -> None:
    calls = Calls(tmp_path, document=[1, 2, 3])
    assert calls.load() == [1, 2, 3]
    assert calls.parsed == 1
    assert len(list(calls.folder.iterdir())) == 1


def test_a_document_marshal_cannot_write_is_answered_and_not_cached(tmp_path: Path) -> None:
    calls = Calls(tmp_path)
    unwritable = {"schema_version": 2, "source": object()}  # JSON never gives one: a parser of another kind
    assert calls.load(parse=lambda raw: unwritable) is unwritable
    assert not calls.folder.exists() or list(calls.folder.iterdir()) == []


def test_a_changed_file_gets_a_new_entry(tmp_path: Path) -> None:
    calls = Calls(tmp_path)
    calls.load()
    changed = {"schema_version": 2, "lines": [{"id": "b", "e164": "+18003270450"}]}
    calls.path.write_text(json.dumps(changed), encoding="utf-8")
    for _ in range(3):
        assert list(calls.load()["lines"]) == changed["lines"]
    assert calls.parsed == 2  # once for the first content, once for the second


@pytest.mark.parametrize("tail", [b"", b"\x01", b"\x01\x00\x00\x00\x00\x00\x00"])
def test_an_entry_cut_just_after_its_magic_line_is_read_again(tmp_path: Path, tail: bytes) -> None:
    calls = Calls(tmp_path)
    calls.load()
    calls.entry().write_bytes(datacache._MAGIC + tail)
    assert calls.load() == DOCUMENT
    assert calls.parsed == 2


def test_an_entry_without_the_magic_line_is_read_again(tmp_path: Path) -> None:
    calls = Calls(tmp_path)
    calls.load()
    entry = calls.entry()
    data = entry.read_bytes()
    entry.write_bytes(b"X" + data[1:])  # everything else intact
    assert calls.load() == DOCUMENT
    assert calls.parsed == 2


def sealed(head: list[Any], payload: bytes) -> bytes:
    """An entry as the writer makes one: magic line, head length, head, seal, payload."""
    blob = marshal.dumps(head)
    seal = zlib.crc32(payload, zlib.crc32(blob))
    return datacache._MAGIC + datacache._SIZE.pack(len(blob)) + blob + datacache._SIZE.pack(seal) + payload


@pytest.mark.parametrize("field", ["format", "python", "path", "short", "long"])
def test_a_sealed_entry_of_another_format_python_or_path_is_not_served(tmp_path: Path, field: str) -> None:
    calls = Calls(tmp_path)
    calls.load()
    entry = calls.entry()
    data = entry.read_bytes()
    start = len(datacache._MAGIC)
    (length,) = datacache._SIZE.unpack_from(data, start)
    head = marshal.loads(data[start + 4 : start + 4 + length])
    assert head[:3] == [4, sys.implementation.cache_tag, str(calls.path)]  # the format, Python, the file
    payload = data[start + 8 + length :]
    if field == "format":
        head[0] = 3
    elif field == "python":
        head[1] = "cpython-27"
    elif field == "path":
        head[2] = str(tmp_path / "other.json")
    elif field == "short":
        head = head[:3]
    else:
        head = [*head, None]
    entry.write_bytes(sealed(head, payload))
    assert calls.load() == DOCUMENT
    assert calls.parsed == 2


def test_an_entry_of_another_user_is_not_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = Calls(tmp_path)
    calls.load()
    someone_else = os.geteuid() + 1
    monkeypatch.setattr(os, "geteuid", lambda: someone_else)  # the entry is now another user's
    assert calls.load() == DOCUMENT
    assert calls.parsed == 2


@pytest.mark.parametrize(("mode", "served"), [(0o644, True), (0o755, True), (0o620, False), (0o602, False)])
def test_an_entry_is_served_unless_someone_else_may_write_it(tmp_path: Path, mode: int, served: bool) -> None:
    calls = Calls(tmp_path)
    calls.load()
    calls.entry().chmod(mode)
    assert list(calls.load()["lines"]) == DOCUMENT["lines"]
    assert calls.parsed == (1 if served else 2)


@pytest.mark.parametrize("mode", [0o755, 0o750, 0o705, 0o720])
def test_a_cache_folder_others_may_read_or_write_is_not_used(tmp_path: Path, mode: int) -> None:
    calls = Calls(tmp_path)
    calls.folder.mkdir(parents=True)
    calls.folder.chmod(mode)
    for _ in range(2):
        assert calls.load() == DOCUMENT
    assert calls.parsed == 2
    assert list(calls.folder.iterdir()) == []


def test_the_temporary_file_is_made_in_the_cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    moves: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(source: str, target: str) -> None:
        moves.append((source, target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "system-temporary"))
    calls = Calls(tmp_path)
    calls.load()
    ((source, target),) = moves
    assert Path(source).parent == Path(target).parent == calls.folder


def test_a_write_whose_temporary_file_vanished_still_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def vanished(source: str, target: str) -> None:
        os.unlink(source)
        raise FileNotFoundError(source)

    monkeypatch.setattr(os, "replace", vanished)
    calls = Calls(tmp_path)
    assert calls.load() == DOCUMENT
    assert list(calls.folder.iterdir()) == []
