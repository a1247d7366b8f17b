"""Exports written out whole, in literal text: CSV, vCard and JSON of one small market, the kinds and
preferences of vCard numbers, and how --output writes its file (mode, refusal, clean-up)."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path
from typing import NoReturn

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.render import export
from harness import RunCli

KR_NOTE = (
    "The printed 00798 number is a Korean international-freephone access code: it has no +82 form and is dialled"
    " as printed, only from inside South Korea."
)
CSV_HEAD = "id,country,country_name,area,service,label,e164,international,display,toll_free,hours,languages,notes"
KR_ROW = f'kr-general,KR,South Korea,,general,Customer Service,,,00798-800-1111,yes,24/7,ko en,"{KR_NOTE}"'
WW_ROW = (
    "worldwide,,,,general,American Express Global Support Center,+16027855000,+1 602-785-5000,+1-602-785-5000,no,"
    "24/7,,International calling charges may apply."
)


def test_csv_of_a_market_in_full(directory: Directory) -> None:
    lines = export.lines_to_export(directory, "KR")
    assert export.to_csv(lines) == f"{CSV_HEAD}\n{KR_ROW}\n{WW_ROW}\n"


def test_csv_for_a_caller_adds_what_to_dial_and_whether_it_rings(directory: Directory) -> None:
    lines = export.lines_to_export(directory, "KR")
    assert export.to_csv(lines, "JP") == (
        f"{CSV_HEAD},dial_from,dial,reachable\n{KR_ROW},JP,,no\n{WW_ROW},JP,+1 602-785-5000,yes\n"
    )


def test_csv_names_an_areas_line_by_its_area(directory: Directory) -> None:
    rows = export.to_csv((directory.line("europe-multilingual"),)).splitlines()
    assert rows[1].startswith("europe-multilingual,,,europe,general,")


VCARD_KR = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    "FN:American Express (South Korea)",
    "ORG:American Express",
    "KIND:org",
    'item1.TEL;VALUE=text;TYPE="voice";PREF=1:00798-800-1111',
    "item1.X-ABLabel:Customer Service",
    "NOTE:Customer Service: 00798-800-1111\\, 24/7\\; no international form\\, so n",
    " o tel: link: dial it as written\\, from inside South Korea only. Confirm wi",
    " th the number on the back of your card.",
    "END:VCARD",
]
VCARD_WW = [
    "BEGIN:VCARD",
    "VERSION:4.0",
    "FN:American Express (Worldwide)",
    "ORG:American Express",
    "KIND:org",
    'item1.TEL;VALUE=uri;TYPE="voice";PREF=1:tel:+16027855000',
    "item1.X-ABLabel:American Express Global Support Center",
]


def test_vcard_of_a_market_in_full(directory: Directory) -> None:
    text = export.to_vcard(export.lines_to_export(directory, "KR"), directory)
    expected = [
        *VCARD_KR,
        *VCARD_WW,
        "NOTE:American Express Global Support Center: +1 602-785-5000\\, 24/7. Confir",
        " m with the number on the back of your card.",
        "END:VCARD",
    ]
    assert text == "".join(f"{row}\r\n" for row in expected)


def test_vcard_for_a_caller_leaves_out_what_does_not_ring_and_says_why(directory: Directory) -> None:
    text = export.to_vcard(export.lines_to_export(directory, "KR"), directory, "JP")
    expected = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:American Express (South Korea)",
        "ORG:American Express",
        "KIND:org",
        "NOTE:Customer Service: 00798-800-1111\\, not callable from Japan (a number w",
        " ith no international form: it is dialled only from inside South Korea)\\; N",
        " umbers as dialled from Japan. Confirm with the number on the back of your ",
        " card.",
        "END:VCARD",
        *VCARD_WW,
        "NOTE:American Express Global Support Center: +1 602-785-5000\\, 24/7\\; Numbe",
        " rs as dialled from Japan. Confirm with the number on the back of your card",
        " .",
        "END:VCARD",
    ]
    assert text == "".join(f"{row}\r\n" for row in expected)


def _tel_rows(text: str, place: str) -> list[str]:
    card = text.split(f"FN:American Express ({place})\r\n", 1)[1].split("END:VCARD", 1)[0]
    return [row for row in card.split("\r\n") if ".TEL;" in row]


def test_vcard_numbers_are_preferred_in_order_and_a_fax_is_a_fax(directory: Directory) -> None:
    text = export.to_vcard(directory.lines_for_country("US"), directory)
    tels = _tel_rows(text, "United States")
    assert len(tels) > 3
    assert [row.split("PREF=", 1)[1].split(":", 1)[0] for row in tels] == [str(i) for i in range(1, len(tels) + 1)]
    assert [row.split(".", 1)[0] for row in tels] == [f"item{i}" for i in range(1, len(tels) + 1)]
    fax = directory.line("us-fax")
    kinds = {row.rsplit("tel:", 1)[1]: row.split('TYPE="', 1)[1].split('"', 1)[0] for row in tels}
    assert kinds[fax.e164 or ""] == "fax"
    assert set(kinds.values()) == {"voice", "fax"}


def test_a_number_with_no_international_form_and_no_country(directory: Directory) -> None:
    line = directory.line("kr-general")._replace(country=None)
    text = export.to_vcard((line,), directory)
    assert "dial it as written\\, from inside its country only" in text.replace("\r\n ", "")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a\\b", "a\\\\b"),
        ("a,b;c", "a\\,b\\;c"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),  # one line break, written the Windows way
        ("a\rb", "a\\nb"),
        ("a\n\rb", "a\\n\\nb"),  # two
    ],
)
def test_vcard_text_escaping(text: str, escaped: str) -> None:
    assert export._escape(text) == escaped


def test_json_export_carries_each_lines_sources_and_the_data_source(cli: RunCli) -> None:
    document = cli("export", "--format", "json", "--country", "KR").json()
    assert sorted(document) == ["from", "lines", "schema_version", "source"]
    assert document["from"] is None
    assert document["source"]["as_of"] == "2026-11-28"
    assert document["lines"][0]["sources"] == [
        {
            "id": "guide",
            "kind": "third-party",
            "title": "American Express Company: Credit Cards – Official Customer Support (third-party web guide)",
            "url": None,
            "as_of": "2024",
            "domain": None,
            "owner": "not named on the page",
            "independent": False,
            "says": "Customer Service",
        }
    ]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_file_gets_the_mode_of_a_plain_open(tmp_path: Path, umask: int, mode: int) -> None:
    target = tmp_path / "numbers.csv"
    old = os.umask(umask)
    try:
        export.write_atomically(str(target), "é\n", force=False)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() == "é\n".encode()


def test_output_keeps_line_ends_as_given(tmp_path: Path) -> None:
    target = tmp_path / "contacts.vcf"
    export.write_atomically(str(target), "A\r\nB\n", force=False)
    assert target.read_bytes() == b"A\r\nB\n"


def test_an_existing_file_is_refused_without_force(tmp_path: Path) -> None:
    target = tmp_path / "numbers.csv"
    target.write_text("mine")
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(target), "new", force=False)
    assert (caught.value.message, caught.value.suggestion) == (f"{target} already exists", "use --force to replace it")
    assert target.read_text() == "mine"


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(tmp_path / "amex.csv"), "new", force=True)
    assert caught.value.message == f"cannot write {tmp_path / 'amex.csv'}: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_is_not_written_over(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(folder), "new", force=True)
    assert caught.value.message == f"{folder} is not a regular file; --output writes only regular files"
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
    assert list(folder.iterdir()) == []


def test_csv_leaves_unknown_hours_empty_and_joins_notes(directory: Directory) -> None:
    line = directory.line("at-lost-abroad")._replace(notes=("First note.", "Second note."))
    (row,) = csv.DictReader(io.StringIO(export.to_csv((line,))))
    assert line.hours is None
    assert (row["hours"], row["notes"]) == ("", "First note. | Second note.")


def test_the_file_is_written_beside_its_target_under_a_hidden_name_and_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rename is atomic only within one file system: the temporary file is made in the target's folder."""
    renamed: list[tuple[str, str]] = []
    real_replace = os.replace

    def replace(source: str, target: str) -> None:
        renamed.append((source, target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "numbers.csv"
    export.write_atomically(str(target), "x\n", force=False)
    ((source, into),) = renamed
    assert into == str(target)
    assert os.path.dirname(source) == str(tmp_path)
    assert os.path.basename(source).startswith(".amexhelp-")
    assert source.endswith(".tmp")


def test_the_file_is_utf_8_whatever_the_locale(tmp_path: Path) -> None:
    import subprocess
    import sys

    target = tmp_path / "names.csv"
    code = (
        "from amexhelp.render.export import write_atomically\n"
        f"write_atomically({str(target)!r}, 'Z\\u00fcrich\\n', force=False)"  # the source stays ASCII
    )
    env = {
        **os.environ,
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONUTF8": "0",
        "PYTHONCOERCECLOCALE": "0",
        "PYTHONIOENCODING": "",
    }
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == "Zürich\n".encode()


def test_a_path_through_a_file_is_refused_with_the_systems_reason(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("a file, not a folder")
    target = tmp_path / "notes" / "amex.csv"
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(target), "new", force=False)
    assert caught.value.message == f"cannot write {target}: Not a directory"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes"]


def test_a_missing_folder_is_refused_with_the_systems_reason(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "amex.vcf"
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(target), "new", force=True)
    assert caught.value.message == f"cannot write {target}: No such file or directory"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "failing",
    [
        "os.lstat",  # asking whether the file is there
        "tempfile.mkstemp",  # making the temporary file
    ],
)
def test_a_failure_without_the_systems_words_is_named_by_its_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    def broken(*_: object, **__: object) -> NoReturn:
        raise PermissionError("no errno, no words")

    monkeypatch.setattr(failing, broken)
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(tmp_path / "amex.csv"), "new", force=False)
    assert caught.value.message == f"cannot write {tmp_path / 'amex.csv'}: PermissionError"


