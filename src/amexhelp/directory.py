"""Loading the support directory: the bundled data, or the file AMEXHELP_DATA names. Once per process."""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from amexhelp import index
from amexhelp.errors import DataError
from amexhelp.model import DataOrigin, Directory, Line
from amexhelp.schema import read_directory

DATA_ENV = "AMEXHELP_DATA"
BUNDLED_NAME = "amexhelp/data/directory.json"


def load_directory() -> Directory:
    """The directory in use: AMEXHELP_DATA's file when that is set, else the bundled one."""
    return _load(os.environ.get(DATA_ENV) or None)


@cache
def _load(override: str | None) -> Directory:
    if override is None:
        raw = index.read_package_data("directory.json")
        origin_path, bundled = BUNDLED_NAME, True
    else:
        try:
            with open(override, "rb") as handle:
                raw = handle.read()
        except OSError as error:
            reason = error.strerror or type(error).__name__
            raise DataError(f"cannot read directory data {override} (from {DATA_ENV}): {reason}") from None
        origin_path, bundled = override, False
    origin = DataOrigin(path=origin_path, bundled=bundled, content=raw)
    document = _parse(raw, origin_path)
    directory = read_directory(document, origin, index.country_names(), index.language_names())
    if not bundled:
        directory = _complete(directory)
    return directory


def _parse(raw: bytes, path: str) -> Any:
    try:
        return json.loads(raw)  # bytes: json detects UTF-8 (with or without a BOM), -16 and -32
    except UnicodeDecodeError as error:
        raise DataError(f"invalid directory data in {path}: not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise DataError(
            f"invalid directory data in {path}: line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None


def _complete(directory: Directory) -> Directory:
    """Fill in number facts an override file left out, by asking phonenumbers (slower, but only then)."""
    if all(
        line.international and line.national and line.number_region and line.number_type for line in directory.lines
    ):
        return directory
    from amexhelp.dialing import number_facts

    lines = tuple(
        line
        if line.international and line.national and line.number_region and line.number_type
        else _with_facts(line, number_facts(line.e164))
        for line in directory.lines
    )
    return directory.with_lines(lines)


def _with_facts(line: Line, facts: dict[str, str]) -> Line:
    return line._replace(
        international=line.international or facts["international"],
        national=line.national or facts["national"],
        number_region=line.number_region or facts["number_region"],
        number_type=line.number_type or facts["number_type"],
    )
