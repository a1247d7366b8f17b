"""Hostile data, input, files and settings: escaped at every exit, nothing clobbered, a cache that cannot
lie, a batch that never loses an answer, and exit codes that say what happened."""

from __future__ import annotations

import csv
import io
import json
import marshal
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from amexhelp.cli._environment import cache_dir
from amexhelp.directory import _cache as datacache
from amexhelp.directory.model import Directory
from amexhelp.errors import DataError, InputError
from amexhelp.render import export
from harness import RunCli

PREMIUM = "+19005550100"
ESCAPES = ("\x1b", "\x07", "\x9b", "\u202e")


def amexhelp(*args: str) -> list[str]:
    return [sys.executable, "-m", "amexhelp", *args]


def run(*args: str, env: dict[str, str] | None = None, data: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        amexhelp(*args), input=data, capture_output=True, env={**os.environ, **(env or {})}, timeout=60, check=False
    )


def shell(command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    line = f"'{sys.executable}' -m amexhelp {command}"
    return subprocess.run(
        ["sh", "-c", line], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=60, check=False
    )


def data_file(tmp_path: Path, document: dict[str, Any], name: str = "directory.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def with_label(document: dict[str, Any], label: str, line_id: str = "us-general") -> dict[str, Any]:
    doc = json.loads(json.dumps(document))
    for line in doc["lines"]:
        if line["id"] == line_id:
            line["label"] = label
    return doc


def unfolded(vcard: str) -> list[str]:
    """A vCard's content lines as a reader sees them: CRLF-delimited, a line that starts with a space
    continues the one before."""
    rows: list[str] = []
    for row in vcard.split("\r\n"):
        if row.startswith(" ") and rows:
            rows[-1] += row[1:]
        elif row:
            rows.append(row)
    return rows


# -- 1. escaped at every exit ----------------------------------------------------------------------------


@pytest.mark.parametrize("breaker", ["\r", "\n", "\r\n", "\u2028"])
def test_a_line_break_in_a_label_never_adds_a_tel_to_a_vcard(directory: Directory, breaker: str) -> None:
    line = directory.line("us-general")
    forged = line._replace(label=f"Customer Service{breaker}TEL;VALUE=uri:tel:{PREMIUM}")
    card = export.to_vcard((forged,), directory)
    rows = unfolded(card)
    tels = [row for row in rows if ".TEL;" in row or row.startswith("TEL")]
    assert tels == ['item1.TEL;VALUE=uri;TYPE="voice";PREF=1:tel:+18005284800']
    assert PREMIUM not in "".join(tels)
    assert "\r" not in card.replace("\r\n", "")  # no CR but the line ends
    assert "\n" not in card.replace("\r\n", "")
    assert all(len(row.encode()) <= 75 for row in card.split("\r\n"))


def test_vcard_text_values_are_escaped_per_rfc_6350(directory: Directory) -> None:
    line = directory.line("us-general")._replace(label="A, B; C\\D\x1bE")
    rows = unfolded(export.to_vcard((line,), directory))
    assert "item1.X-ABLabel:A\\, B\\; C\\\\D\\\\x1bE" in rows


@pytest.mark.parametrize(
    ("label", "cell"),
    [
        ('=HYPERLINK("https://evil.example","x")', '\'=HYPERLINK("https://evil.example","x")'),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("\t=1+1", "\\x09=1+1"),  # the tab shown as text: no formula starts there
        ("\r=1+1", "\\x0d=1+1"),
        ("Customer Service", "Customer Service"),
        ("+1 800 528 4800", "+1 800 528 4800"),  # a phone number calls nothing: kept as it is
    ],
)
def test_csv_cells_that_would_start_a_formula_are_neutralised(directory: Directory, label: str, cell: str) -> None:
    line = directory.line("us-general")._replace(label=label)
    (row,) = csv.DictReader(io.StringIO(export.to_csv((line,))))
    assert row["label"] == cell
    assert (row["e164"], row["international"]) == ("+18005284800", "+1 800-528-4800")


HOSTILE = "\x1b]52;c;ZXZpbA==\x07\x1b]8;;https://evil.example/\x07call\x1b]8;;\x07 \x1b[31mred \x9b31m \u202eevil"


@pytest.fixture
def unchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The renderers' own defence is tested behind the data check that refuses such a file (turned off here)."""
    import amexhelp.directory.validation

    monkeypatch.setattr(amexhelp.directory.validation, "_plain_texts", lambda document, fail: None)


@pytest.mark.parametrize("fmt", ["csv", "json", "vcard"])
def test_export_writes_no_escape_sequence_to_a_terminal(
    cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any], unchecked: None, fmt: str
) -> None:
    path = data_file(tmp_path, with_label(bundled_document, HOSTILE))
    result = cli("export", "--format", fmt, "-c", "US", env={"AMEXHELP_DATA": str(path)})
    assert result.code == 0, result.stderr
    for raw in ESCAPES:
        assert raw not in result.stdout, repr(raw)
    assert "ZXZpbA==" in result.stdout.replace("\r\n ", "")  # shown, as text (a vCard folds its lines)


def test_lookup_qr_writes_no_escape_sequence(
    cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any], unchecked: None
) -> None:
    path = data_file(tmp_path, with_label(bundled_document, HOSTILE))
    result = cli("lookup", "-c", "US", "--qr", "--format", "plain", env={"AMEXHELP_DATA": str(path)})
    assert result.code == 0, result.stderr
    for raw in ESCAPES:
        assert raw not in result.stdout, repr(raw)
    assert "Scan to call \\x1b]52;c;ZXZpbA==\\x07" in result.stdout


