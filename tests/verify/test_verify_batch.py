"""verify - : one number per stdin line, one result per line, in order, the run going on past bad lines."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import phonenumbers
import pytest

from amexhelp.directory.loading import load_directory
from amexhelp.verify._fastpath import fast_international
from amexhelp.verify.batch import verify_lines
from harness import RunCli

LINES = [
    ("+1 336 393 1111", "listed", []),
    ("900 814 500", "listed", []),
    ("", None, []),
    ("hello", None, []),
    ("+1 800 582 4800", "suspicious", ["look-alike"]),
    ("1-800-935-9935", "unlisted", []),
    ("+1 800 528 480", None, []),
    ("1-800-528-48OO", "suspicious", ["letters-for-digits"]),
    ("  tel:+44-1273-696-933  ", "listed", []),
    ("x" * 500, None, []),
]


def test_json_lines_one_object_per_input_line_in_order(cli: RunCli) -> None:
    stdin = "\r\n".join(text for text, _, _ in LINES) + "\n"
    result = cli("verify", "-", "--json", input=stdin)
    records = [json.loads(row) for row in result.stdout.splitlines()]
    assert len(records) == len(LINES)
    for record, (text, verdict, codes) in zip(records, LINES, strict=True):
        assert record["input"] == text
        assert record["verdict"] == verdict
        if verdict is None:
            assert record["error"]
        else:
            assert [warning["code"] for warning in record["warnings"]] == codes
            assert "source" not in record  # said once by the single-number form, not on every line
    assert records[1]["line"] == "es-general-2"  # a line by its id: the full object only with --full
    assert records[1]["matches"] == ["es-general-2"]
    assert result.code == 1  # lines were not listed, or not phone numbers: each record says which


def test_full_records_hold_the_line_objects(cli: RunCli) -> None:
    compact = cli("verify", "-", "--json", input="900 814 500\n").json()
    full = cli("verify", "-", "--json", "--full", input="900 814 500\n").json()
    assert compact["line"] == "es-general-2"
    assert full["line"]["id"] == "es-general-2"
    assert full["line"]["e164"] == "+34900814500"
    assert [item["id"] for item in full["matches"]] == ["es-general-2"]
    assert {key: value for key, value in full.items() if key not in ("line", "matches")} == {
        key: value for key, value in compact.items() if key not in ("line", "matches")
    }


def test_exit_codes_of_a_batch(cli: RunCli) -> None:
    assert cli("verify", "-", input="+1 336 393 1111\n900 814 500\n").code == 0
    assert cli("verify", "-", input="+1 336 393 1111\n1-800-935-9935\n").code == 1
    assert cli("verify", "-", input="+1 336 393 1111\n12\n").code == 1  # a junk line is that line's record
    assert cli("verify", "-", input="+1 800 582 4800\n").code == 1  # suspicious
    assert cli("verify", "-", input="").code == 0


def run_bytes(*args: str, data: bytes) -> tuple[int, str, str]:
    """The CLI with raw bytes on stdin (CliRunner's input takes bytes as they are)."""
    import sys

    from typer.testing import CliRunner

    from amexhelp.cli._app import main
    from harness import BASE_ENV

    with CliRunner().isolation(input=data, env=BASE_ENV) as (out, err, _):  # type: ignore[arg-type]
        code = main(list(args))
        sys.stdout.flush()
        return code, out.getvalue().decode(), err.getvalue().decode()


def test_input_that_is_no_text_exits_2_with_nothing_on_stdout() -> None:
    code, out, err = run_bytes("verify", "-", "--json", data=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert (code, out) == (2, "")
    assert err.startswith("amexhelp: error: the input is not UTF-8 text: line 1 (")
    code, out, err = run_bytes("verify", "-", data=b"+1 336\x00 393 1111\n+1 336 393 1111\n")
    assert (code, out) == (2, "")
    assert err.startswith("amexhelp: error: the input is no text (it holds NUL characters)")
    code, out, err = run_bytes("verify", "-", data=b"+1 336 393 1111\n\x00\x00\x00\n")  # a later line: its record
    assert (code, err) == (1, "")
    assert (
        out.splitlines()[1]
        == "error\t\\x00\\x00\\x00\tthe input is no text (it holds NUL characters) (one number per line)"
    )


def test_another_encoding_needs_encoding() -> None:
    latin = "+1\u00a0336\u00a0393\u00a01111\n".encode("latin-1")  # no-break spaces: 0xA0, no UTF-8
    code, out, err = run_bytes("verify", "-", data=latin)
    assert (code, out) == (2, "")
    assert err == (
        "amexhelp: error: the input is not UTF-8 text: line 1 (invalid start byte)"
        " (give --encoding if it is text in another encoding)\n"
    )
    code, out, _ = run_bytes("verify", "-", "--encoding", "latin-1", data=latin)
    assert (code, out.split("\t")[0]) == (0, "listed")
    code, out, _ = run_bytes("verify", "-", "--encoding", "utf-16", data="900 814 500\n".encode("utf-16"))
    assert (code, out.split("\t")[0]) == (0, "listed")
    code, out, err = run_bytes("verify", "-", "--encoding", "klingon", data=b"")
    assert (code, out, err.split(" (")[0]) == (2, "", "amexhelp: error: unknown encoding for --encoding: 'klingon'")


def test_a_bad_line_later_in_the_input_is_that_lines_record() -> None:
    good = b"900 814 500\n" * 6000  # 72,000 bytes: past the first block read
    code, out, err = run_bytes("verify", "-", data=good + b"+1 336 \xff 1111\n900 814 500\n")
    assert (code, err) == (1, "")
    rows = out.splitlines()
    assert len(rows) == 6002
    assert rows[6000].startswith("error\t+1 336 \ufffd 1111\tthe input is not UTF-8 text: line 6,001 (")
    assert rows[6001].startswith("listed\t900 814 500")


def test_a_byte_order_mark_is_dropped() -> None:
    code, out, _ = run_bytes("verify", "-", data="\ufeff900 814 500\n".encode())
    assert (code, out.split("\t")[:2]) == (0, ["listed", "900 814 500"])


def test_batch_options_need_a_batch(cli: RunCli) -> None:
    assert cli("verify", "900 814 500", "--full").code == 2
    assert cli("verify", "900 814 500", "--encoding", "latin-1").code == 2
    assert cli("verify", "-", "--full", input="900 814 500\n").code == 2  # --full shapes JSON records


def test_repeated_inputs_are_remembered_within_a_bound(directory: object) -> None:
    from amexhelp.verify.batch import judged_lines

    seen: list[str] = []

    def render(result: object) -> str:
        seen.append(result.input)  # type: ignore[attr-defined]
        return result.input  # type: ignore[attr-defined]

    lines = ["900 814 500", "+1 336 393 1111", "900 814 500", "12", "900 814 500\r\n"]
    out = list(judged_lines(directory, lines, render, memo_size=2))  # type: ignore[arg-type]
    assert out == ["900 814 500", "+1 336 393 1111", "900 814 500", "12", "900 814 500"]
    # The third line is remembered; "12" pushes the first out, so the last is checked again.
    assert seen == ["900 814 500", "+1 336 393 1111", "12", "900 814 500"]


# Inputs of every kind a batch meets, each checked alone and in one batch: the verdicts must agree.
SAME_AS_ALONE = [
    "+1 800 528 4800",
    "1-800-528-4800",
    "+1 336 393 1111",
    "900 814 500",
    "+34 900 814 500",
    "0120-099-818",
    "00798-800-1111",
    "01-800-005-2221",
    "+44 (0)1273 696 933",
    "tel:+44-1273-696-933",
    "\uff0b\uff11 \uff18\uff10\uff10 \uff15\uff12\uff18 \uff14\uff18\uff10\uff10",  # full-width
    "+1 800 528 4800 ext. 12",
    "+1 800 582 4800",
    "1-800-528-48OO",
    "1-800-668-AMEX",
    "+1 900 555 0123",
    "+1 202 555 0142",
    "+44 7700 900123",
    "+1 876 555 1234",
    "+1 876 210 1234",
    "+1 613 555 0199",
    "+1 415 692 1234",
    "1-800-935-9935",
    "0800 123 4567",
    "+800 1234 5678",
    "+1 800 528 480",
    "12",
    "hello",
    "",
]


@pytest.mark.parametrize("caller", [None, "US", "ES"])
def test_a_batch_says_what_each_line_says_alone(cli: RunCli, caller: str | None) -> None:
    where = ["--from", caller] if caller else []
    batch = cli("verify", "-", "--json", *where, input="\n".join(SAME_AS_ALONE) + "\n")
    records = [json.loads(row) for row in batch.stdout.splitlines()]
    assert len(records) == len(SAME_AS_ALONE)
    for text, record in zip(SAME_AS_ALONE, records, strict=True):
        alone = cli("verify", text, "--json", *where)
        assert record["input"] == text
        if alone.code == 2:
            assert record["verdict"] is None, text
            assert alone.stderr == f"amexhelp: error: {record['error']}\n", text
            continue
        single = alone.json()
        assert alone.code == (0 if single["verdict"] == "listed" else 1)
        assert record["verdict"] == single["verdict"], text
        assert [w["code"] for w in record["warnings"]] == [w["code"] for w in single["warnings"]], text
        assert record["warnings"] == single["warnings"], text
        assert record["e164"] == single["e164"], text
        assert record["line"] == (single["line"]["id"] if single["line"] else None), text
        assert record["matches"] == [item["id"] for item in single["matches"]], text
        assert record["readings"] == single["readings"], text
        for key in ("listed", "official", "status", "international"):
            assert record[key] == single[key], (text, key)
    assert {record["verdict"] for record in records} == {"listed", "unlisted", "suspicious", None}


def test_plain_batch_is_one_tab_separated_line_each(cli: RunCli) -> None:
    result = cli("verify", "-", input="+1 336 393 1111\n12\n+1 800 582 4800\n")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows == [
        ["listed", "+1 336 393 1111", "us-lost-abroad (confirmed)"],
        ["error", "12", rows[1][2]],
        ["suspicious", "+1 800 582 4800", "look-alike"],
    ]
    assert rows[1][2].startswith("not a complete phone number")


def test_batch_reads_lazily() -> None:
    """verify_lines pulls one line at a time: a generator that never ends still yields."""

    def endless() -> object:
        while True:
            yield "+1 336 393 1111\n"

    results = verify_lines(load_directory(), endless())  # type: ignore[arg-type]
    assert [next(results).verdict for _ in range(3)] == ["listed"] * 3


@pytest.mark.exhaustive
def test_fast_international_agrees_with_parse() -> None:
    """The batch fast path for + numbers gives what phonenumbers.parse gives, or steps aside."""
    rng = random.Random(7)
    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            digits = str(example.national_number)
            for _ in range(3):
                national = digits[:-2] + f"{rng.randrange(100):02d}"
                for text in (f"+{example.country_code} {national}", f"+{example.country_code}-0{national}"):
                    fast = fast_international(text, "".join(ch for ch in text if ch.isdigit()))
                    if fast is None:
                        continue
                    checked += 1
                    slow = phonenumbers.parse(text)
                    assert phonenumbers.format_number(fast, 0) == phonenumbers.format_number(slow, 0), text
                    assert phonenumbers.number_type(fast) == phonenumbers.number_type(slow), text
    assert checked > 500


def test_batch_reads_national_numbers_where_from_says_and_keeps_a_trailing_letter(cli: RunCli) -> None:
    result = cli("verify", "-", "--from", "GB", input="020 7264 1777\r\n1-800-SAY-AMEX\n")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows[0] == ["listed", "020 7264 1777", "de-general (guide-only)"]
    assert rows[1][1] == "1-800-SAY-AMEX"  # only the line end is taken off, never a letter of the number


PLUS_FORMS = [
    ("+1 800 528 4800", (1, 8005284800)),  # a one-digit country code
    ("+44 20 7264 1777", (44, 2072641777)),  # two digits
    ("+353 1 234 5678", (353, 12345678)),  # three digits
    ("+262 262 12 34 56", (262, 262123456)),
    ("+7 495 123 4567", (7, 4951234567)),
    ("+44 12", (44, 12)),  # the shortest national number taken
    ("+44" + "1" * 17, (44, 11111111111111111)),  # the longest
    ("+44 1", None),
    ("+44" + "1" * 18, None),
    ("+44 (0)20 7264 1777", None),  # a national prefix after the country code: parse's work
    ("+39 06 1234 5678", None),  # a leading zero kept in the national number: parse's work
    ("+7 8 495 123 4567", None),  # a national prefix for parsing
    ("+1 800 528+4800", None),  # two plus signs
    ("+0120", None),  # no country code starts with 0
    ("+07 912 345 6789", None),  # not even when the digits after the 0 are one (+7)
    ("+44 20 7264 1777 ext 1", None),  # letters: parse's work
    ("1 800 528 4800", None),  # no plus sign
]


@pytest.mark.parametrize(("text", "read"), PLUS_FORMS, ids=[text for text, _ in PLUS_FORMS])
def test_fast_path_takes_plain_plus_forms_and_steps_aside_for_the_rest(text: str, read: tuple[int, int] | None) -> None:
    fast = fast_international(text, "".join(ch for ch in text if ch.isdigit()))
    assert (None if fast is None else (fast.country_code, fast.national_number)) == read


def test_keep_patterns_turns_on_phonenumbers_pattern_cache() -> None:
    """Without it a batch of numbers from many regions recompiles patterns (benchmarks/verify_batch.py)."""
    import sys

    from amexhelp.verify._fastpath import keep_patterns

    module = sys.modules[phonenumbers.enable_pattern_cache.__module__]
    keep_patterns()
    assert module._COMPILED_PATTERNS is not None


@pytest.mark.exhaustive
def test_number_facts_agree_with_phonenumbers() -> None:
    """Type and region in one pass (the batch's) give what number_type and region_code_for_number give."""
    from amexhelp.verify._fastpath import number_facts

    rng = random.Random(11)
    numbers = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.TOLL_FREE,
            phonenumbers.PhoneNumberType.PREMIUM_RATE,
        ):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            digits = str(example.national_number)
            for _ in range(3):
                national = digits[:-3] + f"{rng.randrange(1000):03d}"
                numbers.append(
                    phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(national))
                )
    for _ in range(3000):  # every shape of North American number, most of them in no region at all
        numbers.append(phonenumbers.PhoneNumber(country_code=1, national_number=rng.randrange(2_000_000_000, 10**10)))
    for code in (7, 44, 47, 61, 212, 262, 358, 590, 599):  # other codes shared by several regions
        for _ in range(200):
            numbers.append(phonenumbers.PhoneNumber(country_code=code, national_number=rng.randrange(10**6, 10**10)))
    regions_seen: set[str] = set()
    for number in numbers:
        expected = (phonenumbers.number_type(number), phonenumbers.region_code_for_number(number) or "")
        assert number_facts(number) == expected, number
        regions_seen.add(expected[1])
    assert {"US", "CA", "JM", "PR", "GB", "IM", "RU", "KZ", "AU", "NO", "SJ"} <= regions_seen


