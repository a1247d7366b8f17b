"""The sources of the directory, each with the lines it backs: what `amexhelp sources` lists."""

from __future__ import annotations

from typing import NamedTuple

from amexhelp.directory.model import SOURCE_KINDS, Directory, SourceRecord
from amexhelp.errors import InputError

KINDS = SOURCE_KINDS


class SourceRow(NamedTuple):
    source: SourceRecord
    lines: tuple[str, ...]  # ids of the lines it backs, in data order


def source_list(directory: Directory, kind: str | None = None) -> tuple[SourceRow, ...]:
    """Every source (or those of one kind), official ones first, then by title; with the lines each backs."""
    if kind is not None and kind not in KINDS:
        raise InputError("unknown-kind", value=kind, known=KINDS)
    backs: dict[str, list[str]] = {source_id: [] for source_id in directory.sources}
    for line in directory.lines:
        for item in line.evidence:
            backs.setdefault(item.source, []).append(line.id)
    rows = [
        SourceRow(source, tuple(dict.fromkeys(backs.get(source.id, ()))))
        for source in directory.sources.values()
        if kind is None or source.kind == kind
    ]
    return tuple(sorted(rows, key=lambda row: (KINDS.index(row.source.kind), row.source.title, row.source.id)))