def test_a_qr_payload_is_plus_and_digits_only(directory: Directory) -> None:
    from amexhelp.render.qrcode import tel_uri

    line = directory.line("us-general")
    assert tel_uri(line) == "tel:+18005284800"
    with pytest.raises(InputError) as caught:
        tel_uri(line._replace(e164="+1800\x1b[2J"))
    assert caught.value.code == "no-tel-link"


@pytest.mark.parametrize(
    ("text", "shown"),
    [("Service\r", "'\\r'"), ("\x1b[31m", "'\\x1b'"), ("a\x9bb", "'\\x9b'"), ("\u202eevil", "'\\u202e'"),
     ("\ud800", "'\\ud800'")],
)  # fmt: skip
def test_the_data_check_refuses_control_characters_in_texts(
    cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any], text: str, shown: str
) -> None:
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(with_label(bundled_document, text)), encoding="utf-8")  # \ud800 as a JSON escape
    result = cli("lookup", "-c", "US", env={"AMEXHELP_DATA": str(path)})
    assert (result.code, result.stdout) == (2, "")
    index = [line["id"] for line in bundled_document["lines"]].index("us-general")
    assert result.stderr == (
        f"amexhelp: error: invalid directory data in {path}: lines[{index}].label: holds the control character"
        f" {shown}, which no text may hold\n"
    )


def test_a_control_character_in_a_list_of_texts_is_refused_too(bundled_document: dict[str, Any]) -> None:
    from amexhelp.directory import index
    from amexhelp.directory.validation import Known, validate

    doc = json.loads(json.dumps(bundled_document))
    doc["lines"][2]["notes"] = ["Fine.", "Call \x1b]8;;https://evil.example\x07now"]
    with pytest.raises(DataError) as caught:
        validate(doc, "d.json", Known(index.country_names(), index.language_names()))
    values = caught.value.values
    assert (values["path"], values["reason"], values["value"]) == ("lines[2].notes[1]", "control-character", "\x1b")


# -- 2. never clobber --------------------------------------------------------------------------------------


def test_force_onto_a_fifo_is_refused(cli: RunCli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = cli("export", "-o", str(fifo), "--force")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        f"amexhelp: error: {fifo} is not a regular file; --output writes only regular files"
        " (give '-' to write to stdout)\n"
    )
    assert fifo.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.parametrize("force", [True, False])
def test_a_symlink_is_never_replaced_nor_written_through(cli: RunCli, tmp_path: Path, force: bool) -> None:
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "amex.csv"
    link.symlink_to(target)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere" / "file")
    for path in (link, dangling):
        result = cli("export", "-o", str(path), *(["--force"] if force else []))
        assert result.code == 2
        assert "is not a regular file" in result.stderr
        assert path.is_symlink()
    assert target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["amex.csv", "dangling.csv", "precious.txt"]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/stdout"])
