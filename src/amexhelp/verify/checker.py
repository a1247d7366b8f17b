"""Is this number really American Express? Three honest verdicts on a number written any way.

- ``listed``: the number is in this directory; the verdict says which line and its status (confirmed
  on an issuer page, only in a third-party guide, or disputed by the issuer's own page).
- ``unlisted``: it is not in this directory. That is not proof of fraud: the directory is small.
- ``suspicious``: red flags, each with a stable code: a look-alike of a listed number, a number type no
  support line uses (premium rate, personal, mobile…), a range kept for fiction, letters written
  where digits belong.

A number is read every way it can be dialled: as written when it starts with +; else in the caller's
country (``--from``), or, when that is unknown, in every country of the directory, each reading
judged and none headlined on its own. Text that is no complete number under any reading is an
InputError ("incomplete-number", with why one of errors.REASONS), never a verdict.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import BinaryIO, NamedTuple, TypeVar

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from amexhelp.directory import index
from amexhelp.directory.evidence import fictional
from amexhelp.directory.model import Directory, Line
from amexhelp.errors import InputError
from amexhelp.lookup.answer import STATUS_RANK
from amexhelp.sanitize import MAX_VALUE
from amexhelp.verify._lookalike import NearIndex
from amexhelp.verify._redflags import FICTIONAL, LETTERS, LOOK_ALIKE, PERSONAL, PREMIUM, UNUSUAL, WITHDRAWN
from amexhelp.verify._redflags import Flag as Flag
from amexhelp.verify._redflags import Value as FlagValue

LISTED = "listed"
UNLISTED = "unlisted"
SUSPICIOUS = "suspicious"
VERDICTS = (LISTED, UNLISTED, SUSPICIOUS)
T = TypeVar("T")

# How a reading came about.
INTERNATIONAL = "international"  # written with +: the same number from anywhere
PREFIX = "prefix"  # after an international prefix (00, 011…) dialled in ``regions``
NATIONAL = "national"  # a national form, dialled inside ``regions``
PRINTED = "printed"  # a form the directory's source prints, dialled where its line serves

_TYPE_NAMES = {v: k for k, v in vars(PhoneNumberType).items() if isinstance(v, int)}
# Number types no card issuer's support line uses, and the red flag each is.
_RED_TYPES = {
    PhoneNumberType.PREMIUM_RATE: PREMIUM,
    PhoneNumberType.PERSONAL_NUMBER: PERSONAL,
    PhoneNumberType.MOBILE: UNUSUAL,
    PhoneNumberType.VOIP: UNUSUAL,
    PhoneNumberType.PAGER: UNUSUAL,
    PhoneNumberType.VOICEMAIL: UNUSUAL,
}
# Letters that pass for digits at a glance: O for 0, I and l for 1.
_IMITATIONS = {"O": "0", "o": "0", "I": "1", "l": "1"}
_SEPARATORS = " -.()/\u00a0"
_TOKENS = re.compile(r"[^\W\d_]+|\d|\+")  # a word (a run of letters), a digit or the plus sign
_PLAIN = frozenset("+0123456789 -.()/")  # what a number in + form may hold for the fast path
_EXTENSION = re.compile(r"(?i)\s*(?:\bext\.?|\bextension|\bx|#)\s*\d{1,7}\s*$")


class Reading(NamedTuple):
    """One way to read the written number, and what it is read that way."""

    e164: str | None  # None only for a listed number with no international form (Korea's 00798)
    how: str  # INTERNATIONAL, PREFIX, NATIONAL or PRINTED
    regions: tuple[str, ...]  # where dialling the digits reaches this number; () when written with +
    valid: bool  # a number phonenumbers knows to exist (a fictional-range reading may not be)
    number_type: str  # phonenumbers' type name, e.g. TOLL_FREE
    number_region: str  # the number's own region
    lines: tuple[Line, ...] = ()  # the directory's lines with this number
    international: str | None = None  # in international format, for reading

    @property
    def listed(self) -> bool:
        return bool(self.lines)


class Verdict(NamedTuple):
    input: str
    verdict: str  # LISTED, UNLISTED or SUSPICIOUS
    readings: tuple[Reading, ...]  # listed readings first
    warnings: tuple[Flag, ...]
    caller: str | None = None  # the region national forms were read in, if one was given

    @property
    def matches(self) -> tuple[Line, ...]:
        """Every listed line the number is, best status first (confirmed, guide-only, disputed)."""
        found: dict[str, Line] = {}  # by id: hashing a whole line costs more than the rest of a verdict
        for reading in self.readings:
            for line in reading.lines:
                found.setdefault(line.id, line)
        return tuple(sorted(found.values(), key=lambda line: STATUS_RANK.get(line.status, 1)))

    @property
    def line(self) -> Line | None:
        matches = self.matches
        return matches[0] if matches else None

    @property
    def listed(self) -> bool:
        return any(reading.listed for reading in self.readings)

    @property
    def official(self) -> bool:
        """Listed, and printed on an issuer page (status confirmed)."""
        return self.verdict == LISTED and any(line.status == "confirmed" for line in self.matches)

    @property
    def status(self) -> str | None:
        line = self.line
        return line.status if line is not None else None

    @property
    def reading(self) -> Reading | None:
        """The reading to headline: the listed one, or the only one; None when several readings are
        equally plausible (then none is singled out)."""
        listed = [reading for reading in self.readings if reading.listed]
        if listed:
            return listed[0]
        return self.readings[0] if len(self.readings) == 1 else None

    @property
    def e164(self) -> str | None:
        reading = self.reading
        return reading.e164 if reading is not None else None


class Unreadable(NamedTuple):
    """A line of a batch that is not a phone number: the input and why (the error, worded by the renderers)."""

    input: str
    error: InputError


def normalise(text: str) -> str:
    """A number as typed or pasted, reduced to what is read: full-width digits folded, a tel: prefix
    and URI parameters dropped, an extension (ext. 12, x12) dropped; separators are kept."""
    value = (text if text.isascii() else unicodedata.normalize("NFKC", text)).strip()  # ASCII: NFKC changes nothing
    if value[:4].casefold() == "tel:":
        value = value[4:].split(";", 1)[0]
    if not _PLAIN.issuperset(value):  # only letters or # can write an extension
        value = _EXTENSION.sub("", value)
    return value.strip()


def verify(directory: Directory, text: str, caller: str | None = None) -> Verdict:
    """The verdict on a written number. ``caller`` is the region national forms are read in; without
    it, every country of the directory. Raises InputError when the text is no complete number."""
    return checker(directory).check(text, caller)


def verify_lines(
    directory: Directory, lines: Iterable[str], caller: str | None = None
) -> Iterator[Verdict | Unreadable]:
    """One verdict (or Unreadable) per line, in order, one at a time: a batch of any length runs in
    flat memory."""
    return judged_lines(directory, lines, _as_it_is, caller)


def _as_it_is(result: Verdict | Unreadable) -> Verdict | Unreadable:
    return result


MEMO_SIZE = 4096  # inputs remembered by a batch (at most MAX_LINE characters each): call logs repeat a few numbers
BLOCK = 1 << 16  # bytes of a batch's input decoded at a time
MAX_LINE = 1_000  # characters of a batch's line kept: a longer line is junk, echoed back as its first MAX_LINE
# What an undecodable byte becomes while a batch is read: a lone surrogate, which no decoder gives for
# text it can read (the "amexhelp-junk" error handler puts it there; the line is then junk).
_JUNK = "\udfff"


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
    from collections import OrderedDict

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
    codecs.register_error("amexhelp-junk", _junk)
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


def _refuse_binary(block: bytes, text: str, name: str, given: bool) -> None:
    """InputError when a batch's input is no text: its first line (as far as the first block holds it)
    does not decode, or holds NUL characters. A later line that does is that line's junk record."""
    text = text.split("\n", 1)[0]
    if _JUNK in text:
        try:
            codecs.getincrementaldecoder(name)("strict").decode(block, final=False)
        except UnicodeDecodeError as error:
            where = error.object[: error.start].count(b"\n") + 1
            raise InputError(
                "input-not-text", encoding=name, line=where, reason=error.reason, encoding_given=given
            ) from None
    if "\x00" in text:
        even, odd = block[0::2].count(0), block[1::2].count(0)
        if max(even, odd) * 4 >= len(block) and min(even, odd) * 4 < max(even, odd):  # every other byte NUL
            raise InputError("input-utf16", encoding="utf-16-le" if odd > even else "utf-16-be")
        raise InputError("input-has-nul")


