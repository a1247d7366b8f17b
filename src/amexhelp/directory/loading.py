"""Loading the support directory: the bundled data, or the file AMEXHELP_DATA names. Once per process.

The bundled directory is one file, ``data/directory.jsonl``: the directory document (the JSON a file
``AMEXHELP_DATA`` names holds) written as JSON Lines by the build (``python -m tools.datagen``, ``split``).
Its first row holds everything but the lines, the sources and the markets, with what the indexes need of
each line (``schema.raw_key``), each source's id and each market's code; then each line, each source and
each market on a row of its own, in the document's order. A run parses the first, and each of the others
when it is read (``joined``): parsing the document whole was 12.5 M instructions of every lookup (5 % of
`import typer`), which reads a dozen of its lines, a few of its sources and none of its markets.
``--version``'s and ``data show``'s SHA-256 are this file's; the document people read and edit is made from
it (``document_text``: ``amexhelp data document``). ``joined(split(document))`` holds what ``document``
holds, in its order.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, overload

from amexhelp.directory import index
from amexhelp.directory.model import DataOrigin, Directory, Line
from amexhelp.directory.schema import raw_key, read_directory
from amexhelp.errors import DataError

DATA_ENV = "AMEXHELP_DATA"
# The bundled directory (``split`` writes it at build time, ``joined`` reads it), and how answers name it.
BUNDLED_FILE = "directory.jsonl"
BUNDLED_NAME = f"amexhelp/data/{BUNDLED_FILE}"


# What a local file is named by in its errors: the variable, or the command that installed it.
INSTALLED_BY = "amexhelp data install"


def load_directory(override: str | None = None, *, installed: bool = False, cache: str | None = None) -> Directory:
    """The directory in use: the file ``override`` names (AMEXHELP_DATA, or with ``installed`` the file
    `amexhelp data install` wrote: the CLI says which), else the bundled one. ``cache``: the folder where
    a parsed file is kept for the next run (None: none; the CLI names it)."""
    return _load(override or None, installed, cache)


def bundled_lists(e164: str) -> bool:
    """Whether the bundled directory lists this number (so that a local file is not its only voucher)."""
    return bool(_load(None, False).lines_with_number(e164))


@cache
def _load(override: str | None, installed: bool = False, cache: str | None = None) -> Directory:
    if override is None:
        # Each line, source and market parsed only when read.
        document = joined(index.read_package_data(BUNDLED_FILE))
        origin = DataOrigin(path=BUNDLED_NAME, bundled=True, content=None)
        complete = None  # the bundled data carries every derived field
    else:
        from amexhelp.directory import _cache as datacache

        variable = INSTALLED_BY if installed else DATA_ENV
        status = _status(override, variable)
        origin = DataOrigin(override, False, None, installed=installed, date=_day(status.st_mtime))
        # Checked whole when parsed (a cache entry is written only for a document that passed), so a
        # cached file is not checked again until its content changes.
        document = datacache.load(
            override,
            status,
            lambda raw: _checked(_with_status(_shallow(_parse(raw, override), override)), override),
            lambda: _read(override),
            raw_key,
            cache,
        )
        complete = _complete  # an override may leave the derived fields to phonenumbers
    # Checked already (the bundled file when the package was built, another when it was parsed): no names
    # to check it against are read.
    return read_directory(document, origin, {}, {}, complete, checked=True)


def _day(timestamp: float) -> str:
    """A file's modification time as a local calendar day (ISO 8601)."""
    from datetime import date

    return date.fromtimestamp(timestamp).isoformat()


def _checked(document: Any, path: str) -> Any:
    from amexhelp.directory.validation import Known, validate

    validate(document, path, Known(index.country_names(), index.language_names()))
    return document


# The largest data file read (the bundled one is about 240 KB; a directory 100 times as large fits),
# and the deepest nesting of its JSON (the schema's is 6): beyond them a file is refused, not read.
MAX_DATA_BYTES = 64 * 1024 * 1024
MAX_DATA_DEPTH = 32


def _status(path: str, variable: str = DATA_ENV) -> os.stat_result:
    """The data file's status, if it is a regular file of at most MAX_DATA_BYTES (refused before it is read);
    ``variable`` is what named the file, for the error."""
    import stat

    try:
        status = os.stat(path)
    except OSError as error:
        raise DataError("data-unreadable", path=path, variable=variable, reason=_reason(error)) from None
    if not stat.S_ISREG(status.st_mode):
        raise DataError("data-not-a-file", path=path, variable=variable)
    if status.st_size > MAX_DATA_BYTES:
        raise DataError("data-too-large", path=path, limit=MAX_DATA_BYTES)
    return status


def _read(path: str) -> bytes:
    """The bytes of the data file: a regular file (a FIFO, a device or a folder is refused before it is
    read, so that neither /dev/zero nor a FIFO with no writer holds the run) of at most MAX_DATA_BYTES."""
    import stat

    try:
        # O_NONBLOCK: opening a FIFO with no writer would wait for one.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DataError("data-not-a-file", path=path, variable=DATA_ENV)
            raw = handle.read(MAX_DATA_BYTES + 1)
    except OSError as error:
        raise DataError("data-unreadable", path=path, variable=DATA_ENV, reason=_reason(error)) from None
    if len(raw) > MAX_DATA_BYTES:
        raise DataError("data-too-large", path=path, limit=MAX_DATA_BYTES)
    return raw


