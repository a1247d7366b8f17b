"""Saving numbers before a trip: CSV, JSON and vCard 4.0 (RFC 6350) that contact apps import."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from typing import Any

from amexhelp import index
from amexhelp.errors import InputError
from amexhelp.model import Directory, Line

FORMATS = ("csv", "json", "vcard")
CSV_COLUMNS = (
    "id",
    "country",
    "country_name",
    "area",
    "service",
    "label",
    "e164",
    "international",
    "display",
    "toll_free",
    "hours",
    "languages",
    "notes",
)


def lines_to_export(directory: Directory, country: str | None) -> tuple[Line, ...]:
    """Every line, or a country's lines (its area's and the worldwide line as a backup)."""
    if country is None:
        return directory.lines
    chosen = list(directory.lines_for_country(country))
    for area in directory.areas_of(country):
        chosen.extend(directory.lines_for_area(area.id))
    chosen.append(directory.fallback)
    return tuple(dict.fromkeys(chosen))


def render(fmt: str, lines: tuple[Line, ...], directory: Directory, source: dict[str, Any]) -> str:
    if fmt == "csv":
        return to_csv(lines)
    if fmt == "json":
        from amexhelp.render.dicts import dump, line

        return dump({"lines": [line(item, None, directory) for item in lines], "source": source})
    return to_vcard(lines, directory)


def to_csv(lines: tuple[Line, ...]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    names = index.country_names()
    for item in lines:
        writer.writerow(
            [
                item.id,
                item.country or "",
                names.get(item.country, "") if item.country else "",
                item.area or "",
                item.service,
                item.label,
                item.e164 or "",
                item.international,
                item.display,
                "yes" if item.toll_free else "no",
                item.hours or "",
                " ".join(item.languages),
                " | ".join(item.all_notes),
            ]
        )
    return out.getvalue()


def to_vcard(lines: tuple[Line, ...], directory: Directory) -> str:
    """One contact per country (or area), its lines as TEL entries with tel: URIs, CRLF-delimited."""
    from amexhelp.render.naming import Naming

    naming = Naming()
    groups: dict[str, list[Line]] = {}
    for item in lines:
        groups.setdefault(naming.place(item, directory), []).append(item)
    cards: list[str] = []
    for place, items in groups.items():
        rows = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            f"FN:{_escape(f'American Express ({place})')}",
            "ORG:American Express",
            "KIND:org",
        ]
        for position, item in enumerate(items, 1):
            if item.e164 is None:  # no international form: no tel: link a phone could misdial (said in the note)
                continue
            kind = "fax" if item.service == "fax" else "voice"
            rows.append(f'item{position}.TEL;VALUE=uri;TYPE="{kind}";PREF={position}:tel:{item.e164}')
            rows.append(f"item{position}.X-ABLabel:{_escape(item.label)}")
        note = "; ".join(
            f"{item.label}: {item.international or item.display + ' (only from inside the country; no link)'},"
            f" {item.hours or 'hours not stated'}"
            for item in items
        )
        rows.append(f"NOTE:{_escape(note + '. Confirm with the number on the back of your card.')}")
        rows.append("END:VCARD")
        cards.extend(_fold(row) for row in rows)
    return "".join(f"{row}\r\n" for row in cards)


def _escape(text: str) -> str:
    """RFC 6350 text value escaping."""
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(row: str, limit: int = 75) -> str:
    """RFC 6350 line folding: no line longer than 75 octets, continuation lines start with a space."""
    out: list[str] = []
    current = b""
    for ch in row:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > (limit if not out else limit - 1):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def write_atomically(path: str, text: str, *, force: bool) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so no reader ever sees half a
    file; refuse to replace an existing file unless ``force``."""
    if os.path.exists(path) and not force:
        raise InputError(f"{path} already exists", suggestion="use --force to replace it")
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".amexhelp-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        umask = os.umask(0)  # mkstemp makes the file private; give it the mode a plain open() would
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as error:
        os.unlink(temporary)
        raise InputError(f"cannot write {path}: {error.strerror}") from None