def keep_patterns() -> None:
    """Keep phonenumbers' compiled metadata patterns for the rest of the run. A batch with numbers from
    many regions otherwise recompiles them once re's own cache (512 patterns) is full: measured at
    about 1,000 numbers a second instead of tens of thousands (benchmarks/verify_batch.py). Public
    API of phonenumbers 9 (its README); older releases simply go without."""
    enable = getattr(phonenumbers, "enable_pattern_cache", None)
    if enable is not None:
        enable()


@cache
def checker(directory: Directory) -> Checker:
    """The directory's checker, built once per directory (indexes of its numbers and forms)."""
    return Checker(directory)


class Checker:
    """The directory's numbers indexed for checking: by E.164, by printed national form, and by their
    one-slip neighbourhoods; and the regions a national form is read in, grouped by calling code."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        listed: dict[str, list[Line]] = {}
        printed: dict[str, list[Line]] = {}
        for line in directory.lines:
            if line.e164 is not None:
                listed.setdefault(line.e164, []).append(line)
            if "+" not in line.display:  # a form as the source prints it: Mexico's 01-800-…, Korea's 00798-…
                printed.setdefault(_ascii_digits(line.display), []).append(line)
            elif line.domestic_dial is not None:  # printed in some other way: the digits dialled at home
                printed.setdefault(line.domestic_dial, []).append(line)
        self._listed = {number: tuple(lines) for number, lines in listed.items()}
        self._printed = {digits: tuple(lines) for digits, lines in printed.items()}
        self._near = NearIndex(self._listed)
        codes = index.calling_codes()
        plausible = dict.fromkeys([*directory.countries, *(line.number_region for line in directory.lines)])
        groups: dict[int | str, list[str]] = {}
        for region in plausible:
            if region:
                groups.setdefault(codes.get(region, region), []).append(region)
        # One parse per calling code: the regions sharing one (US and CA) read national forms alike.
        self._groups: list[tuple[str | None, tuple[str, ...]]] = [
            (regions[0], tuple(regions)) for regions in groups.values()
        ]

    def check(self, text: str, caller: str | None = None) -> Verdict:
        if len(text) > MAX_VALUE:
            raise InputError("number-too-long", length=len(text), limit=MAX_VALUE)
        value = normalise(text)
        if value[:1] == "+" and _PLAIN.issuperset(value):
            quick = self._plain_international(text, value, caller)
            if quick is not None:
                return quick
        return self._full(text, value, caller)

    def _plain_international(self, text: str, value: str, caller: str | None) -> Verdict | None:
        """The verdict on a number written with + and digits only (what batches mostly hold), as _full
        gives it, without its general machinery (a reading per region, printed forms, merging); None
        when it might differ (_full then decides). Tests compare the two on thousands of numbers."""
        digits = _ascii_digits(value)
        if len(digits) < 3 or digits in self._printed:
            return None
        e164 = "+" + digits
        lines = self._listed.get(e164)
        if lines is not None:
            listed = (_listed_reading(e164, INTERNATIONAL, (), lines),)
            flags = self._suspect_flags(listed)
            return Verdict(text, SUSPICIOUS if flags else LISTED, listed, flags, caller)
        number = fast_international(value, digits)
        if number is None:
            return None
        kind, own = number_facts(number)
        if kind != PhoneNumberType.UNKNOWN:
            reading = Reading(e164, INTERNATIONAL, (), True, _TYPE_NAMES[kind], own, (), _format(number))
        else:
            possible = phonenumbers.is_possible_number_with_reason(number)
            if possible != phonenumbers.ValidationResult.IS_POSSIBLE or not fictional(e164):
                why = _LENGTH_FAILURES.get(possible, "not-valid")
                raise InputError("incomplete-number", value=text, why=why, region=None, elsewhere=False)
            reading = Reading(e164, INTERNATIONAL, (), False, "UNKNOWN", "", (), _format(number))
        warnings = tuple(self._red_flags([reading]))
        return Verdict(text, SUSPICIOUS if warnings else UNLISTED, (reading,), warnings, caller)

    def _full(self, text: str, value: str, caller: str | None) -> Verdict:
        dialled, imitated, letters = _letters(value)
        readings, why = self._read(dialled, caller) if dialled else ([], "no-digits")
        imitated_readings: list[Reading] = []
        if imitated is not None:
            imitated_readings, _ = self._read(imitated, caller)
        if not readings and not imitated_readings:
            if why == "no-digits":
                raise InputError("not-a-number", value=text)
            elsewhere = False
            if caller is not None and dialled and not dialled.startswith("+"):
                elsewhere = bool(self._read(dialled, None)[0])
            region = caller if why == "not-valid-there" else None
            raise InputError("incomplete-number", value=text, why=why, region=region, elsewhere=elsewhere)
        warnings: list[Flag] = []
        if imitated is not None:
            warnings.append(self._letters_flag(letters, dialled, imitated_readings))
        if not any(reading.listed for reading in readings):
            warnings.extend(self._red_flags(readings))
        else:
            warnings.extend(self._suspect_flags(readings))
        if warnings:
            verdict = SUSPICIOUS
        elif any(reading.listed for reading in readings):
            verdict = LISTED
        else:
            verdict = UNLISTED
        return Verdict(text, verdict, tuple(readings), tuple(warnings), caller)

    def _read(self, value: str, caller: str | None) -> tuple[list[Reading], str]:
        """Every valid (or fictional-range) reading of ``value``, listed ones first; and, when there is
        none, why (one of errors.REASONS)."""
        digits = _ascii_digits(value) if value.isascii() else phonenumbers.normalize_digits_only(value)
        if len(digits) < 3:
            return [], "too-short"
        groups = self._groups_for(value, caller)
        several = len(groups) > 1
        found: dict[str, Reading] = {}
        failures: list[str] = []
        for region, regions in groups:
            reading = self._read_in(value, digits, region, regions, several)
            if isinstance(reading, str):
                failures.append(reading)
            else:
                _merge(found, reading)
        self._add_printed(found, digits, caller)
        readings = sorted(found.values(), key=lambda reading: not reading.listed)
        if readings:
            return readings, ""
        return [], _why_none(failures, caller if not value.startswith("+") else None, several)

    def _groups_for(self, value: str, caller: str | None) -> list[tuple[str | None, tuple[str, ...]]]:
        """The regions to read ``value`` in, one parse per group: none for a number written with +, the
        caller's region when it is known, else one per calling code of the directory."""
        if value.startswith("+"):
            return [(None, ())]
        if caller is not None:
            return [(caller, (caller,))]
        return self._groups

    def _read_in(
        self, value: str, digits: str, region: str | None, regions: tuple[str, ...], several: bool
    ) -> Reading | str:
        """``value`` read as dialled in ``region`` (None: written with +), or why it is no number there."""
        if region is None and _PLAIN.issuperset(value):
            lines = self._listed.get("+" + digits)
            if lines is not None:  # a listed number in + form: the data knows all about it
                return _listed_reading("+" + digits, INTERNATIONAL, (), lines)
        parsed = _parse(value, digits, region)
        if isinstance(parsed, str):
            return parsed
        number, e164 = parsed
        how = _how_read(number, region)
        where = regions if how != INTERNATIONAL else ()
        lines = self._listed.get(e164)
        if lines is not None:
            return _listed_reading(e164, how, where, lines)
        if several and how == NATIONAL and not _dialled_there(number, digits, region):
            return _LENGTH_FAILURES.get(phonenumbers.is_possible_number_with_reason(number), "not-valid")
        return _unlisted_reading(number, e164, how, where)

    def _add_printed(self, found: dict[str, Reading], digits: str, caller: str | None) -> None:
        """The listed lines whose printed form (Mexico's 01-800-…, Korea's 00798-…) these digits are,
        merged into ``found`` in place of the same digits read as a national number there."""
        printed: dict[str, list[Line]] = {}
        for line in self._printed.get(digits, ()):
            if caller is None or caller in (line.country, line.number_region):
                printed.setdefault(line.e164 or f"dial:{line.domestic_dial}", []).append(line)
        for key, lines_printed in printed.items():
            if key in found:
                continue
            where = tuple(dict.fromkeys(line.country for line in lines_printed if line.country))
            # The same digits read as a national number there are this printed number, not another one
            # (Korea's 00798-800-1111 is no +82 0079… number to dial from elsewhere).
            for other in [k for k, r in found.items() if r.how == NATIONAL and not r.listed and r.regions == where]:
                del found[other]
            _merge(found, _listed_reading(lines_printed[0].e164, PRINTED, where, tuple(lines_printed)), key)

    def _red_flags(self, readings: list[Reading]) -> list[Flag]:
        """The red flags of an unlisted number's readings. A look-alike or a fictional range counts in
        any reading; a number type only when every reading has one (a number read in twenty countries
        is a mobile number in some of them, and that says nothing about the one it was written for)."""
        return [
            *self._look_alikes(readings),
            *_type_flags(readings),
            *_fictional_flags(readings),
            *self._withdrawn_flags(readings),
        ]

    def _withdrawn_flags(self, readings: list[Reading]) -> list[Flag]:
        """A flag for the first reading in a range its numbering plan has withdrawn (the data's
        ``withdrawn_ranges``): such a number no longer rings, so no support line has it."""
        from amexhelp.directory.evidence import withdrawn_prefix

        ranges = {r.prefix: r for r in self.directory.withdrawn_ranges}
        for reading in readings:
            prefix = withdrawn_prefix(reading.e164, ranges) if reading.e164 is not None else None
            if prefix is not None:
                withdrawn = ranges[prefix]
                values = {"country": withdrawn.country, "range": withdrawn.name, "withdrawn": withdrawn.withdrawn}
                return [Flag(WITHDRAWN, {**_about(reading, len(readings)), **values})]
        return []

    def _suspect_flags(self, readings: Iterable[Reading]) -> tuple[Flag, ...]:
        """The red flags of a listed number the directory holds as suspect (every line with it is): a
        number kept only as evidence is suspicious, whatever prints it."""
        from amexhelp.directory.evidence import flags_of
        from amexhelp.directory.model import SUSPECT

        listed = [reading for reading in readings if reading.listed]
        if not listed or any(line.status != SUSPECT for reading in listed for line in reading.lines):
            return ()
        flags: list[Flag] = []
        for reading in listed:
            for _code, withdrawn in flags_of(reading.lines[0], self.directory.withdrawn_ranges):
                about = _about(reading, len(listed))
                if withdrawn is None:
                    flags.append(Flag(FICTIONAL, {**about, "others": 0}))
                else:
                    values = {"country": withdrawn.country, "range": withdrawn.name, "withdrawn": withdrawn.withdrawn}
                    flags.append(Flag(WITHDRAWN, {**about, **values}))
        return tuple(flags)

    def _look_alikes(self, readings: list[Reading]) -> Iterator[Flag]:
        """A flag for each listed number any reading is one slip away from."""
        for reading in readings:
            if reading.e164 is None:
                continue
            for near in self._near.near(reading.e164):
                target = self._listed[near.listed][0]
                yield Flag(
                    LOOK_ALIKE,
                    {
                        **_about(reading, len(readings)),
                        "imitated": target.international or near.listed,
                        "change": near.how,
                        "line": target.id,
                    },
                    near.listed,
                )

    def _letters_flag(self, letters: str, dialled: str, imitated: list[Reading]) -> Flag:
        written = sorted(set(letters))
        listed = [reading for reading in imitated if reading.listed]
        target = listed[0].lines[0] if listed else None
        values: dict[str, FlagValue] = {
            "letters": tuple(written),
            "digits": tuple(_IMITATIONS[letter] for letter in written),
            "dialled": dialled,
            "readable": bool(imitated),
            "imitated": (target.international or listed[0].e164) if target is not None else None,
            "line": target.id if target is not None else None,
        }
        return Flag(LETTERS, values, listed[0].e164 if listed else None)