def _shallow(document: Any, path: str) -> Any:
    """The document, if its lists and objects nest at most MAX_DATA_DEPTH deep (walked without recursion)."""
    stack = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        for child in children:
            if isinstance(child, (dict, list)):
                if depth >= MAX_DATA_DEPTH:
                    raise DataError("data-too-deep", path=path, limit=MAX_DATA_DEPTH)
                stack.append((child, depth + 1))
    return document


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def data_sha256(origin: DataOrigin) -> str:
    """The SHA-256 of the data file in use (hashlib costs start-up time, so only when asked)."""
    import hashlib

    if origin.content is not None:
        content = origin.content
    elif origin.bundled:
        content = index.read_package_data(BUNDLED_FILE)
    else:
        content = _read(origin.path)
    return hashlib.sha256(content).hexdigest()


def _parse(raw: bytes, path: str) -> Any:
    try:
        return json.loads(raw)  # bytes: json detects UTF-8 (with or without a BOM), -16 and -32
    except UnicodeDecodeError as error:
        raise DataError("data-not-utf8", path=path, byte=error.start) from None
    except RecursionError:  # nested deeper than the parser goes
        raise DataError("data-too-deep", path=path, limit=MAX_DATA_DEPTH) from None
    except json.JSONDecodeError as error:
        raise DataError("data-not-json", path=path, line=error.lineno, column=error.colno, detail=error.msg) from None


def _with_status(document: Any) -> Any:
    """A schema-1 file read as schema 2 (every line guide-only); a status derived where a file left it out."""
    from amexhelp.directory import evidence

    if not isinstance(document, dict) or not isinstance(document.get("lines"), list):
        return document  # the schema check says what is wrong
    if document.get("schema_version") == 1:
        return evidence.upgrade_v1(document)
    lacks_status = any(isinstance(line, dict) and "status" not in line for line in document["lines"])
    if document.get("schema_version") == 2 and isinstance(document.get("sources"), list) and lacks_status:
        return evidence.derive(document)
    return document


def _complete(line: Line) -> Line:
    """Fill in the derived fields an override file left out, by asking phonenumbers (slower, but only then)."""
    derived = ("international", "national", "number_region", "number_type", "home_dial")
    complete = line.e164 is None or all(getattr(line, field) for field in derived)
    if complete and (line.abroad_ok or line.abroad_reason is not None):
        return line
    from amexhelp.directory.numbers import line_facts

    facts = line_facts(line)
    return line._replace(**{k: getattr(line, k) or v for k, v in facts.items()})


# The lists of the document kept one item a line, and the field that names each item.
_ITEMS = {"lines": None, "sources": "id", "markets": "code"}


class Lazy(Sequence[Any]):
    """Items kept as bytes, each decoded when read (not kept: the directory keeps what it builds), and
    ``keys``, what the indexes need of each item, read without decoding it."""

    def __init__(self, blobs: Sequence[bytes], keys: Sequence[Any], decode: Callable[[bytes], Any]) -> None:
        self._blobs = blobs
        self._decode = decode
        self.keys = keys

    def __len__(self) -> int:
        return len(self._blobs)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self._decode(blob) for blob in self._blobs[index]]
        return self._decode(self._blobs[index])


def split(document: Mapping[str, Any]) -> str:
    """A checked directory document in the bundled form (written at build time). The first row's document
    holds the lines, sources and markets as nulls, so that ``joined`` gives the fields in their order."""
    keys = {name: [item[key] if key else raw_key(item) for item in document[name]] for name, key in _ITEMS.items()}
    head = {"document": {name: None if name in _ITEMS else value for name, value in document.items()}, **keys}
    rows = [head, *(item for name in _ITEMS for item in document[name])]
    return "".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows)


def joined(raw: bytes) -> dict[str, Any]:
    """The document of the bundled form: its lines, sources and markets each parsed when read, their keys
    (``Lazy.keys``) at once."""
    rows = raw.split(b"\n")
    head = json.loads(rows[0])
    document: dict[str, Any] = head["document"]
    at = 1
    for name in _ITEMS:
        keys = head[name]
        document[name] = Lazy(rows[at : at + len(keys)], keys, json.loads)
        at += len(keys)
    if at != len(rows) - 1 or rows[at]:
        raise ValueError(f"a split directory of {len(rows) - 1} rows where its head counts {at}")
    return document


def bundled_document() -> dict[str, Any]:
    """The bundled directory as one plain document, every row parsed: what a data file holds."""
    document = joined(index.read_package_data(BUNDLED_FILE))
    return {name: list(value) if name in _ITEMS else value for name, value in document.items()}


def document_text(origin: DataOrigin) -> str:
    """The data in use as one JSON document, indented (a file ``AMEXHELP_DATA`` and ``amexhelp data install``
    read): the bundled directory made from its rows, or a local file's document as it is written."""
    document = bundled_document() if origin.bundled else _parse(_read(origin.path), origin.path)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
