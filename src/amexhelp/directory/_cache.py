"""A cache of parsed AMEXHELP_DATA files, so a large directory is not re-parsed on every run.

Parsing JSON is the one cost of a data file that grows with its size (about 150 ms for a directory
100 times the bundled one, measured here). The cache keeps each line as its own marshalled bytes,
beside the few fields the indexes need (``schema.raw_key``), and decodes a line only when it is
used: a lookup touches a handful of lines, so a large file costs little more than a small one.
The cache works like Python's own bytecode cache: an entry is used only while the data
file's size, modification time, change time and inode are what they were when it was written; the
document is then checked against the schema exactly as if it had just been parsed. Any failure to
read or write the cache only means the file is parsed again. It lives in
``$XDG_CACHE_HOME/amexhelp`` (``~/.cache/amexhelp``) and is safe to delete.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Callable, Sequence
from typing import Any, overload


class LazyLines(Sequence[Any]):
    """A data file's lines, each decoded from its marshalled bytes when first read."""

    def __init__(self, blobs: list[bytes], keys: list[tuple[Any, ...]]) -> None:
        self._blobs = blobs
        self.keys = keys  # what schema.raw_key read of each line when the cache was written

    def __len__(self) -> int:
        return len(self._blobs)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [marshal.loads(blob) for blob in self._blobs[index]]
        return marshal.loads(self._blobs[index])


_FORMAT = 3  # 3: raw_key gives a non-object line's kind as a code ("list"), no longer in words


def cache_dir() -> str | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no usable home: never write into the working directory
        return None
    return os.path.join(base, "amexhelp")


def load(
    path: str,
    stat: os.stat_result,
    parse: Callable[[bytes], Any],
    read: Callable[[], bytes],
    line_key: Callable[[Any], tuple[Any, ...]],
) -> Any:
    """The parsed document of the data file at ``path``: from the cache when it is current (its lines
    then decoded one by one when read, see LazyLines), else ``parse(read())``, stored for next time."""
    folder = cache_dir()
    absolute = os.path.abspath(path)
    stamp = [
        _FORMAT,
        sys.implementation.cache_tag,
        absolute,
        stat.st_size,
        stat.st_mtime_ns,
        stat.st_ctime_ns,
        stat.st_ino,
    ]
    entry = None
    if folder is not None:
        entry = os.path.join(folder, f"{zlib.crc32(absolute.encode()):08x}-{os.path.basename(absolute)[:80]}.marshal")
        try:
            with open(entry, "rb") as handle:
                cached = marshal.loads(handle.read())  # whole: marshal.load(file) reads piecemeal, 15x slower
            if isinstance(cached, list) and len(cached) == 4 and cached[0] == stamp:
                _, top, blobs, keys = cached
                return {**top, "lines": LazyLines(blobs, keys)} if blobs is not None else top
        except (OSError, EOFError, ValueError, TypeError):
            pass
    document = parse(read())
    if entry is not None:
        lines = document.get("lines") if isinstance(document, dict) else None
        if isinstance(lines, list):
            top = {k: v for k, v in document.items() if k != "lines"}
            _store(entry, [stamp, top, [marshal.dumps(line) for line in lines], [line_key(line) for line in lines]])
        else:
            _store(entry, [stamp, document, None, None])
    return document


def _store(entry: str, value: Any) -> None:
    folder = os.path.dirname(entry)
    # Make the cache folder (and ~/.cache), but never a home directory, or a cache base's parent, that
    # does not exist: nothing is cached then.
    if not os.path.isdir(os.path.dirname(os.path.dirname(folder))):
        return
    temporary = f"{entry}.{os.getpid()}.tmp"
    try:
        os.makedirs(folder, exist_ok=True)
        with open(temporary, "wb") as handle:
            marshal.dump(value, handle)
        os.replace(temporary, entry)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