def _parse(value: str, digits: str, region: str | None) -> tuple[phonenumbers.PhoneNumber, str] | str:
    """The number ``value`` is when dialled in ``region``, and its E.164 form; or why it is none."""
    fast = fast_international(value, digits) if region is None else None
    if fast is not None:  # read as written: country code and national number, no prefix
        return fast, "+" + digits
    try:
        number = phonenumbers.parse(value, region, keep_raw_input=True)
    except NumberParseException as error:
        return _PARSE_FAILURES.get(error.error_type, "not-a-number")
    return number, phonenumbers.format_number(number, _E164)


def _how_read(number: phonenumbers.PhoneNumber, region: str | None) -> str:
    """How a parsed number was read: as written with +, after an international prefix, or national."""
    if region is None:
        return INTERNATIONAL
    source = number.country_code_source
    return _HOW.get(source, NATIONAL) if source is not None else NATIONAL


def _unlisted_reading(number: phonenumbers.PhoneNumber, e164: str, how: str, where: tuple[str, ...]) -> Reading | str:
    """A number the directory does not list, as a reading if it is one (valid, or in a fictional
    range); else why it is none."""
    kind, own = number_facts(number)
    if kind != PhoneNumberType.UNKNOWN:
        return Reading(e164, how, where, True, _TYPE_NAMES[kind], own, (), _format(number))
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == phonenumbers.ValidationResult.IS_POSSIBLE and fictional(e164):
        return Reading(e164, how, where, False, "UNKNOWN", "", (), _format(number))
    return _LENGTH_FAILURES.get(possible, "not-valid")