@pytest.mark.parametrize("caller", [None, "US"])
def test_batch_json_is_json_dumps_of_the_record(directory: object, caller: str | None) -> None:
    """The batch writes its records directly; they must be what json.dumps makes of the record's dict."""
    from amexhelp.render import dicts
    from amexhelp.verify.batch import Unreadable, judged_lines

    texts = [*SAME_AS_ALONE, "+1 336 393 1111 \u202e", "tel:+1-800-528-4800;ext=1", '+44 "20" 7264 1777', "\x1b[31m"]
    checked = 0
    for result in judged_lines(directory, texts, lambda result: result, caller):  # type: ignore[arg-type]
        for full in (False, True):
            written = dicts.batch_json(result, directory, full, {})  # type: ignore[arg-type]
            if isinstance(result, Unreadable):
                record = dicts.unreadable(result)
            else:
                record = dicts.batch_record(result, directory, full, {})  # type: ignore[arg-type]
            assert written == json.dumps(record, ensure_ascii=False), result.input
            assert json.loads(written) == record
            checked += 1
    assert checked == 2 * len(texts)


@pytest.mark.exhaustive
def test_the_quick_path_for_plain_plus_numbers_gives_what_the_full_path_gives(directory: object) -> None:
    """Numbers with + and digits only skip the general reading machinery: the verdict (or the error)
    must be the same as the full path's, for every kind of number."""
    from amexhelp.errors import InputError
    from amexhelp.verify._written import normalise
    from amexhelp.verify.checker import checker

    check = checker(directory)  # type: ignore[arg-type]
    rng = random.Random(5)
    listed = sorted({line.e164 for line in directory.lines if line.e164})  # type: ignore[attr-defined]
    texts = [*listed, "+1 202 555 0142", "+44 20 7946 0958", "+61 491 570 006", "+1 900 555 0123", "+12", "+1"]
    for number in listed:  # look-alikes: one digit changed near the end
        position = rng.randrange(len(number) - 4, len(number))
        texts.append(number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1 :])
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                digits = str(example.national_number)
                texts.append(f"+{example.country_code} {digits[:-3]}{rng.randrange(1000):03d}")
    texts.extend(f"+1{rng.randrange(2_000_000_000, 10**10)}" for _ in range(500))
    texts.extend(f"+{rng.randrange(1, 999)} {rng.randrange(10**5, 10**11)}" for _ in range(500))

    def outcome(run: Callable[..., object], *args: object) -> object:
        try:
            return run(*args)
        except InputError as error:
            return str(error)

    kinds = set()
    for text in texts:
        quick = outcome(check.check, text)
        full = outcome(check._full, text, normalise(text), None)
        assert quick == full, text
        kinds.add(quick.verdict if not isinstance(quick, str) else "error")  # type: ignore[attr-defined]
    assert kinds == {"listed", "unlisted", "suspicious", "error"}


