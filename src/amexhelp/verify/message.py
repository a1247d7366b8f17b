"""A whole text message or email checked at once: every phone number and every link in it, and what
its words ask for, one report.

Numbers are found by phonenumbers' own matcher, run for the caller's region (--from) or for every
market of the directory, plus two shapes it does not look for: numbers written with look-alike
letters (1-800-528-48OO) and North American vanity numbers (1-800-668-AMEX). Each is judged exactly
as ``amexhelp verify`` judges it. Links (and e-mail addresses) are judged by their domain against the
issuer's domains in the data. An e-mail with headers is read as one: its text and HTML parts
decoded, and the From and Reply-To addresses judged like links. Its words are read for what the
issuer never asks (amexhelp.verify._wording): any such red flag makes the message suspicious, however
genuine its numbers are (scammers copy real numbers).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, BinaryIO, NamedTuple

from amexhelp.directory.model import Directory
from amexhelp.errors import InputError
from amexhelp.verify._fastpath import keep_patterns
from amexhelp.verify._wording import WordFlag, red_flags
from amexhelp.verify.checker import LISTED, SUSPICIOUS, UNLISTED, Verdict, checker
from amexhelp.verify.domains import ISSUER, LinkVerdict, judge

NOTHING = "nothing-found"
MAX_MESSAGE = 1_000_000  # characters: a long e-mail fits; beyond this the text is refused, not scanned
# What the number search reads of a message, so that its time is bounded however many digits it holds:
# the first MAX_WINDOWS places that hold digits, and in each at most MAX_TRIES candidates (strings of
# digits) that phonenumbers' matcher examines for a region (shared among the regions when every one is
# read, at least 20 each). A message, even a long e-mail, has a handful of numbers.
MAX_WINDOWS = 100  # places with digits read (see _windows)
MAX_NUMBERS = 100  # numbers found, at most (the first of the message)
MAX_LINKS = 100  # links and addresses found, at most
MAX_WORDS = 100_000  # characters of a message's text whose words are read for red flags
MAX_TRIES = 1_000
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT_RUN = re.compile(r"\d(?:\D{0,3}\d){3,}")

# Links: with a scheme or www., or a bare domain whose last label is a country code or a common name.
# Written to start with the class of its first character (a letter or digit), so that re skips the
# characters no link starts with at C speed; it is what this pattern finds (a test compares the two):
#   (?i)(?<![\w./%@-])(?:https?://|www\.)[^\s<>"'`]{1,2000}
#   |(?<![\w@.-])(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,16}[^\W\d_]{2,24}\b
# (the first character is matched, then the look-behinds read the one before it).
_LINK = re.compile(
    r"(?i)[^\W_](?<![\w@.-][^\W_])"
    r"(?:(?<![/%][^\W_])(?:(?<=h)ttps?://|(?<=w)ww\.)[^\s<>\"'`]{1,2000}"
    r"|(?:[\w-]{0,61}[^\W_])?\.(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){0,15}[^\W\d_]{2,24}\b)"
)
# Every pattern is anchored at the start of its token (a look-behind: no match starts inside a word or a
# run of its characters) and its repeats are bounded, so finding them is linear in the text's length: one
# long token (100 KB of letters, no @) costs one pass, not one pass per character.
_ADDRESS = re.compile(r"(?i)(?<![\w.+-])[\w.+-]{1,64}@((?:[^\W_](?:[\w-]{0,61}[^\W_])?\.){1,16}[^\W\d_]{2,24})\b")
_COMMON_TLDS = frozenset(
    {"com", "net", "org", "info", "biz", "io", "co", "app", "online", "site", "xyz", "top", "club", "shop", "live",
     "support", "help", "services", "secure", "email", "link", "click", "page", "cards", "bank", "finance", "money"}
)  # fmt: skip
# Numbers phonenumbers' matcher does not look for: letters passing for digits, and vanity numbers. Like
# _LINK, written to start with the class of its first character; it is what this pattern finds:
#   (?<![\w+])\+?[\dOoIl][\dOoIl \-.()]{5,30}[\dOoIl](?![\w])
#   |(?<![\w+])(?:\+?1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]?[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4,7}(?![\w])
_LETTERED = re.compile(
    r"[+\dOoIl(](?<![\w+][+\dOoIl(])"
    r"(?:(?:(?<=\+)[\dOoIl]|(?<=[\dOoIl]))[\dOoIl \-.()]{5,30}[\dOoIl](?![\w])"
    r"|(?:(?<=\+)1[\s.-]?\(?8|(?<=1)[\s.-]?\(?8|(?<=\()8|(?<=8))"
    r"(?:00|33|44|55|66|77|88)\)?[\s.-]?[A-Z0-9]{3}[\s.-]?[A-Z0-9]{4,7}(?![\w]))"
)


class FoundNumber(NamedTuple):
    text: str  # as written in the message
    start: int
    verdict: Verdict


class FoundLink(NamedTuple):
    text: str
    start: int
    verdict: LinkVerdict
    sender: bool  # an address in the From or Reply-To header


class MessageReport(NamedTuple):
    numbers: tuple[FoundNumber, ...]  # in the order they appear
    links: tuple[FoundLink, ...]
    warnings: tuple[WordFlag, ...] = ()  # red flags of the words: what the message asks for

    @property
    def verdict(self) -> str:
        """suspicious if its words or anything found are; else unlisted if anything is not listed or
        the issuer's; listed when everything found is; nothing-found when the message holds no number,
        no link and no red flag."""
        verdicts = [found.verdict.verdict for found in self.numbers] + [found.verdict.verdict for found in self.links]
        if self.warnings:
            return SUSPICIOUS
        if not verdicts:
            return NOTHING
        if SUSPICIOUS in verdicts:
            return SUSPICIOUS
        if all(verdict in (LISTED, ISSUER) for verdict in verdicts):
            return LISTED
        return UNLISTED


def read_message(path: str, stdin: BinaryIO | None = None) -> str:
    """The text of a message file ('-': ``stdin``), decoded as UTF-8 (bad bytes replaced)."""
    if path == "-":
        if stdin is None:
            raise InputError("no-stdin-message")
        raw = stdin.read(MAX_MESSAGE * 4 + 1)
    else:
        try:
            with open(path, "rb") as handle:
                raw = handle.read(MAX_MESSAGE * 4 + 1)
        except OSError as error:
            raise InputError("cannot-read", path=path, reason=error.strerror or type(error).__name__) from None
    text = raw.decode("utf-8", "replace")
    if len(raw) > MAX_MESSAGE * 4 or len(text) > MAX_MESSAGE:
        raise InputError("message-too-long", length=None, limit=MAX_MESSAGE)
    return text


def check_message(directory: Directory, text: str, caller: str | None = None) -> MessageReport:
    """Every phone number and link in ``text``, judged. ``caller`` narrows the number search to one region."""
    if len(text) > MAX_MESSAGE:
        raise InputError("message-too-long", length=len(text), limit=MAX_MESSAGE)
    keep_patterns()  # one matcher per region: many patterns
    body, senders = _email_parts(text)
    regions = [caller] if caller is not None else list(directory.countries)
    numbers = tuple(_numbers(directory, body, regions, caller))
    links = [FoundLink(address, -1, _judge_address(address, directory), True) for address in senders]
    links.extend(_links(directory, body))
    return MessageReport(numbers, tuple(links), red_flags(body[:MAX_WORDS]))


def _email_parts(text: str) -> tuple[str, list[str]]:
    """A message's readable text and its sender addresses: an e-mail (headers first) is decoded
    part by part; anything else is taken as it is."""
    head = text.lstrip()[:2000]
    if not re.match(r"(?i)(?:[\w-]+:.*\n)+", head) or not re.search(r"(?im)^(?:from|subject|mime-version):", head):
        return text, []
    import email
    import email.policy
    from email.message import EmailMessage

    parsed = email.message_from_string(text.lstrip(), policy=email.policy.default)
    senders: list[str] = []
    for header in ("From", "Reply-To", "Return-Path"):
        for value in parsed.get_all(header) or []:
            senders.extend(match.group(0) for match in _ADDRESS.finditer(str(value)))
    parts = [_text_of(part) for part in (parsed.walk() if isinstance(parsed, EmailMessage) else ())]
    subject = str(parsed.get("Subject") or "")
    return "\n".join([subject, *(part for part in parts if part is not None)]), list(dict.fromkeys(senders))


def _text_of(part: Any) -> str | None:
    """The text of an e-mail's part (an HTML part's words and links), None for a part that is not text."""
    if part.get_content_maintype() != "text":
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken encoding: the raw text
        content = part.get_payload()
    if not isinstance(content, str):
        return None
    if part.get_content_subtype() == "html":
        import html

        hrefs = " ".join(re.findall(r"(?i)href\s*=\s*[\"']([^\"']+)", content))
        content = html.unescape(re.sub(r"<[^<>]*>", " ", content)) + " " + hrefs
    return content


def _numbers(directory: Directory, text: str, regions: list[str], caller: str | None) -> list[FoundNumber]:
    import phonenumbers

    from amexhelp.directory.evidence import red_flags as number_flags

    withdrawn = [r.prefix for r in directory.withdrawn_ranges]
    spans: dict[tuple[int, int], str] = {}

    def search(region: str | None, windows: list[tuple[int, str]], tries: int) -> None:
        leniency = phonenumbers.Leniency
        _add_matches(
            spans, [(at, phonenumbers.PhoneNumberMatcher(w, region, leniency.VALID, tries)) for at, w in windows]
        )
        # A number in a range kept for fiction or withdrawn may not be valid any more: read it all the same.
        possible = [(at, phonenumbers.PhoneNumberMatcher(w, region, leniency.POSSIBLE, tries)) for at, w in windows]
        _add_matches(spans, possible, lambda number: bool(number_flags(_e164(number), withdrawn)))

    windows = _windows(text)
    # A number written with + reads the same in every region: found once, then blanked out of what the
    # regions' matchers read, so that each region does not parse it again.
    search(None, windows, MAX_TRIES)
    masked = [(offset, _blanked(window, offset, spans)) for offset, window in windows]
    tries = MAX_TRIES if len(regions) == 1 else max(MAX_TRIES // len(regions), 20)
    for region in regions:
        search(region, masked, tries)
    _add_lettered(spans, text)
    check = checker(directory).check
    found = []
    for start, end in _longest(spans):
        written = spans[(start, end)]
        try:
            found.append(FoundNumber(written, start, check(written, caller)))
        except InputError:
            continue  # looked like a number to a pattern, but is none
    return found


def _add_lettered(spans: dict[tuple[int, int], str], text: str) -> None:
    """The numbers written with letters (look-alikes of digits, vanity words), until there are MAX_NUMBERS."""
    for lettered in _LETTERED.finditer(text):
        if len(spans) >= MAX_NUMBERS:
            break
        written = lettered.group(0).strip(" -.(")
        if _LETTER.search(written):
            start = lettered.start() + lettered.group(0).index(written)
            spans.setdefault((start, start + len(written)), written)


def _longest(spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """The spans that lie inside (or across) no span found before them, longest first where two start
    together: the longest reading wins."""
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -(span[1] - span[0]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end))
    return chosen


def _add_matches(
    spans: dict[tuple[int, int], str], matchers: list[tuple[int, Any]], keep: Callable[[Any], bool] | None = None
) -> None:
    """The numbers the matchers find (each reading a window that starts at its offset; only those ``keep``
    keeps, if given), until there are MAX_NUMBERS."""
    for offset, matcher in matchers:
        for match in matcher:
            if len(spans) >= MAX_NUMBERS:
                return
            if keep is None or keep(match.number):
                spans.setdefault((offset + match.start, offset + match.end), match.raw_string)


def _e164(number: Any) -> str:
    import phonenumbers

    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _windows(text: str) -> list[tuple[int, str]]:
    """Where numbers may be: each place with four digits or more close together, with 40 characters of
    text either side (what phonenumbers' matcher reads around a number), places that overlap joined; the
    first MAX_WINDOWS of them, each with where it starts. The matchers read these, not the whole text:
    their search costs about 0.2 s a megabyte for each region, digits or not."""
    windows: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(text):
        start, end = max(run.start() - 40, 0), run.end() + 40
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        elif len(windows) < MAX_WINDOWS:
            windows.append((start, end))
        else:
            break
    return [(start, text[start:end]) for start, end in windows]


def _blanked(window: str, offset: int, spans: dict[tuple[int, int], str]) -> str:
    """The window with each span found in it made spaces (its length and every other position kept).
    Built in one pass: a window may be the whole of a long message, and a copy per span would cost
    a copy of it per number found."""
    inside = sorted(
        (start - offset, end - offset) for start, end in spans if offset <= start and end <= offset + len(window)
    )
    pieces: list[str] = []
    at = 0
    for start, end in inside:
        if end > at:
            start = max(start, at)
            pieces.extend((window[at:start], " " * (end - start)))
            at = end
    pieces.append(window[at:])
    return "".join(pieces)


def _judge_address(address: str, directory: Directory) -> LinkVerdict:
    """An e-mail address judged by its domain (the part after the @)."""
    return judge(address.rsplit("@", 1)[-1], directory.issuer_domains)._replace(text=address)


def _links(directory: Directory, text: str) -> list[FoundLink]:
    found = _web_links(directory, text)
    spans = [(link.start, link.start + len(link.text)) for link in found]
    addresses = 0
    for match in _ADDRESS.finditer(text) if "@" in text else ():  # no @: no address, and no pass over the text
        if addresses >= MAX_LINKS:
            break
        if not any(start <= match.start() < end for start, end in spans):  # not the user@ part of a link
            addresses += 1
            found.append(FoundLink(match.group(0), match.start(), _judge_address(match.group(0), directory), False))
    return sorted(found, key=lambda item: item.start)[:MAX_LINKS]


def _web_links(directory: Directory, text: str) -> list[FoundLink]:
    """The links of a text (the first MAX_LINKS), judged. Every link holds a dot or "://": a text with
    neither is not read through (a long token, digits)."""
    if "." not in text and "://" not in text:
        return []
    countries = {code.casefold() for code in _country_codes()} | {"uk"}
    found = []
    for match in _LINK.finditer(text):
        link = match.group(0).rstrip(".,;:!?)]}>'\"")
        if not re.match(r"(?i)https?://|www\.", link) and not _bare_link(link, countries):
            continue
        found.append(FoundLink(link, match.start(), judge(link, directory.issuer_domains), False))
        if len(found) >= MAX_LINKS:
            break
    return found


def _bare_link(link: str, countries: set[str]) -> bool:
    """Whether a domain written without scheme or www. is a link: its last label a country code or a
    common name (not file.pdf, e.g., v1.2), and not all capitals (a merchant's name as card alerts
    print it, BESTBUY.COM, is not a link unless written as one)."""
    last = link.rsplit(".", 1)[-1].casefold()
    return (last in countries or last in _COMMON_TLDS) and not link.isupper()


def _country_codes() -> list[str]:
    from amexhelp.directory import index

    return list(index.country_names())