def test_a_device_is_refused_and_left_alone(cli: RunCli, device: str) -> None:
    before = os.stat(device, follow_symlinks=False)
    result = cli("export", "-o", device, "--force")
    assert result.code == 2
    assert "is not a regular file" in result.stderr
    after = os.stat(device, follow_symlinks=False)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_an_encoding_error_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "amex.csv"
    export.write_atomically(str(target), "lone \ud800 surrogate", force=False)
    assert target.read_bytes() == b"lone \\ud800 surrogate"
    assert [p.name for p in tmp_path.iterdir()] == ["amex.csv"]


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.write_atomically(str(tmp_path / "amex.csv"), "text", force=False)
    assert list(tmp_path.iterdir()) == []


# -- 3. a cache that cannot lie ----------------------------------------------------------------------------


def parse_count(path: Path) -> tuple[Any, list[int]]:
    calls = [0]

    def parse(raw: bytes) -> Any:
        calls[0] += 1
        return json.loads(raw)

    return datacache.load(
        str(path), path.stat(), parse, path.read_bytes, lambda line: (line["id"],), cache_dir()
    ), calls


def small(tmp_path: Path) -> Path:
    return data_file(tmp_path, {"schema_version": 2, "lines": [{"id": "a", "e164": "+18005284800"}]})


def entry_of(tmp_path: Path) -> Path:
    (entry,) = (Path(os.environ["HOME"]) / ".cache" / "amexhelp").iterdir()
    return entry


def test_the_cache_folder_is_private(tmp_path: Path) -> None:
    parse_count(small(tmp_path))
    folder = Path(os.environ["HOME"]) / ".cache" / "amexhelp"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert entry_of(tmp_path).stat().st_mode & 0o077 == 0


def test_a_planted_symlink_at_the_temporary_name_is_not_followed(tmp_path: Path) -> None:
    path = small(tmp_path)
    parse_count(path)
    entry = entry_of(tmp_path)
    entry.unlink()
    victim = tmp_path / "victim"
    victim.write_text("untouched", encoding="utf-8")
    for pid in range(os.getpid() - 5, os.getpid() + 50):  # every name the writer used to take
        Path(f"{entry}.{pid}.tmp").symlink_to(victim)
    os.symlink(victim, entry.parent / ".entry-planted.tmp")
    parse_count(path)
    assert victim.read_text(encoding="utf-8") == "untouched"
    assert entry.is_file()
    assert not entry.is_symlink()


def test_a_symlink_planted_as_the_entry_is_not_read(tmp_path: Path) -> None:
    path = small(tmp_path)
    parse_count(path)
    entry = entry_of(tmp_path)
    genuine = tmp_path / "genuine-entry"
    entry.rename(genuine)
    entry.symlink_to(genuine)
    _, calls = parse_count(path)
    assert calls == [1]  # parsed again: an entry is opened without following a symlink


def test_a_cache_folder_that_is_a_symlink_is_not_used(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cache = Path(os.environ["HOME"]) / ".cache"
    cache.mkdir()
    (cache / "amexhelp").symlink_to(elsewhere)
    path = small(tmp_path)
    for _ in range(2):
        _, calls = parse_count(path)
        assert calls == [1]
    assert list(elsewhere.iterdir()) == []


def sealed_end(entry: Path) -> int:
    """Where what an entry holds starts: after its magic line, its head (its length first) and its seal."""
    data = entry.read_bytes()
    start = len(datacache._MAGIC)
    (length,) = datacache._SIZE.unpack_from(data, start)
    return start + 2 * datacache._SIZE.size + length


def test_a_forged_entry_is_not_served(tmp_path: Path) -> None:
    path = small(tmp_path)
    parse_count(path)
    entry = entry_of(tmp_path)
    data = entry.read_bytes()
    # The forger keeps the entry's head and seal and swaps what it holds for a line with a premium number.
    forged = [{"schema_version": 2}, [marshal.dumps({"id": "a", "e164": PREMIUM})], [("a",)]]
    entry.write_bytes(data[: sealed_end(entry)] + marshal.dumps(forged))
    document, calls = parse_count(path)
    assert calls == [1]
    assert [line["e164"] for line in document["lines"]] == ["+18005284800"]


def test_an_entry_for_other_content_is_not_served(tmp_path: Path) -> None:
    path = small(tmp_path)
    parse_count(path)
    stat = path.stat()
    path.write_text(json.dumps({"schema_version": 2, "lines": [{"id": "a", "e164": PREMIUM}]}), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the same times, as a copy with -p keeps them
    document, calls = parse_count(path)
    assert calls == [1]
    assert document["lines"][0]["e164"] == PREMIUM


def test_a_touched_file_with_the_same_content_keeps_its_entry(tmp_path: Path) -> None:
    path = small(tmp_path)
    parse_count(path)
    os.utime(path, ns=(1, 1))
    document, calls = parse_count(path)
    assert calls == [0]
    assert list(document["lines"]) == [{"id": "a", "e164": "+18005284800"}]


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "folder", "fifo", "open-to-others"])
def test_a_damaged_entry_is_read_again_from_the_data_file(tmp_path: Path, damage: str) -> None:
    path = small(tmp_path)
    parse_count(path)
    entry = entry_of(tmp_path)
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        entry.write_bytes(data[:-3] + bytes([data[-3] ^ 0xFF]) + data[-2:])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "folder":
        entry.unlink()
        entry.mkdir()
    elif damage == "fifo":
        entry.unlink()
        os.mkfifo(entry)
    else:
        entry.chmod(0o666)
    document, calls = parse_count(path)
    assert calls == [1]
    assert document == {"schema_version": 2, "lines": [{"id": "a", "e164": "+18005284800"}]}


