"""A batch (`amexhelp verify -`): the lines of an input decoded a block at a time, each judged in
order, one result per line whatever the line holds. A line that is no text (bytes that do not decode,
NUL characters) or longer than MAX_LINE is junk: an Unreadable, never a verdict."""

from __future__ import annotations

import codecs
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO, NamedTuple, TypeVar

from amexhelp.errors import InputError
from amexhelp.sanitize import MAX_VALUE

if TYPE_CHECKING:
    from amexhelp.directory.model import Directory
    from amexhelp.verify.checker import Verdict

T = TypeVar("T")
MEMO_SIZE = 4096  # inputs remembered by a batch (at most MAX_LINE characters each): call logs repeat a few numbers
BLOCK = 1 << 16  # bytes of a batch's input decoded at a time
MAX_LINE = 1_000  # characters of a batch's line kept: a longer line is junk, echoed back as its first MAX_LINE
# What an undecodable byte becomes while a batch is read: a lone surrogate, which no decoder gives for
# text it can read (the "amexhelp-junk" error handler puts it there; the line is then junk).
_JUNK = "\udfff"


class Unreadable(NamedTuple):
    """A line of a batch that is not a phone number: the input and why (the error, worded by the renderers)."""

    input: str
    error: InputError


def verify_lines(
    directory: Directory, lines: Iterable[str], caller: str | None = None
) -> Iterator[Verdict | Unreadable]:
    """One verdict (or Unreadable) per line, in order, one at a time: a batch of any length runs in
    flat memory."""
    return judged_lines(directory, lines, _as_it_is, caller)


def _as_it_is(result: Verdict | Unreadable) -> Verdict | Unreadable:
    return result


def judged_lines(
    directory: Directory,
    lines: Iterable[str | Unreadable],
    render: Callable[[Verdict | Unreadable], T],
    caller: str | None = None,
    memo_size: int = MEMO_SIZE,
) -> Iterator[T]:
    """verify_lines with each result passed through ``render``, and what it gave remembered for the
    input: a line seen among the last ``memo_size`` distinct inputs is not checked again (memory stays
    bounded: the oldest input is forgotten first). A verdict depends on the text and ``caller`` alone.
    A line already found unreadable (read_lines' junk) is rendered as it is: one result per line, always."""
    from amexhelp.verify._fastpath import keep_patterns
    from amexhelp.verify.checker import checker

    keep_patterns()
    check = checker(directory).check
    # An OrderedDict forgets its oldest entry at once; a dict, after many, scans past the holes they left.
    memo: OrderedDict[str, T] = OrderedDict()
    for raw in lines:
        if isinstance(raw, Unreadable):
            yield render(raw)
            continue
        text = raw.rstrip("\r\n")
        done = memo.get(text)
        if done is None:
            try:
                result: Verdict | Unreadable = check(text, caller)
            except InputError as error:
                result = Unreadable(text, error)
            done = render(result)
            if len(memo) >= memo_size:
                memo.popitem(last=False)
            memo[text] = done
        yield done


def read_lines(stream: BinaryIO, encoding: str | None = None) -> Iterator[str | Unreadable]:
    """The lines of a batch's input, decoded (UTF-8 unless ``encoding`` is given, a byte-order mark
    dropped), read a block at a time; each line a text, or an Unreadable when it is junk: it holds bytes
    that do not decode, NUL characters, or more than MAX_LINE characters (kept: its first MAX_LINE).
    InputError, before any line, when the input is no text at all: its first line does not decode or
    holds NUL characters (named as UTF-16 when it looks like UTF-16 without a byte-order mark)."""
    name = encoding or "utf-8-sig"
    decoder = _decoder(name)
    pending, dropped = "", 0  # the line being read (its first MAX_LINE characters) and how many more it has
    done = 0  # lines given so far
    first = True
    # What has arrived, up to a block: a pipe fed slowly (tail -f) gets its answers line by line.
    read = getattr(stream, "read1", stream.read)
    while True:
        block = read(BLOCK)
        text = decoder.decode(block, final=not block)
        if first:
            _refuse_binary(block, text, name, encoding is not None)
        first = False
        rows = text.split("\n")
        for row in rows[:-1]:
            pending, dropped = _grown(pending, dropped, row)
            done += 1
            yield _line(pending, dropped, done, name, encoding is not None)
            pending, dropped = "", 0
        pending, dropped = _grown(pending, dropped, rows[-1])
        if not block:
            break
    if pending or dropped:
        yield _line(pending, dropped, done + 1, name, encoding is not None)


def _decoder(name: str) -> codecs.IncrementalDecoder:
    """An incremental decoder of a text encoding, undecodable bytes marked _JUNK; InputError for a
    name that is no codec or a codec that does not decode bytes to text (rot13, hex, base64...)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise InputError("unknown-encoding", value=name) from None
    if not getattr(info, "_is_text_encoding", True):
        raise InputError("unknown-encoding", value=name)
    return info.incrementaldecoder("amexhelp-junk")


def _junk(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return _JUNK, error.end


def _grown(pending: str, dropped: int, piece: str) -> tuple[str, int]:
    """A line's first MAX_LINE characters, and how many more it has, with ``piece`` added: a line of
    any length costs MAX_LINE characters of memory, and the time to read it once."""
    room = max(MAX_LINE - len(pending), 0)
    if len(piece) <= room:
        return pending + piece, dropped
    return pending + piece[:room], dropped + len(piece) - room


def _line(text: str, dropped: int, number: int, name: str, given: bool) -> str | Unreadable:
    if _JUNK in text:
        reason = "cannot be decoded"
        error = InputError("input-not-text", encoding=name, line=number, reason=reason, encoding_given=given)
        return Unreadable(text.replace(_JUNK, "\ufffd"), error)
    if "\x00" in text:
        return Unreadable(text, InputError("input-has-nul"))
    if dropped:
        return Unreadable(f"{text}…", InputError("number-too-long", length=len(text) + dropped, limit=MAX_VALUE))
    return text


codecs.register_error("amexhelp-junk", _junk)


def _refuse_binary(block: bytes, text: str, name: str, given: bool) -> None:
    """InputError when a batch's input is no text: its first line (as far as the first block holds it)
    does not decode, or holds NUL characters. A later line that does is that line's junk record."""
    text = text.partition("\n")[0]
    if _JUNK in text:
        try:  # decoded again, strictly, for the decoder's own words (the first undecodable bytes are in line 1)
            codecs.getincrementaldecoder(name)().decode(block)
        except UnicodeDecodeError as error:
            raise InputError(
                "input-not-text", encoding=name, line=1, reason=error.reason, encoding_given=given
            ) from None
    if "\x00" in text:
        even, odd = block[0::2].count(0), block[1::2].count(0)
        if max(even, odd) * 4 >= len(block) and min(even, odd) * 4 < max(even, odd):  # every other byte NUL
            raise InputError("input-utf16", encoding="utf-16-le" if odd > even else "utf-16-be")
        raise InputError("input-has-nul")
