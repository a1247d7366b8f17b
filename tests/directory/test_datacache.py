from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from amexhelp.cli._environment import cache_dir
from amexhelp.directory import _cache as datacache
from amexhelp.directory.loading import Lazy


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "directory.json"
    path.write_text(json.dumps({"a": [1, 2, 3]}), encoding="utf-8")
    return path


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def parse(self, raw: bytes) -> Any:
        self.calls += 1
        return json.loads(raw)


def load(path: Path, counter: Counter) -> Any:
    return datacache.load(str(path), os.stat(path), counter.parse, path.read_bytes, lambda line: (line,), cache_dir())


def test_second_load_comes_from_the_cache(data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    counter = Counter()
    assert load(data_file, counter) == {"a": [1, 2, 3]}
    assert load(data_file, counter) == {"a": [1, 2, 3]}
    assert counter.calls == 1
    assert len(list((tmp_path / "cache" / "amexhelp").iterdir())) == 1


def test_a_changed_file_is_parsed_again(data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    counter = Counter()
    load(data_file, counter)
    data_file.write_text(json.dumps({"a": [4, 5, 6, 7]}), encoding="utf-8")
    assert load(data_file, counter) == {"a": [4, 5, 6, 7]}
    assert counter.calls == 2


def test_a_corrupt_cache_entry_is_ignored(data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    counter = Counter()
    load(data_file, counter)
    for entry in (tmp_path / "cache" / "amexhelp").iterdir():
        entry.write_bytes(b"\x00garbage")
    assert load(data_file, counter) == {"a": [1, 2, 3]}
    assert counter.calls == 2


def test_an_unwritable_cache_still_answers(data_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    counter = Counter()
    assert load(data_file, counter) == {"a": [1, 2, 3]}
    assert load(data_file, counter) == {"a": [1, 2, 3]}
    assert counter.calls == 2


def test_no_usable_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "relative/home")
    assert cache_dir() is None


def test_cached_lines_are_decoded_one_by_one_with_their_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "directory.json"
    document = {"schema_version": 2, "lines": [{"id": "a", "country": "JP"}, {"id": "b", "country": None}]}
    path.write_text(json.dumps(document), encoding="utf-8")
    counter = Counter()

    def key(line: Any) -> tuple[Any, ...]:
        return (line["id"],)

    first = datacache.load(str(path), os.stat(path), counter.parse, path.read_bytes, key, cache_dir())
    second = datacache.load(str(path), os.stat(path), counter.parse, path.read_bytes, key, cache_dir())
    assert counter.calls == 1
    assert first == document
    assert isinstance(second["lines"], Lazy)
    assert second["lines"].keys == [("a",), ("b",)]
    assert list(second["lines"]) == document["lines"]
    assert second["lines"][1] == {"id": "b", "country": None}
    assert second["schema_version"] == 2


def test_a_missing_home_is_never_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "no-such-home"
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    path = tmp_path / "directory.json"
    path.write_text(json.dumps({"lines": [{"id": "a"}]}), encoding="utf-8")
    counter = Counter()
    for _ in range(2):
        datacache.load(str(path), os.stat(path), counter.parse, path.read_bytes, lambda line: (line,), cache_dir())
    assert not home.exists()
    assert counter.calls == 2  # parsed each time: there is nowhere to cache


def test_the_default_cache_is_under_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "directory.json"
    path.write_text(json.dumps({"lines": [{"id": "a"}]}), encoding="utf-8")
    datacache.load(str(path), os.stat(path), Counter().parse, path.read_bytes, lambda line: (line,), cache_dir())
    assert len(list((tmp_path / ".cache" / "amexhelp").iterdir())) == 1


def test_a_slice_of_cached_lines_is_decoded() -> None:
    import marshal

    from amexhelp.directory.loading import Lazy

    blobs = [marshal.dumps({"id": "a"}), marshal.dumps({"id": "b"})]
    lines = Lazy(blobs, [("a",), ("b",)], marshal.loads)
    assert lines[0:2] == [{"id": "a"}, {"id": "b"}]
    assert lines[1:] == [{"id": "b"}]


@pytest.mark.parametrize(
    "payload",
    [
        ({"source": {}}, [b"line"], "not a list"),
        ({"source": {}}, "not a list", []),
        ({"source": {}}, [b"line"], []),  # a line without its key
        (["not a document"], None, None),
    ],
)
def test_a_sealed_entry_of_the_wrong_shape_is_not_served(payload: tuple[Any, Any, Any]) -> None:
    import marshal

    assert datacache._document(marshal.dumps(payload)) is None