def test_a_forged_entry_never_makes_verify_say_listed(tmp_path: Path, bundled_document: dict[str, Any]) -> None:
    path = data_file(tmp_path, bundled_document)
    assert run("verify", PREMIUM, env={"AMEXHELP_DATA": str(path)}).returncode == 1
    entry = entry_of(tmp_path)
    data = entry.read_bytes()
    end = sealed_end(entry)
    top, blobs, keys = marshal.loads(data[end:])
    line = marshal.loads(blobs[0])
    blobs[0] = marshal.dumps({**line, "e164": PREMIUM})
    keys[0] = tuple(PREMIUM if value == line["e164"] else value for value in keys[0])
    entry.write_bytes(data[:end] + marshal.dumps([top, blobs, keys]))
    result = run("verify", PREMIUM, "--json", env={"AMEXHELP_DATA": str(path)})
    assert result.returncode == 1
    assert json.loads(result.stdout)["verdict"] != "listed"


def test_a_corrupt_entry_never_ends_the_run(tmp_path: Path, bundled_document: dict[str, Any]) -> None:
    path = data_file(tmp_path, bundled_document)
    assert run("lookup", "-c", "JP", env={"AMEXHELP_DATA": str(path)}).returncode == 0
    entry = entry_of(tmp_path)
    data = entry.read_bytes()
    for corrupt in (data[:100], data[:-100], b"\xff" * 1000, data.replace(b"jp-lost", b"jp-losX")):
        entry.write_bytes(corrupt)
        result = run("lookup", "-c", "JP", "--json", env={"AMEXHELP_DATA": str(path)})
        assert (result.returncode, result.stderr) == (0, b"")
        assert json.loads(result.stdout)["lines"][0]["id"] == "jp-lost"


def test_no_home_means_no_cache_and_no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOME")
    assert cache_dir() is None  # not the password database's home: that is outside the test


# -- data-file caps ----------------------------------------------------------------------------------------


def test_a_device_as_data_is_refused_before_it_is_read(cli: RunCli) -> None:
    result = cli("lookup", "-c", "JP", env={"AMEXHELP_DATA": "/dev/zero"})
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        "amexhelp: error: cannot read directory data /dev/zero (from AMEXHELP_DATA): not a regular file\n"
    )


def test_a_fifo_with_no_writer_as_data_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "data"
    os.mkfifo(fifo)
    result = run("lookup", "-c", "JP", env={"AMEXHELP_DATA": str(fifo)})
    assert result.returncode == 2
    assert b"not a regular file" in result.stderr


def test_a_data_file_over_the_size_cap_is_refused(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bundled_document: dict[str, Any]
) -> None:
    from amexhelp.directory import loading

    path = data_file(tmp_path, bundled_document)
    monkeypatch.setattr(loading, "MAX_DATA_BYTES", 1000)
    result = cli("lookup", "-c", "JP", env={"AMEXHELP_DATA": str(path)})
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"amexhelp: error: directory data {path} is too large (more than 1,000 bytes)\n"