def _why_none(failures: list[str], caller: str | None, several: bool) -> str:
    """Why no reading was found (one of errors.REASONS), from each group's failure (``caller``: the
    region a national form was read in, if one was given)."""
    if failures and all(why == "too-short" for why in failures):
        return "too-short"
    if failures and all(why == "too-long" for why in failures):
        return "too-long"
    if caller is not None:
        return "not-valid-there"
    return "no-valid-reading" if several else "not-valid"


def _about(reading: Reading, readings: int) -> dict[str, FlagValue]:
    """The values that name the reading a flag is about (amexhelp.verify._redflags)."""
    return {
        "number": international(reading) or "",
        "how": reading.how,
        "dialled_in": reading.regions,
        "readings": readings,
    }


def _type_flags(readings: list[Reading]) -> list[Flag]:
    """A flag per reading of a number type no support line uses, when every reading is of one."""
    codes = [_RED_TYPES.get(getattr(PhoneNumberType, reading.number_type, -1)) for reading in readings]
    if not readings or any(code is None for code in codes):
        return []
    return [
        Flag(code, {**_about(reading, len(readings)), "number_type": reading.number_type})
        for reading, code in zip(readings, codes, strict=True)
        if code is not None
    ]


def _fictional_flags(readings: list[Reading]) -> list[Flag]:
    """One flag when any reading is in a range kept for fiction, naming one of them."""
    made_up = [reading for reading in readings if reading.e164 is not None and fictional(reading.e164)]
    if not made_up:
        return []
    # Name a reading that is a number in service, a North American one first (555-01xx is that plan's).
    made_up.sort(key=lambda reading: (not reading.valid, not (reading.e164 or "").startswith("+1")))
    return [Flag(FICTIONAL, {**_about(made_up[0], len(readings)), "others": len(made_up) - 1})]


