"""verify --message, what mutation testing found unheld: how a message is read (its limit in characters
and in bytes, bad bytes, a missing file, no standard input), an e-mail's HTML and oddly encoded parts,
a sender in the issuer's own domain, and which bare domains are links."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.verify import message
from amexhelp.verify.message import check_message, read_message

LIMIT = 1_000_000  # characters, as docs/reference.md states the message limit
FACE = "\U0001f600"  # four bytes in UTF-8


class Endless(io.RawIOBase):
    """A stream that never ends (a device, a pipe kept open): only a bounded read returns."""

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            raise AssertionError("read to the end of an endless stream")
        return b"a" * size


def from_stdin(data: bytes) -> str:
    return read_message("-", io.BytesIO(data))


def refusal(data: bytes) -> dict[str, Any]:
    with pytest.raises(InputError) as caught:
        from_stdin(data)
    assert caught.value.code == "message-too-long"
    return dict(caught.value.values)


def test_no_standard_input_is_its_own_error() -> None:
    with pytest.raises(InputError) as caught:
        read_message("-", None)
    assert (caught.value.code, dict(caught.value.values)) == ("no-stdin-message", {})


def test_a_message_of_the_limit_in_characters_is_read_whole() -> None:
    assert from_stdin(b"a" * LIMIT) == "a" * LIMIT
    assert refusal(b"a" * (LIMIT + 1)) == {"length": None, "limit": LIMIT}


def test_a_message_of_the_limit_in_four_byte_characters_is_read_whole(tmp_path: Path) -> None:
    text = FACE * LIMIT  # 4,000,000 bytes
    assert from_stdin(text.encode()) == text
    path = tmp_path / "message.txt"
    path.write_text(text, encoding="utf-8")
    assert read_message(str(path)) == text
    assert refusal(text.encode() + b"a") == {"length": None, "limit": LIMIT}


def test_a_message_of_many_bytes_but_few_characters_is_not_refused() -> None:
    assert from_stdin(FACE.encode() * 100_000) == FACE * 100_000  # 400,000 bytes, 100,000 characters


def test_an_endless_stream_is_read_only_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError) as caught:
        read_message("-", Endless())  # type: ignore[arg-type]
    assert caught.value.code == "message-too-long"
    monkeypatch.setattr(message, "open", lambda path, mode: Endless(), raising=False)
    with pytest.raises(InputError) as caught:
        read_message("/dev/endless")
    assert caught.value.code == "message-too-long"


def test_bad_bytes_are_replaced_not_refused() -> None:
    assert from_stdin(b"Call 1-800-528-4800 \xff\xfe now") == "Call 1-800-528-4800 \ufffd\ufffd now"


def test_a_missing_file_is_named_with_the_systems_reason(tmp_path: Path) -> None:
    path = str(tmp_path / "no-such-message.txt")
    with pytest.raises(InputError) as caught:
        read_message(path)
    assert (caught.value.code, dict(caught.value.values)) == (
        "cannot-read",
        {"path": path, "reason": "No such file or directory"},
    )


def test_a_failure_without_the_systems_words_is_named_by_its_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(path: str, mode: str) -> Any:
        raise PermissionError  # no errno, no strerror

    monkeypatch.setattr(message, "open", failing, raising=False)
    with pytest.raises(InputError) as caught:
        read_message("message.txt")
    assert dict(caught.value.values) == {"path": "message.txt", "reason": "PermissionError"}


def email(*parts: tuple[str, str], sender: str = "alerts@americanexpress.com") -> str:
    """A multipart e-mail: each part its content type (with charset) and its body."""
    lines = [f"From: American Express <{sender}>", "Subject: Your card", "MIME-Version: 1.0"]
    lines += ['Content-Type: multipart/alternative; boundary="b"', ""]
    for content_type, body in parts:
        lines += ["--b", f"Content-Type: {content_type}", "", body]
    lines.append("--b--")
    return "\r\n".join(lines) + "\r\n"


HTML = (
    "<p>Reply with your <b>P&#73;N</b> on <a href='https://one.example/a'>this page</a>"
    ' or <a href="https://two.example/b">that one</a>.</p>'
)


def test_an_html_part_is_read_as_its_words_and_its_links(directory: Directory) -> None:
    report = check_message(directory, email(("text/html; charset=utf-8", HTML)))
    assert [flag.code for flag in report.warnings] == ["asks-for-secret"]  # P&#73;N is PIN
    assert [link.text for link in report.links if not link.sender] == ["https://one.example/a", "https://two.example/b"]


def test_a_plain_part_is_read_as_written(directory: Directory) -> None:
    report = check_message(directory, email(("text/plain; charset=utf-8", "Call <+1 336 393 1111> from abroad.")))
    assert [(found.text, found.verdict.verdict) for found in report.numbers] == [("+1 336 393 1111", "listed")]


def test_a_part_in_an_unknown_charset_is_read_as_it_is(directory: Directory) -> None:
    report = check_message(directory, email(("text/plain; charset=x-no-such-charset", "Call +1 336 393 1111.")))
    assert [(found.text, found.verdict.verdict) for found in report.numbers] == [("+1 336 393 1111", "listed")]


def test_a_sender_in_the_issuers_domain_is_the_issuers(directory: Directory) -> None:
    report = check_message(directory, email(("text/plain; charset=utf-8", "Thank you.")))
    ((sender,),) = [[link for link in report.links if link.sender]]
    assert (sender.text, sender.verdict.text, sender.verdict.host, sender.verdict.verdict) == (
        "alerts@americanexpress.com",
        "alerts@americanexpress.com",
        "americanexpress.com",
        "issuer",
    )


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("See file.pdf, e.g. v1.2 of the terms.", []),
        ("Log in at amex-help.co.jp today.", ["amex-help.co.jp"]),
        ("Log in at amex-help.support today.", ["amex-help.support"]),
        ("Log in at amex-help.uk today.", ["amex-help.uk"]),
    ],
)
def test_a_bare_domain_is_a_link_when_its_last_label_is_a_country_or_a_common_name(
    directory: Directory, text: str, links: list[str]
) -> None:
    assert [link.text for link in check_message(directory, text).links] == links
