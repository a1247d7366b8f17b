"""A cache of parsed AMEXHELP_DATA files, so a large directory is not re-parsed on every run.

Parsing JSON (and checking it against the schema) is the one cost of a data file that grows with its
size (about 150 ms for a directory 100 times the bundled one, measured here). The cache keeps each line
as its own marshalled bytes, beside the few fields the indexes need (``schema.raw_key``), and decodes a
line only when it is used: a lookup touches a handful of lines, so a large file costs little more than a
small one.

An entry cannot lie about its data file:
- it is bound to the file's content: it holds the SHA-256 of the bytes it was made from, and is used only
  when the file read now has that hash (reading and hashing the file costs far less than parsing it);
- it is sealed: a SHA-256 over that hash and everything the entry holds, checked before a byte of it is
  decoded, so an entry changed after it was written (or a corrupt, truncated or foreign file) is dropped
  and the data file parsed again;
- it is the user's own: the folder is created 0700 and used only while it is a real folder (not a
  symlink) owned by the user and closed to others; an entry is opened without following a symlink and
  used only when it is a regular file of the user's that no one else may write; it is written to a
  ``tempfile`` (a new, unpredictable name, never following anything planted there) and renamed into place.
An entry is written only for a file that passed the schema check when it was parsed, so a current entry
is not checked again. Any failure to read or write the cache only means the file is parsed again. It
lives in ``$XDG_CACHE_HOME/amexhelp`` (``$HOME/.cache/amexhelp``) and is safe to delete.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat as st
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


# 4: entries are bound to the data file's content and sealed (format 3 trusted the file's stamps).
_FORMAT = 4
_MAGIC = b"amexhelp-cache\n"
_DIGEST = 32  # bytes of a SHA-256


def cache_dir() -> str | None:
    """The cache folder: ``$XDG_CACHE_HOME/amexhelp``, else ``$HOME/.cache/amexhelp``; None (no cache)
    when neither names an absolute folder (never the working directory, never a home guessed otherwise)."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        home = os.environ.get("HOME") or ""
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "amexhelp")


def load(path: str, raw: bytes, parse: Callable[[bytes], Any], line_key: Callable[[Any], tuple[Any, ...]]) -> Any:
    """The parsed document of the data file at ``path``, whose bytes are ``raw``: from the cache when an
    entry for exactly these bytes is there and intact (its lines then decoded one by one when read, see
    LazyLines), else ``parse(raw)``, stored for next time."""
    import hashlib

    folder = cache_dir()
    absolute = os.path.abspath(path)
    digest = hashlib.sha256(raw).digest()
    head = _MAGIC + marshal.dumps([_FORMAT, sys.implementation.cache_tag, absolute]) + digest
    entry = None
    if folder is not None:
        name = f"{zlib.crc32(absolute.encode()):08x}-{os.path.basename(absolute)[:80]}.marshal"
        entry = os.path.join(folder, name)
        cached = _read_entry(entry, head)
        if cached is not None:
            return cached
    document = parse(raw)
    if entry is not None:
        lines = document.get("lines") if isinstance(document, dict) else None
        if isinstance(lines, list):
            top = {k: v for k, v in document.items() if k != "lines"}
            value: list[Any] = [top, [marshal.dumps(line) for line in lines], [line_key(line) for line in lines]]
        else:
            value = [document, None, None]
        with contextlib.suppress(ValueError):  # a value marshal cannot write: nothing is cached
            _store(entry, head, marshal.dumps(value))
    return document


def _seal(head: bytes, payload: bytes) -> bytes:
    import hashlib

    return hashlib.sha256(head + payload).digest()


def _read_entry(entry: str, head: bytes) -> Any:
    """The document an intact entry for ``head`` holds; None when there is none to trust."""
    try:
        descriptor = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as handle:
            if not _private(os.fstat(handle.fileno()), folder=False):
                return None
            data = handle.read()  # whole: marshal.load(file) reads piecemeal, 15x slower
    except OSError:
        return None
    seal_end = len(head) + _DIGEST
    if not data.startswith(head) or len(data) < seal_end or data[len(head) : seal_end] != _seal(head, data[seal_end:]):
        return None
    try:
        top, blobs, keys = marshal.loads(data[seal_end:])
    except Exception:  # sealed but not ours to read (another format): parse the file again
        return None
    if not isinstance(top, dict):
        return None
    if blobs is None:
        return top
    if not (isinstance(blobs, list) and isinstance(keys, list) and len(blobs) == len(keys)):
        return None
    return {**top, "lines": LazyLines(blobs, keys)}


def _private(status: os.stat_result, *, folder: bool) -> bool:
    """Whether a file (or the folder) is the user's own: the right kind, theirs, and no one else may write it."""
    kind = st.S_ISDIR if folder else st.S_ISREG
    mine = not hasattr(os, "geteuid") or status.st_uid == os.geteuid()
    closed = status.st_mode & (0o077 if folder else 0o022) == 0
    return kind(status.st_mode) and mine and closed


def _store(entry: str, head: bytes, payload: bytes) -> None:
    import tempfile

    folder = os.path.dirname(entry)
    # Make the cache folder (and ~/.cache), but never a home directory, or a cache base's parent, that
    # does not exist: nothing is cached then.
    if not os.path.isdir(os.path.dirname(os.path.dirname(folder))):
        return
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if not _private(os.lstat(folder), folder=True):  # a symlink, someone else's, or open to others
            return
        handle, temporary = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=folder)  # O_EXCL, 0600
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(head + _seal(head, payload) + payload)
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