def _merge(found: dict[str, Reading], reading: Reading, key: str | None = None) -> None:
    key = key or reading.e164 or ""
    known = found.get(key)
    if known is None:
        found[key] = reading
    elif reading.regions:
        regions = tuple(dict.fromkeys((*known.regions, *reading.regions)))
        found[key] = known._replace(regions=regions)


def _listed_reading(e164: str | None, how: str, regions: tuple[str, ...], lines: tuple[Line, ...]) -> Reading:
    first = lines[0]
    return Reading(
        e164, how, regions, True, first.number_type or "", first.number_region or (first.country or ""), lines,
        first.international or None,
    )  # fmt: skip


_PARSE_FAILURES = {
    NumberParseException.TOO_SHORT_NSN: "too-short",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too-short",
    NumberParseException.TOO_LONG: "too-long",
}
_LENGTH_FAILURES = {
    phonenumbers.ValidationResult.TOO_SHORT: "too-short",
    phonenumbers.ValidationResult.TOO_LONG: "too-long",
}
_HOW = {
    phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN: INTERNATIONAL,
    phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_IDD: PREFIX,
}


_NOT_DIGITS = {code: None for code in range(128) if not 48 <= code <= 57}


def _ascii_digits(text: str) -> str:
    """The ASCII digits of an ASCII text (translate: several times faster than a loop)."""
    if text.isascii():
        return text.translate(_NOT_DIGITS)
    return "".join(ch for ch in text if "0" <= ch <= "9")