def test_a_rename_that_fails_after_moving_the_file_is_still_a_failure_to_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file is gone when its removal is tried: that is no new error."""
    real_replace = os.replace

    def moved_then_failed(source: str, target: str) -> None:
        real_replace(source, target)
        raise IsADirectoryError("no errno, no words")

    monkeypatch.setattr(os, "replace", moved_then_failed)
    with pytest.raises(InputError) as caught:
        export.write_atomically(str(tmp_path / "amex.csv"), "new", force=False)
    assert caught.value.message == f"cannot write {tmp_path / 'amex.csv'}: IsADirectoryError"
    assert [p.name for p in tmp_path.iterdir()] == ["amex.csv"]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("+1 800 528 4800", "+1 800 528 4800"),  # a phone number in + form calls nothing: kept
        ("+44 (0)20 7264-1777", "+44 (0)20 7264-1777"),
        ("+1", "+1"),
        ("+", "'+"),  # a plus sign alone is no number
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("+a1", "'+a1"),
        ("=1", "'=1"),  # digits after another formula sign are no phone number
        ("-20", "'-20"),
        ("@1", "'@1"),
        ("1-800", "1-800"),
        ("", ""),
    ],
)
def test_a_cell_is_neutralised_unless_it_is_a_number_in_plus_form(value: str, cell: str) -> None:
    assert export._cell(value) == cell


def test_a_vcard_in_another_language(directory: Directory) -> None:
    from amexhelp.render.naming import Naming

    line = directory.line("us-general")._replace(hours=None)
    rows = _unfolded(export.render("vcard", (line,), directory, {}, None, Naming("fr")))
    note = next(row for row in rows if row.startswith("NOTE:"))
    assert "horaires non indiqués" in note  # the hours a line does not state
    assert note.endswith(
        "Les titres des pages et les autres textes cités des sources sont reproduits tels qu'elles les"
        " publient\\, en anglais."
    )


def test_lines_that_share_a_number_are_one_tel_entry(directory: Directory) -> None:
    line = directory.line("us-general")
    other = line._replace(id="us-other", display="1 (800) 528-4800", label="Other Service")
    rows = _unfolded(export.to_vcard((line, other), directory))
    assert [row for row in rows if ".TEL;" in row] == ['item1.TEL;VALUE=uri;TYPE="voice";PREF=1:tel:+18005284800']
    label = "General Customer Service (Credit\\, Charge\\, and Prepaid Cards) / Other Service"
    assert [row for row in rows if "X-ABLabel" in row] == [f"item1.X-ABLabel:{label}"]


def _unfolded(vcard: str) -> list[str]:
    """A vCard's rows with RFC 6350 folding undone."""
    return vcard.replace("\r\n ", "").split("\r\n")