@pytest.mark.parametrize("depth", [33, 990, 100_000])
def test_deep_json_is_refused_by_its_depth(cli: RunCli, tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"lines": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    result = cli("lookup", "-c", "JP", env={"AMEXHELP_DATA": str(path)})
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"amexhelp: error: invalid directory data in {path}: nested more than 32 levels deep\n"


# -- 5. bounded work ---------------------------------------------------------------------------------------


def test_a_long_batch_line_is_echoed_as_a_bounded_excerpt() -> None:
    from amexhelp.verify.batch import MAX_LINE, Unreadable, read_lines

    lines = list(read_lines(io.BytesIO(b"7" * 5_000_000 + b"\n900 814 500\n")))
    assert len(lines) == 2
    first = lines[0]
    assert isinstance(first, Unreadable)
    assert first.input == "7" * MAX_LINE + "…"
    assert (first.error.code, first.error.values["length"]) == ("number-too-long", 5_000_000)
    assert lines[1] == "900 814 500"


def test_an_address_is_found_only_from_the_start_of_its_token(directory: Directory) -> None:
    from amexhelp.verify.message import check_message

    report = check_message(directory, "write to xx.alerts@americanexpress.com or to " + "a" * 5000)
    assert [link.text for link in report.links] == ["xx.alerts@americanexpress.com"]


def test_the_numbers_of_a_message_are_capped(directory: Directory) -> None:
    from amexhelp.verify.message import MAX_NUMBERS, check_message

    text = " ".join(f"call +1 212 555 {i:04d}." for i in range(MAX_NUMBERS + 50))
    report = check_message(directory, text, "US")
    assert [found.text for found in report.numbers][-1] == f"+1 212 555 {MAX_NUMBERS - 1:04d}"
    assert len(report.numbers) == MAX_NUMBERS


# -- 6. a batch never loses an answer ----------------------------------------------------------------------


def batch(data: bytes, *args: str) -> tuple[int, str, str]:
    result = run("verify", "-", *args, data=data)
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def test_5001_lines_with_a_bad_one_last_give_5001_records() -> None:
    code, out, err = batch(b"900 814 500\n" * 5000 + b"+1 800 528 \xff4800\n", "--json")
    assert (code, err) == (1, "")
    records = [json.loads(row) for row in out.splitlines()]
    assert len(records) == 5001
    assert records[-1]["verdict"] is None
    assert records[-1]["error"].startswith("the input is not UTF-8 text: line 5,001 (")


def test_a_nul_line_after_the_first_block_is_junk_not_listed() -> None:
    code, out, err = batch(b"900 814 500\n" * 6000 + b"+1 800 528 4800\x00\n", "--json")
    assert (code, err) == (1, "")
    last = json.loads(out.splitlines()[-1])
    assert (last["verdict"], last["input"]) == (None, "+1 800 528 4800\x00")
    assert last["error"].startswith("the input is no text (it holds NUL characters)")


@pytest.mark.parametrize(("codec", "named"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")])
def test_utf16_without_a_bom_is_refused_by_name_and_read_when_named(codec: str, named: str) -> None:
    data = "900 814 500\n+1 800 528 4800\n".encode(codec)
    code, out, err = batch(data)
    assert (code, out) == (2, "")
    assert err == (
        f"amexhelp: error: the input looks like UTF-16 text without a byte-order mark (give --encoding {named})\n"
    )
    code, out, err = batch(data, "--encoding", named)
    assert (code, err) == (0, "")
    assert [row.split("\t")[0] for row in out.splitlines()] == ["listed", "listed"]


# -- 7. exit 70 only for bugs ------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["lookup", "-c", "JP"], ["lookup", "-c", "JP", "--json"], ["faq"],
                                  ["export"], ["lookup", "-c", "JP", "--format", "rich"]])  # fmt: skip
def test_output_to_dev_full_is_exit_74_in_one_line(args: list[str]) -> None:
    result = shell(" ".join(args) + " > /dev/full")
    assert result.returncode == 74
    assert result.stderr == "amexhelp: error: cannot write to stdout: No space left on device\n"


def test_a_batch_to_dev_full_is_exit_74() -> None:
    result = subprocess.run(
        ["sh", "-c", f"echo 900 814 500 | '{sys.executable}' -m amexhelp verify - > /dev/full"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 74
    assert result.stderr == "amexhelp: error: cannot write to stdout: No space left on device\n"


@pytest.mark.parametrize("args", [["--help"], ["faq", "--help"], ["lookup", "--help", "--lang", "ja"], ["faq"]])
def test_a_reader_gone_before_the_first_write_is_141(args: list[str]) -> None:
    proc = subprocess.Popen(amexhelp(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    assert proc.stdout is not None
    proc.stdout.close()
    _, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stderr) == (141, b"")


def test_an_unwritable_stderr_keeps_the_errors_exit_code() -> None:
    assert shell("lookup -c Jpan 2>/dev/full").returncode == 2
    assert shell("faq zzqqxx 2>/dev/full").returncode == 1


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib", "bz2", "uu", "quopri"])
def test_a_codec_that_is_no_text_encoding_is_named_in_one_line(codec: str) -> None:
    code, out, err = batch(b"900 814 500\n", "--encoding", codec)
    assert (code, out) == (2, "")
    assert err == f"amexhelp: error: unknown encoding for --encoding: '{codec}' (e.g. latin-1, utf-16)\n"


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"},
     {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}],
)  # fmt: skip
@pytest.mark.parametrize(
    "args",
    [
        ["lookup", "-c", "JP", "--lang", "ja"],
        ["lookup", "-c", "JP", "--json", "--lang", "ja"],
        ["faq", "--lang", "zh"],
        ["export", "--format", "vcard", "--lang", "ja", "-c", "JP"],
        ["lookup", "-c", "JP", "--lang", "ja", "--format", "rich"],
    ],
)
def test_an_output_encoding_that_cannot_show_a_text_gets_escapes(env: dict[str, str], args: list[str]) -> None:
    result = run(*args, env=env)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.isascii() or env.get("PYTHONIOENCODING") == "latin-1"
    assert b"\\u" in result.stdout  # Japanese or Chinese, as escapes


def test_an_error_in_an_encoding_that_cannot_show_it_gets_escapes() -> None:
    result = run("lookup", "--need", "日本x", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 2
    assert result.stderr.startswith(b"amexhelp: error: unknown need for --need: '\\u65e5\\u672cx'")


# The console entry point, with a word on stderr once its module is imported: from there on the run is
# amexhelp's. Before it, the interpreter starts and finds the package (a few milliseconds, more on a busy
# machine), and an interrupt there is the interpreter's own (it dies of the signal, with its traceback).
_ENTRY = (
    "import os, sys; sys.argv[1:] = ['lookup', 'lost card in Japan', '--all'];"
    " from amexhelp.cli.console import run; os.write(2, b'ready\\n'); sys.exit(run())"
)


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_a_run_started_with_interrupts_ignored_keeps_ignoring_them() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _ENTRY],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"ready\n"
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stderr) == (0, b"")


@pytest.mark.parametrize("delay", [0.0, 0.001, 0.005, 0.01, 0.02, 0.03, 0.06, 0.1, 0.2, 0.4])
def test_ctrl_c_at_any_moment_is_130_without_a_traceback(delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", _ENTRY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        preexec_fn=_interruptible,  # a test run in the background of a script starts with SIGINT ignored
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"ready\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert stderr == b""
    assert proc.returncode in (130, 0)  # 0 only when the run was over before the signal came
    if proc.returncode == 0:
        assert delay >= 0.02


# -- 8. hermetic tests -------------------------------------------------------------------------------------


def test_every_test_runs_in_a_clean_environment_with_a_home_of_its_own(tmp_path: Path) -> None:
    variables = [name for name in os.environ if name.startswith(("AMEXHELP_", "LC_", "XDG_"))]
    assert variables == []
    for name in ("LANG", "LANGUAGE", "TZ", "NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "COLUMNS"):
        assert name not in os.environ
    home = Path(os.environ["HOME"])
    assert home.is_dir()
    assert list(home.iterdir()) == []
    assert home.resolve().is_relative_to(tmp_path.resolve().parents[1])  # the session's temporary folder


def test_a_command_line_of_more_than_a_thousand_arguments_is_refused_before_parsing(cli: RunCli) -> None:
    # `-c JP` repeated 80,000 times kept click busy for about 10 s; no request needs a thousand arguments.
    run = cli("lookup", *["-c", "JP"] * 500, "--json")
    assert run.code == 2
    assert run.stdout == ""
    assert run.stderr == "amexhelp: error: too many command-line arguments (1,002; at most 1,000)\n"


def test_a_thousand_arguments_are_still_read(cli: RunCli) -> None:
    run = cli("lookup", "--json", "-c", "FR", *["-c", "JP"] * 497, "--need", "lost-card")
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["country"]["code"] == "JP"