def _letters(value: str) -> tuple[str, str | None, str]:
    """The number as a phone dials it (keypad letters converted, as phonenumbers does: 1-800-AMEX…),
    the digits that look-alike letters imitate (None when there are none), and those letters.

    Text before the number ("Call ", "Dial ") is dropped, as phonenumbers does. A run of letters counts
    as imitating digits when it holds only O, o, I and l and stands next to a digit (48OO, 1-8OO); a
    word that merely ends in one of them ("Call 1-800…") does not.
    """
    if value.isascii() and value.lower() == value.upper():  # no letters at all: the common case, at once
        return value, None, ""
    start = next(
        (
            token.start()
            for token in _TOKENS.finditer(value)
            if not token.group().isalpha()  # a digit or the plus sign
            or (all(ch in _IMITATIONS for ch in token.group()) and _next_to_digit(value, token.start(), token.end()))
        ),
        None,
    )
    if start is None:
        return "", None, ""
    value = value[start:]
    if not any(ch.isalpha() for ch in value):
        return value, None, ""
    imitated: list[str] = []
    letters: list[str] = []
    i = 0
    while i < len(value):
        if not value[i].isalpha():
            imitated.append(value[i])
            i += 1
            continue
        end = i
        while end < len(value) and value[end].isalpha():
            end += 1
        run = value[i:end]
        if all(ch in _IMITATIONS for ch in run) and _next_to_digit(value, i, end):
            imitated.append("".join(_IMITATIONS[ch] for ch in run))
            letters.extend(run)
        else:
            imitated.append(run)
        i = end
    dialled = phonenumbers.convert_alpha_characters_in_number(value)
    if not letters:
        return dialled, None, ""
    return dialled, phonenumbers.convert_alpha_characters_in_number("".join(imitated)), "".join(letters)


