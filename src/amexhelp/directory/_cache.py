"""A cache of parsed AMEXHELP_DATA files, so a large directory is not re-parsed on every run.

Parsing JSON (and checking it against the schema) is the one cost of a data file that grows with its
size (about 150 ms for a directory 100 times the bundled one, measured here). The cache keeps each line
as its own marshalled bytes, beside the few fields the indexes need (``schema.raw_key``), and decodes a
line only when it is used: a lookup touches a handful of lines, so a large file costs little more than a
small one.

An entry cannot lie about its data file:
- it is bound to the file's content: it holds the file's size and CRC-32 and the stamps it had (size,
  modification and change times, inode, device). While the stamps are those, the content is the one the
  entry was made from (the change time cannot be set back); when they differ (the file touched, copied or
  rewritten), the file is read and the entry used only if its content is still the same;
- it is sealed: a CRC-32 over everything it holds, checked before a byte of it is decoded, so an entry
  damaged after it was written (truncated, corrupt, another format) is dropped and the file parsed again;
- it is the user's own: the folder is created 0700 and used only while it is a real folder (not a
  symlink) owned by the user and closed to others; an entry is opened without following a symlink and
  used only when it is a regular file of the user's that no one else may write; it is written to a
  ``tempfile`` (a new, unpredictable name, never following anything planted there) and renamed into place.
  Only the user (or root) can write there, and they can write the data file itself as well.
An entry is written only for a file that passed the schema check when it was parsed, so a current entry
is not checked again. Any failure to read or write the cache only means the file is parsed again. It
lives in the folder the command-line layer names (``$XDG_CACHE_HOME/amexhelp``, else
``$HOME/.cache/amexhelp``) and is safe to delete.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat as st
import struct
import sys
import zlib
from collections.abc import Callable
from typing import Any

from amexhelp.directory.loading import Lazy

# 4: entries are bound to the data file's content and sealed (format 3 trusted the file's stamps alone).
_FORMAT = 4
_MAGIC = b"amexhelp-cache\n"
_SIZE = struct.Struct("<I")  # the length of an entry's head, and its seal (a CRC-32)


def load(
    path: str,
    stat: os.stat_result,
    parse: Callable[[bytes], Any],
    read: Callable[[], bytes],
    line_key: Callable[[Any], tuple[Any, ...]],
    folder: str | None,
) -> Any:
    """The parsed document of the data file at ``path`` (``stat`` its status, ``read`` its bytes): from the
    cache in ``folder`` (None: no cache) when an intact entry for its content is there (its lines then
    decoded one by one when read: ``loading.Lazy``), else ``parse(read())``, stored for next time."""
    absolute = os.path.abspath(path)
    ours = [_FORMAT, sys.implementation.cache_tag, absolute]
    stamps = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev]
    entry = None
    raw = None
    if folder is not None:
        name = f"{zlib.crc32(absolute.encode()):08x}-{os.path.basename(absolute)[:80]}.marshal"
        entry = os.path.join(folder, name)
        cached, raw = _read_entry(entry, ours, stamps, read)
        if cached is not None:
            return cached
    if raw is None:
        raw = read()
    document = parse(raw)
    if entry is not None:
        lines = document.get("lines") if isinstance(document, dict) else None
        if isinstance(lines, list):
            top = {k: v for k, v in document.items() if k != "lines"}
            value: list[Any] = [top, [marshal.dumps(line) for line in lines], [line_key(line) for line in lines]]
        else:
            value = [document, None, None]
        with contextlib.suppress(ValueError):  # a value marshal cannot write: nothing is cached
            head = marshal.dumps([*ours, stamps, len(raw), zlib.crc32(raw)])
            _store(entry, head, marshal.dumps(value))
    return document


def _read_entry(entry: str, ours: list[Any], stamps: list[int], read: Callable[[], bytes]) -> tuple[Any, bytes | None]:
    """The document an intact entry for the data file's content holds (None when there is none to
    trust), and the file's bytes if they had to be read to tell."""
    data = _entry_bytes(entry)
    if data is None or not data.startswith(_MAGIC) or len(data) < len(_MAGIC) + 2 * _SIZE.size:
        return None, None
    at = len(_MAGIC)
    (length,) = _SIZE.unpack_from(data, at)
    head_end = at + _SIZE.size + length
    try:
        head = marshal.loads(data[at + _SIZE.size : head_end])
        (seal,) = _SIZE.unpack_from(data, head_end)
    except Exception:  # anything but a head of ours: parse the file again
        return None, None
    if not (isinstance(head, list) and len(head) == 6 and head[:3] == ours):
        return None, None
    raw = None
    if head[3] != stamps:  # touched, copied or rewritten: the entry serves only the same content
        raw = read()
        if len(raw) != head[4] or zlib.crc32(raw) != head[5]:
            return None, raw
    payload = data[head_end + _SIZE.size :]
    if zlib.crc32(payload, zlib.crc32(data[at + _SIZE.size : head_end])) != seal:
        return None, raw
    return _document(payload), raw


def _entry_bytes(entry: str) -> bytes | None:
    """An entry's bytes: opened without following a symlink, and only a regular file of the user's
    that no one else may write."""
    try:
        descriptor = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as handle:
            if not _private(os.fstat(handle.fileno()), folder=False):
                return None
            return handle.read()  # whole: marshal.load(file) reads piecemeal, 15x slower
    except OSError:
        return None


def _document(payload: bytes) -> Any:
    try:
        top, blobs, keys = marshal.loads(payload)
    except Exception:  # sealed but not of this shape: parse the file again
        return None
    if not isinstance(top, dict):
        return None
    if blobs is None:
        return top
    if not (isinstance(blobs, list) and isinstance(keys, list) and len(blobs) == len(keys)):
        return None
    return {**top, "lines": Lazy(blobs, keys, marshal.loads)}


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
            seal = zlib.crc32(payload, zlib.crc32(head))
            out.write(b"".join((_MAGIC, _SIZE.pack(len(head)), head, _SIZE.pack(seal), payload)))
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