# -- read_lines, in this process (the command's tests above run it in a child) -------------------------------


class _Chunks:
    """A stream that gives its bytes a few at a time, as a pipe fed slowly does (and has no read1)."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = list(chunks)

    def read(self, size: int = -1) -> bytes:
        return self.chunks.pop(0) if self.chunks else b""


def _read(data: bytes | _Chunks, encoding: str | None = None) -> list[object]:
    import io

    from amexhelp.verify.batch import Unreadable, read_lines

    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    return [
        (line.input, line.error.code, dict(line.error.values)) if isinstance(line, Unreadable) else line
        for line in read_lines(stream, encoding)  # type: ignore[arg-type]
    ]


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        (b"", []),
        (b"\n", [""]),
        (b"900 814 500", ["900 814 500"]),  # a last line without its line end
        (b"900 814 500\n+1 800\n", ["900 814 500", "+1 800"]),
        (b"a\r\nb\r\n", ["a\r", "b\r"]),  # the CR is the batch's to drop (judged_lines)
        ("\ufeff+1 800\n".encode(), ["+1 800"]),
        ("Z\u00fcrich 044\n".encode(), ["Z\u00fcrich 044"]),
    ],
)
def test_read_lines_gives_each_line_once(data: bytes, lines: list[str]) -> None:
    assert _read(data) == lines


def test_read_lines_joins_a_line_that_arrives_in_pieces() -> None:
    pieces = _Chunks(b"90", b"0 814", b" 500\n+1 8", b"\xc3", b"\xa9\n", b"7")  # "é" split between two reads
    assert _read(pieces) == ["900 814 500", "+1 8\u00e9", "7"]


def test_a_line_longer_than_the_limit_is_junk_with_its_length() -> None:
    from amexhelp.sanitize import MAX_VALUE
    from amexhelp.verify.batch import MAX_LINE

    assert MAX_LINE == 1000
    kept = "7" * 1000
    assert _read(b"7" * 1000 + b"\n") == [kept]
    assert _read(b"7" * 1001 + b"\n8\n") == [
        (kept + "\u2026", "number-too-long", {"length": 1001, "limit": MAX_VALUE}),
        "8",
    ]
    assert _read(_Chunks(b"7" * 600, b"7" * 600, b"7" * 600)) == [  # no line end: the last line, in pieces
        (kept + "\u2026", "number-too-long", {"length": 1800, "limit": MAX_VALUE})
    ]


def test_a_later_line_that_does_not_decode_is_junk_with_its_line_number() -> None:
    assert _read(b"ok\n2\n+1 \xff 3\n4\n") == [
        "ok",
        "2",
        (
            "+1 \ufffd 3",
            "input-not-text",
            {"encoding": "utf-8-sig", "line": 3, "reason": "cannot be decoded", "encoding_given": False},
        ),
        "4",
    ]
    assert _read(b"ok\n\xe9\n", "ascii")[1] == (
        "\ufffd",
        "input-not-text",
        {"encoding": "ascii", "line": 2, "reason": "cannot be decoded", "encoding_given": True},
    )
    assert _read(b"ok\n\xe9", "ascii")[1] == (  # the last line, without its line end
        "\ufffd",
        "input-not-text",
        {"encoding": "ascii", "line": 2, "reason": "cannot be decoded", "encoding_given": True},
    )
    assert _read(b"ok\nx\xc3") == [  # the input ends inside a character
        "ok",
        (
            "x\ufffd",
            "input-not-text",
            {"encoding": "utf-8-sig", "line": 2, "reason": "cannot be decoded", "encoding_given": False},
        ),
    ]
    assert _read(_Chunks(b"ok\n", b"\x00\n3\n")) == ["ok", ("\x00", "input-has-nul", {}), "3"]  # not the first block
    assert _read(b"1\n+1 336\x00 393\n") == ["1", ("+1 336\x00 393", "input-has-nul", {})]


def test_read_lines_reads_the_encoding_it_is_given() -> None:
    assert _read("+1\u00a0800\n".encode("latin-1"), "latin-1") == ["+1\u00a0800"]
    assert _read("900 814 500\n".encode("utf-16"), "utf-16") == ["900 814 500"]


@pytest.mark.parametrize(
    ("data", "encoding", "code", "values"),
    [
        (b"\xff+1 800\n2\n", None, "input-not-text",
         {"encoding": "utf-8-sig", "line": 1, "reason": "invalid start byte", "encoding_given": False}),
        (b"+1 8\xe9\n2\n", "ascii", "input-not-text",
         {"encoding": "ascii", "line": 1, "reason": "ordinal not in range(128)", "encoding_given": True}),
        (b"+1 336\x00 393 1111\n", None, "input-has-nul", {}),
        ("900 814 500\n".encode("utf-16-le"), None, "input-utf16", {"encoding": "utf-16-le"}),
        ("900 814 500\n".encode("utf-16-be"), None, "input-utf16", {"encoding": "utf-16-be"}),
        # "Every other byte NUL": a quarter of the bytes or more are NUL, nearly all on one side.
        (b"a\x00bcd\x00ef", None, "input-utf16", {"encoding": "utf-16-le"}),  # 2 of 8 bytes: a quarter
        (b"\x00abc\x00def", None, "input-utf16", {"encoding": "utf-16-be"}),
        (b"a\x00bcdefgh", None, "input-has-nul", {}),  # 1 of 9: too few
        (b"a\x00bcd\x00efg", None, "input-has-nul", {}),  # 2 of 9: under a quarter
        (b"\x00\x00a\x00b\x00c\x00defghijk", None, "input-has-nul", {}),  # 4 odd, 1 even of 16: both sides
        (b"\x00\x00a\x00b\x00c\x00d\x00efghijklmn", None, "input-utf16", {"encoding": "utf-16-le"}),  # 5 and 1 of 20
        (b"x", "klingon", "unknown-encoding", {"value": "klingon"}),
        (b"x", "rot13", "unknown-encoding", {"value": "rot13"}),  # text to text
        (b"x", "hex", "unknown-encoding", {"value": "hex"}),  # bytes to bytes
    ],
)  # fmt: skip
def test_input_that_is_no_text_is_refused_before_any_line(
    data: bytes, encoding: str | None, code: str, values: dict[str, object]
) -> None:
    import io

    from amexhelp.errors import InputError
    from amexhelp.verify.batch import read_lines

    with pytest.raises(InputError) as caught:
        next(read_lines(io.BytesIO(data), encoding))
    assert (caught.value.code, dict(caught.value.values)) == (code, values)


def test_only_a_decoding_error_is_marked_as_junk() -> None:
    from amexhelp.verify.batch import _junk

    assert _junk(UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")) == ("\udfff", 2)
    encoding = UnicodeEncodeError("ascii", "\u00e9", 0, 1, "ordinal not in range(128)")
    with pytest.raises(UnicodeEncodeError):
        _junk(encoding)


@pytest.mark.parametrize(
    ("e164", "facts"),
    [
        ("+14169671111", (phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE, "CA")),  # Toronto
        ("+442072641777", (phonenumbers.PhoneNumberType.FIXED_LINE, "GB")),  # London
        ("+18005284800", (phonenumbers.PhoneNumberType.TOLL_FREE, "US")),
        ("+19995550100", (phonenumbers.PhoneNumberType.UNKNOWN, "")),  # 999: an area code kept for expansion
    ],
)
def test_number_facts_without_phonenumbers_private_step(
    monkeypatch: pytest.MonkeyPatch, e164: str, facts: tuple[int, str]
) -> None:
    """A phonenumbers without the private step number_facts uses gets the public calls' answers."""
    from amexhelp.verify import _fastpath

    monkeypatch.setattr(_fastpath, "_type_in", None)
    assert _fastpath.number_facts(phonenumbers.parse(e164)) == facts


def test_the_first_line_is_line_1_whatever_bytes_its_characters_are_made_of() -> None:
    import io

    from amexhelp.errors import InputError
    from amexhelp.verify.batch import read_lines

    # U+0A41 (Gurmukhi) is the bytes 41 0A in UTF-16-LE: a line feed's byte, but no line feed.
    data = "A\u0a41".encode("utf-16-le") + b"\x00\xd8x\x00"  # then a lone surrogate: not UTF-16
    with pytest.raises(InputError) as caught:
        next(read_lines(io.BytesIO(data), "utf-16-le"))
    assert (caught.value.code, caught.value.values["line"]) == ("input-not-text", 1)


def test_read_lines_reads_what_has_arrived() -> None:
    """A pipe's read1 gives what has arrived (a slow writer's lines answered as they come); read would wait."""

    class Pipe(_Chunks):
        def read1(self, size: int = -1) -> bytes:
            return super().read(size)

        def read(self, size: int = -1) -> bytes:
            raise AssertionError("read waits for a whole block")

    assert _read(Pipe(b"900 814 500\n", b"+1 800\n")) == ["900 814 500", "+1 800"]