def _next_to_digit(value: str, start: int, end: int) -> bool:
    """Whether the nearest character before ``start`` or after ``end``, past separators, is a digit."""
    before = value[:start].rstrip(_SEPARATORS)
    after = value[end:].lstrip(_SEPARATORS)
    return bool(before and before[-1].isdigit()) or bool(after and after[0].isdigit())


def _format(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def international(reading: Reading) -> str | None:
    """A reading in international format for reading (spaces where the numbering plan puts them)."""
    if reading.international is not None:
        return reading.international
    return _format(phonenumbers.parse(reading.e164)) if reading.e164 is not None else None


_NATIONAL_PREFIXES: dict[int, re.Pattern[str] | None] = {}


def fast_international(value: str, digits: str) -> phonenumbers.PhoneNumber | None:
    """``value`` (+ and digits with separators only) as phonenumbers.parse reads it, without its
    general text handling: the country code is the first 1-3 digits that are one, the rest is the
    national number. None whenever parse might do more (strip a national prefix written after the
    country code, as in +44 (0)20…), so the caller falls back to parse; tests compare the two.
    Batches of numbers in + form run about a third faster (benchmarks/verify_batch.py)."""
    if not value.startswith("+") or not _PLAIN.issuperset(value) or value.count("+") != 1:
        return None
    if digits.startswith("0"):  # no country code starts with 0 ("+0120" is no number at all)
        return None
    for size in (1, 2, 3):
        code = int(digits[:size]) if len(digits) > size else 0
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    national = digits[size:]
    if not 2 <= len(national) <= 17:
        return None
    if code not in _NATIONAL_PREFIXES:
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, regions[0])
        pattern = metadata.national_prefix_for_parsing if metadata is not None else None
        _NATIONAL_PREFIXES[code] = re.compile(pattern) if pattern else None
    prefix = _NATIONAL_PREFIXES[code]
    if (prefix is not None and prefix.match(national)) or national.startswith("0"):
        return None
    return phonenumbers.PhoneNumber(
        country_code=code,
        national_number=int(national),
        country_code_source=phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_PLUS_SIGN,
    )


