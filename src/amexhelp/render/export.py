"""Saving numbers before a trip: CSV, JSON and vCard 4.0 (RFC 6350) that contact apps import."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from typing import TYPE_CHECKING, Any

from amexhelp.directory import index
from amexhelp.directory.model import SUSPECT, Directory, Line
from amexhelp.errors import InputError
from amexhelp.sanitize import clean

if TYPE_CHECKING:
    from amexhelp.lookup.dialing import Dial
    from amexhelp.render.naming import Naming

FORMATS = ("csv", "json", "vcard")
# Columns added when the export is for a caller (--from): what to dial from there, and whether it rings.
DIAL_COLUMNS = ("dial_from", "dial", "reachable")
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


def lines_to_export(directory: Directory, country: str | None, card: str | None = None) -> tuple[Line, ...]:
    """Every line; or, for a country and/or a card market, those markets' card members' lines (the card's
    first), their areas' lines and the worldwide line as a backup (not the lines for programme
    administrators, merchants or one co-branded card). Never a suspect line (a red flag on its number)."""
    if country is None and card is None:
        return tuple(line for line in directory.lines if line.status != SUSPECT)
    chosen: list[Line] = []
    for market in dict.fromkeys(code for code in (card, country) if code is not None):
        chosen.extend(directory.lines_for_country(directory.market_for(market)))
        for area in directory.areas_of(market):
            chosen.extend(directory.lines_for_area(area.id))
    chosen.append(directory.fallback)
    return tuple(line for line in dict.fromkeys(chosen) if line.status != SUSPECT and line.for_cardmembers)


def render(
    fmt: str,
    lines: tuple[Line, ...],
    directory: Directory,
    source: dict[str, Any],
    caller: str | None = None,
    naming: Naming | None = None,
) -> str:
    """The export in ``fmt`` ("vcf" is "vcard"); with ``caller``, numbers as dialled from there. A vCard's
    words for people (its name and note) are in the language of ``naming`` (English by default); CSV and
    JSON are for programs and are the same in every language."""
    if fmt == "csv":
        return to_csv(lines, caller)
    if fmt == "json":
        from amexhelp.render.dicts import dump, line

        dials = [_dial(item, caller) for item in lines]
        return dump(
            {
                "from": caller,
                "lines": [line(item, dial, directory) for item, dial in zip(lines, dials, strict=True)],
                "source": source,
            }
        )
    return to_vcard(lines, directory, caller, naming)


def _dial(line: Line, caller: str | None) -> Dial | None:
    if caller is None:
        return None
    from amexhelp.lookup.dialing import dial_from

    return dial_from(line, caller)


def to_csv(lines: tuple[Line, ...], caller: str | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS + (DIAL_COLUMNS if caller else ()))
    names = index.country_names()
    for item in lines:
        row = _csv_row(item, names)
        dial = _dial(item, caller)
        if dial is not None:
            row.extend([dial.caller, dial.dial or "", "yes" if dial.reachable else "no"])
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def _csv_row(item: Line, names: dict[str, str]) -> list[str]:
    """A line's cells, in the order of CSV_COLUMNS."""
    return [
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


# What a spreadsheet reads as the start of a formula (=1+1, @SUM, +cmd|..., -2+3) or a control.
_FORMULA_STARTS = ("=", "@", "+", "-", "\t", "\r")
_NUMBER_CHARACTERS = frozenset("0123456789 ()-./")


def _cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: control characters escaped (\\x1b), and a cell that would
    start a formula prefixed with an apostrophe (OWASP's advice), unless it is a phone number written with
    digits and separators only (+81 120 099 818 stays as it is: it calls nothing)."""
    value = clean(value)
    phone = value[:1] == "+" and len(value) > 1 and _NUMBER_CHARACTERS.issuperset(value[1:])
    if value.startswith(_FORMULA_STARTS) and not phone:
        return f"'{value}"
    return value


def to_vcard(
    lines: tuple[Line, ...], directory: Directory, caller: str | None = None, naming: Naming | None = None
) -> str:
    """One contact per country (or area), CRLF-delimited; each number once, as a TEL entry with a tel:
    URI in + form (which dials from anywhere it rings). With ``caller``, the numbers that do not ring
    from there are left out of the TEL entries and named in the note. A number with no international
    form (Korea's 00798) is a text TEL, never a tel: link, and its note says so."""
    from amexhelp.render.naming import ENGLISH_NAMES

    naming = naming or ENGLISH_NAMES
    groups: dict[str, list[Line]] = {}
    for item in lines:
        groups.setdefault(naming.place(item, directory), []).append(item)  # its country, its area or Worldwide
    cards: list[str] = []
    for place, items in groups.items():
        cards.extend(_fold(row) for row in _card(place, items, caller, naming))
    return "".join(f"{row}\r\n" for row in cards)


def _card(place: str, items: list[Line], caller: str | None, naming: Naming) -> list[str]:
    """The rows of one contact: the lines of one place, each number once (whatever lines share it)."""
    from amexhelp.render import _standing as standing

    _ = naming._
    name = _("American Express ({place})").format(place=place)
    rows = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{_escape(name)}", "ORG:American Express", "KIND:org"]
    numbers: dict[str, list[Line]] = {}
    for item in items:
        numbers.setdefault(item.e164 or item.domestic_dial or item.display, []).append(item)
    notes: list[str] = []
    position = 0
    for same in numbers.values():
        label = " / ".join(dict.fromkeys(item.label for item in same))
        dial = _dial(same[0], caller)
        if dial is not None and not dial.reachable:
            notes.append(_unreachable_note(same[0], label, dial.caller, naming))
            continue
        position += 1
        rows.extend(_tel_rows(position, same, label))
        notes.append(_tel_note(same[0], label, dial, naming))
    if caller:
        notes.append(_("Numbers as dialled from {place}").format(place=naming.country(caller)))
    note = _("{notes}. Confirm with the number on the back of your card.").format(notes="; ".join(notes))
    if standing.texts_note(naming):
        note = f"{note} {standing.texts_note(naming)}"
    return [*rows, f"NOTE:{_escape(note)}", "END:VCARD"]


def _tel_rows(position: int, same: list[Line], label: str) -> list[str]:
    """A number's TEL entry (a tel: URI in + form, or the number as text when it has no international
    form) and its label, numbered ``position``."""
    first = same[0]
    kind = "fax" if all(item.service == "fax" for item in same) else "voice"
    if first.e164 is None:
        tel = f'item{position}.TEL;VALUE=text;TYPE="{kind}";PREF={position}:{_escape(first.display)}'
    else:
        tel = f'item{position}.TEL;VALUE=uri;TYPE="{kind}";PREF={position}:tel:{first.e164}'
    return [tel, f"item{position}.X-ABLabel:{_escape(label)}"]


def _tel_note(first: Line, label: str, dial: Dial | None, naming: Naming) -> str:
    """What the note says of a number with a TEL entry: as dialled (from the caller, if one was given)
    and its hours; for one with no international form, that it is dialled as written, at home only."""
    _ = naming._
    hours = first.hours or _("hours not stated")
    if first.e164 is None:
        home = naming.country(first.country) if first.country else _("its country")
        text = _(
            "{label}: {number}, {hours}; no international form, so no tel: link: dial it as written,"
            " from inside {place} only"
        )
        return text.format(label=label, number=first.display, hours=hours, place=home)
    shown = dial.dial if dial is not None and dial.dial else first.international
    return f"{label}: {shown}, {hours}"


def _unreachable_note(first: Line, label: str, caller: str, naming: Naming) -> str:
    """What the note says of a number that does not ring from ``caller``, and why."""
    from amexhelp.render.view import unreachable_text

    text = naming._("{label}: {number}, not callable from {place} ({reason})")
    number = first.international or first.display
    return text.format(label=label, number=number, place=naming.country(caller), reason=unreachable_text(first, naming))


def _escape(text: str) -> str:
    """RFC 6350 text value escaping: a line break of any kind (CR, LF, CRLF) is the two characters \\n,
    so it never starts a property of its own; other control characters are shown as escapes (\\x1b, a
    text of the value); then backslashes, commas and semicolons are escaped."""
    parts = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\\n".join(clean(part).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;") for part in parts)


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
    file; refuse to replace an existing file unless ``force``. Only a regular file is ever written or
    replaced: a symlink (even a dangling one), a device, a FIFO, a socket or a folder is refused, with or
    without ``force`` (for a stream, write to stdout: ``-o -`` or a shell redirection). The temporary
    file is a ``tempfile`` in the target's folder, removed on any failure."""
    import stat

    try:
        status: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise InputError("cannot-write", path=path, reason=_reason(error)) from None
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise InputError("output-not-a-file", path=path)
    if status is not None and not force:
        raise InputError("file-exists", path=path)
    content = text.encode("utf-8", "backslashreplace")  # encoded first: nothing can fail halfway through
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".amexhelp-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise InputError("cannot-write", path=path, reason=_reason(error)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
        umask = os.umask(0)  # mkstemp makes the file private; give it the mode a plain open() would
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException as error:  # an interrupt, too, leaves no temporary file behind
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise InputError("cannot-write", path=path, reason=_reason(error)) from None
        raise


def _reason(error: OSError) -> str:
    """Why the system refused, in its words; an error without them (raised with a message only) by its kind."""
    return error.strerror or type(error).__name__