_E164 = phonenumbers.PhoneNumberFormat.E164
# phonenumbers' own step of number_type, given the region's metadata (private: see number_facts);
# a phonenumbers without it gets the public calls instead.
_type_in: Callable[[str, phonenumbers.PhoneMetadata], int] | None = getattr(
    phonenumbers.phonenumberutil, "_number_type_helper", None
)

# How each calling code's regions are told apart, in phonenumbers' order: a region without leading
# digits by the number's type there, a run of regions with leading digits by one combined pattern.
# A step: (None, [region]) for a type, (pattern, [regions its groups stand for]) for leading digits.
_Step = tuple[re.Pattern[str] | None, list[tuple[str, phonenumbers.PhoneMetadata]]]
_PLANS: dict[int, list[_Step]] = {}


def number_facts(number: phonenumbers.PhoneNumber) -> tuple[int, str]:
    """The number's type and its own region ("" when it has none), as phonenumbers.number_type and
    region_code_for_number give them, in one pass instead of two.

    Both calls look for the region first, trying each region of the calling code in turn (a number
    type for a region without leading digits, such as the US for +1; a pattern each for the others);
    number_type then computes the type again. Here the type found while looking is kept, and the
    patterns of consecutive regions are tried as one: the two calls took 60 % of a batch of +1
    numbers (benchmarks/verify_batch.py). A test compares the two on thousands of numbers.
    """
    if _type_in is None:  # pragma: no cover
        region = phonenumbers.region_code_for_number(number) or ""
        return phonenumbers.number_type(number), region
    code = number.country_code or 0
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code, ())
    national = phonenumbers.national_significant_number(number)
    if len(regions) == 1:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, regions[0])
        return (_type_in(national, metadata) if metadata is not None else PhoneNumberType.UNKNOWN), regions[0]
    plan = _PLANS.get(code)
    if plan is None:
        plan = _PLANS[code] = _plan(regions)
    for pattern, members in plan:
        if pattern is None:
            region, metadata = members[0]
            kind = _type_in(national, metadata)
            if kind != PhoneNumberType.UNKNOWN:
                return kind, region
            continue
        match = pattern.match(national)
        if match is not None:
            region, metadata = members[(match.lastindex or 1) - 1]
            return _type_in(national, metadata), region
    return PhoneNumberType.UNKNOWN, ""


def _plan(regions: tuple[str, ...]) -> list[_Step]:
    plan: list[_Step] = []
    run: list[tuple[str, phonenumbers.PhoneMetadata]] = []

    def close_run() -> None:
        if run:
            # Each region's pattern in a group of its own, in order: the first that matches wins, as
            # when they are tried one by one (the patterns hold no groups of their own: a test checks).
            combined = "|".join(f"({metadata.leading_digits})" for _, metadata in run)
            plan.append((re.compile(combined), list(run)))
            run.clear()

    for region in regions:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            run.append((region, metadata))
        else:
            close_run()
            plan.append((None, [(region, metadata)]))
    close_run()
    return plan


def _dialled_there(number: phonenumbers.PhoneNumber, digits: str, region: str | None) -> bool:
    """Whether someone in ``region`` dials these digits, trunk prefix and all, for this number.

    phonenumbers forgives a missing trunk prefix ("20 7264 1777" is London to it); a person in the UK
    dialling those digits reaches nothing of the kind. When the region is not known, only readings
    written the way they are dialled there count (900 814 500 in Spain, not in Ireland, where it
    would be 0900…).
    """
    national = _ascii_digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    if digits == national:
        return True
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region or "")
    prefix = metadata.national_prefix if metadata is not None else None
    return bool(prefix) and digits == f"{prefix}{national}"
