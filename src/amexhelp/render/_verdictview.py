"""A verify verdict as a person reads it, built once: the headline, the lines it matches, the red
flags, the other readings, and what to do. Plain and rich text are thin mappings of this."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from amexhelp.directory.model import Directory, Line
from amexhelp.render._headline import hours_text
from amexhelp.render.i18n import LINE_LABEL, N_, SAFETY
from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.render.view import provenance, status_text

if TYPE_CHECKING:
    from amexhelp.verify.checker import Verdict
    from amexhelp.verify.message import FoundLink, FoundNumber, MessageReport
    from amexhelp.verify.readings import Reading

# What to do with a number that is not in the directory but shows no red flag: check, don't panic.
UNLISTED_ADVICE = (
    N_("Not being in this directory is not proof of fraud: the directory is small."),
    N_(
        "Compare the number with the one on the issuer's website, in its app, on your statement or on the back of"
        " your card before you call it or give it any details."
    ),
)
# A verdict's word, first in its headline, in capitals (the codes stay as they are in JSON).
VERDICT_WORDS = {
    "listed": N_("LISTED"),
    "unlisted": N_("UNLISTED"),
    "suspicious": N_("SUSPICIOUS"),
    "nothing-found": N_("NOTHING FOUND"),
    "listed-local-file": N_("LISTED (LOCAL FILE)"),
    "issuer": N_("ISSUER"),  # a link or address on the issuer's own domain
}
LOCAL_FILE = "listed-local-file"  # a headline's word only: the verdict (JSON's) is "listed"
MORE_READINGS = 4  # other readings shown in text; JSON has them all
# A reading's number type in words (phonenumbers' names); another type is its name in lower case.
_TYPES = {
    "FIXED_LINE": N_("fixed line"),
    "MOBILE": N_("mobile"),
    "FIXED_LINE_OR_MOBILE": N_("fixed line or mobile"),
    "TOLL_FREE": N_("toll free"),
    "PREMIUM_RATE": N_("premium rate"),
    "SHARED_COST": N_("shared cost"),
    "VOIP": N_("voip"),
    "PERSONAL_NUMBER": N_("personal number"),
    "PAGER": N_("pager"),
    "UAN": N_("uan"),
    "VOICEMAIL": N_("voicemail"),
    "UNKNOWN": N_("unknown"),
    "": N_("number"),
}


class VerdictView(NamedTuple):
    verdict: str
    headline: str
    matches: tuple[tuple[str, str], ...]  # (line in words, its status in words)
    warnings: tuple[tuple[str, str], ...]  # (code, message)
    readings: tuple[str, ...]  # the other readings, in words
    advice_heading: str
    advice: tuple[str, ...]
    provenance: str
    genuine: str | None = None  # a look-alike's genuine listed line, said right after the headline


def _reading_number(reading: Reading, naming: Naming) -> str:
    """A reading's number and how it is dialled: +34 900 81 45 00 (dialled in Spain)."""
    from amexhelp.render._flags import DIALLED_IN, PRINTED_FOR, in_regions
    from amexhelp.verify.readings import NATIONAL, PREFIX, PRINTED, international

    _ = naming._
    number = international(reading) or next((line.display for line in reading.lines), "")
    if reading.how == NATIONAL and reading.regions:
        return in_regions(DIALLED_IN, number, reading.regions, naming)
    if reading.how == PREFIX:
        return _("{number} (after an international prefix)").format(number=number)
    if reading.how == PRINTED and reading.regions:
        return in_regions(PRINTED_FOR, number, reading.regions, naming)
    if reading.how == PRINTED:
        return _("{number} (as the source prints it)").format(number=number)
    return number


def reading_text(reading: Reading, naming: Naming = ENGLISH_NAMES) -> str:
    """A reading in words: +34 900 81 45 00 (dialled in Spain), toll free."""
    _ = naming._
    if not reading.valid:
        kind = _("not a number in service")
    elif reading.number_type in _TYPES:
        kind = _(_TYPES[reading.number_type])
    else:
        kind = reading.number_type.replace("_", " ").lower()
    return _("{number}, {kind}").format(number=_reading_number(reading, naming), kind=kind)


def _more(readings: tuple[str, ...], naming: Naming) -> tuple[str, ...]:
    """The readings text shows, the rest counted (JSON has them all)."""
    if len(readings) <= MORE_READINGS:
        return readings
    more = len(readings) - MORE_READINGS
    rest = naming.ngettext(
        "…and {count} more reading (see --json)", "…and {count} more readings (see --json)", more
    ).format(count=more)
    return (*readings[:MORE_READINGS], rest)


# What a verdict or a message report advises, as a code: nothing; a note that no issuer page confirms the
# number; the directory's safety advice; to check an unlisted number with the issuer.
NO_ADVICE, NOT_CONFIRMED, SAFETY_ADVICE, CHECK_ADVICE = "none", "not-confirmed", "safety", "check"


class Judgement(NamedTuple):
    """A verdict as a person reads it, without words: the verdict, the word its headline leads with (the
    verdict's, or LOCAL_FILE for a number only a local data file lists), whether only a local file lists
    it, what it advises (a code above), and for a look-alike the listed line it imitates. Text words it
    (``verdict_view``); JSON maps it (``dicts.verdict``)."""

    result: Verdict
    word: str
    local_only: bool
    advice: str
    genuine: Line | None


def judgement(result: Verdict, directory: Directory) -> Judgement:
    """A verdict's view, in codes: the one place its headline's word, its advice and its local file are decided."""
    from amexhelp.verify.checker import LISTED, SUSPICIOUS

    local = result.verdict == LISTED and local_only(result, directory)
    if result.verdict == LISTED:
        advice = NO_ADVICE if result.official else NOT_CONFIRMED
    else:
        advice = SAFETY_ADVICE if result.verdict == SUSPICIOUS else CHECK_ADVICE
    genuine = _genuine_line(result, directory) if result.verdict == SUSPICIOUS else None
    return Judgement(result, LOCAL_FILE if local else result.verdict, local, advice, genuine)


def advice_texts(code: str, directory: Directory) -> tuple[str, ...]:
    """The advice of a code as JSON gives it: the directory's texts and the catalog's keys, in English
    (a note that the issuer has not confirmed a number is JSON's ``official``, not advice)."""
    if code == SAFETY_ADVICE:
        return directory.safety
    return UNLISTED_ADVICE if code == CHECK_ADVICE else ()


def advice_words(code: str, directory: Directory, naming: Naming) -> tuple[str, ...]:
    """The advice of a code in the reader's language."""
    _ = naming._
    if code == NOT_CONFIRMED:
        return (_("Not confirmed on an issuer page: compare it with the issuer's website, app or statement."),)
    if code == SAFETY_ADVICE:
        return _safety(directory, naming)
    return tuple(_(text) for text in advice_texts(code, directory))


def verdict_view(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> VerdictView:
    """A verdict in words (``judgement`` worded), in the language of ``naming``."""
    return worded_verdict(judgement(result, directory), directory, naming)


def worded_verdict(judged: Judgement, directory: Directory, naming: Naming = ENGLISH_NAMES) -> VerdictView:
    from amexhelp.render._flags import word
    from amexhelp.verify.checker import LISTED, SUSPICIOUS

    result = judged.result
    subject = _subject(result, naming)
    said = {LISTED: _listed_said, SUSPICIOUS: _suspicious_said}.get(result.verdict, _unlisted_said)
    headline, readings, heading = said(judged, subject, directory, naming)
    return VerdictView(
        result.verdict,
        headline,
        tuple((_match_text(line, directory, naming), status_text(line, directory, naming)) for line in result.matches),
        tuple((flag.code, word(flag, directory, naming)) for flag in result.warnings),
        _more(readings, naming),
        heading,
        advice_words(judged.advice, directory, naming),
        provenance(directory, naming),
        None if judged.genuine is None else _genuine(judged.genuine, directory, naming),
    )


# What a verdict says besides its lines, flags and advice: (headline, the other readings, the advice's heading).
_Said = tuple[str, tuple[str, ...], str]


def _subject(result: Verdict, naming: Naming) -> str:
    """The number a verdict is about: as read (and where it is dialled, when it has several readings or
    lines), or as typed when it could not be read."""
    shown = result.reading
    if shown is None:
        return result.input
    if len(result.readings) > 1 or shown.lines:
        return _reading_number(shown, naming)  # the number and where it is dialled
    return _number(shown, result)


def _match_text(line: Line, directory: Directory, naming: Naming) -> str:
    return naming._("{place}: {label} ({number}), {hours}").format(
        place=naming.place(line, directory),
        label=naming.quoted(LINE_LABEL, line.label),
        number=line.international or line.display,
        hours=hours_text(line, naming),
    )


def _listed_said(judged: Judgement, subject: str, directory: Directory, naming: Naming) -> _Said:
    _ = naming._
    result = judged.result
    others = [reading for reading in result.readings if reading is not result.reading]
    readings = tuple(
        _("Dialled elsewhere: {reading}, not in this directory").format(reading=reading_text(r, naming)) for r in others
    )
    heading = "" if judged.advice == NO_ADVICE else _("Note")
    return _listed(judged, subject, directory, naming), readings, heading


def _suspicious_said(judged: Judgement, subject: str, directory: Directory, naming: Naming) -> _Said:
    from amexhelp.verify.checker import SUSPICIOUS

    _ = naming._
    result = judged.result
    headline = _verdict(SUSPICIOUS, _("{number} shows signs of a scam number.").format(number=subject), naming)
    readings = _read_as(result.readings, naming) if len(result.readings) > 1 else ()
    return headline, readings, _("Do not call it back or give it any details. What to do")


def _unlisted_said(judged: Judgement, subject: str, directory: Directory, naming: Naming) -> _Said:
    from amexhelp.verify.checker import UNLISTED

    _ = naming._
    result = judged.result
    if len(result.readings) > 1:
        unlisted = naming.ngettext(
            "{number} is not in this directory under its {count} reading.",
            "{number} is not in this directory under any of its {count} readings.",
            len(result.readings),
        )
    else:
        unlisted = _("{number} is not in this directory.")
    headline = _verdict(UNLISTED, unlisted.format(number=subject, count=len(result.readings)), naming)
    return headline, _read_as(result.readings, naming), _("What to do")


def _genuine_line(result: Verdict, directory: Directory) -> Line | None:
    """The listed line a look-alike imitates, to call instead: what a person needs first."""
    for flag in result.warnings:
        line_id = flag.values.get("line")
        line = directory.line(line_id) if isinstance(line_id, str) and flag.similar_to else None
        if line is not None:
            return line
    return None


def _genuine(line: Line, directory: Directory, naming: Naming) -> str:
    from amexhelp.render._flags import line_name

    return naming._("The listed number it imitates: {number}, {line} ({status}).").format(
        number=line.international or line.display,
        line=line_name(line, directory, naming),
        status=naming._(line.status),
    )


def _listed(judged: Judgement, subject: str, directory: Directory, naming: Naming) -> str:
    """The headline of a listed number; one that only a local data file lists says so, with the file."""
    _ = naming._
    origin = directory.origin
    if origin.bundled:
        said = _("{number} is in this American Express support directory.").format(number=subject)
        return _verdict("listed", said, naming)
    if not judged.local_only:
        # The listing read is the local file's; the bundled directory lists the number too.
        if origin.installed:
            said = _(
                "{number} is listed in a local data file ({path}, installed on {date}) and in the bundled directory."
            )
        else:
            said = _(
                "{number} is listed in a local data file ({path}, from AMEXHELP_DATA, dated {date}) and in the"
                " bundled directory."
            )
        return _verdict("listed", said.format(number=subject, path=origin.path, date=origin.date), naming)
    if origin.installed:
        text = _(
            "{number} is listed in a local data file ({path}, installed on {date}), not in the bundled directory:"
            " anyone can write such a file, so confirm the number with the issuer."
        )
    else:
        text = _(
            "{number} is listed in a local data file ({path}, from AMEXHELP_DATA, dated {date}), not in the bundled"
            " directory: anyone can write such a file, so confirm the number with the issuer."
        )
    return _verdict(judged.word, text.format(number=subject, path=origin.path, date=origin.date), naming)


def local_only(result: Verdict, directory: Directory) -> bool:
    """Whether only a local data file (not the bundled directory) lists the number of a listed verdict."""
    if directory.origin.bundled or result.line is None or result.line.e164 is None:
        return False
    from amexhelp.directory.loading import bundled_lists

    return not bundled_lists(result.line.e164)


def _read_as(readings: tuple[Reading, ...], naming: Naming) -> tuple[str, ...]:
    return tuple(naming._("Read as {reading}").format(reading=reading_text(r, naming)) for r in readings)


def _number(reading: Reading, result: Verdict) -> str:
    from amexhelp.verify.readings import international

    return international(reading) or result.input


def verdict_line(result: Verdict, naming: Naming = ENGLISH_NAMES, directory: Directory | None = None) -> str:
    """One line for a batch: the verdict, then the line it is or the red flags, or the number read; a line
    only a local data file lists names that file (``directory``: the one in use)."""
    from amexhelp.verify.checker import LISTED, SUSPICIOUS

    if result.verdict == LISTED and result.line is not None:
        detail = f"{result.line.id} ({naming._(result.line.status)})"
        if directory is not None and not directory.origin.bundled and local_only(result, directory):
            from amexhelp.render.view import data_where

            detail += f" ({data_where(directory, naming)})"
    elif result.verdict == SUSPICIOUS:
        detail = ", ".join(dict.fromkeys(flag.code for flag in result.warnings))
    else:
        count = len(result.readings)
        detail = result.e164 or naming.ngettext("{count} reading", "{count} readings", count).format(count=count)
    return f"{result.verdict}\t{result.input}\t{detail}"


class ItemView(NamedTuple):
    kind: str  # "number" or "link"
    text: str  # as found
    verdict: str
    summary: str  # one line: what it is
    warnings: tuple[tuple[str, str], ...]


# What each red flag of a message's words means, after the words quoted.
WORDING_TEXT = {
    "asks-for-secret": N_(
        "it asks for a secret. Never give a PIN, security code (CVV, CID), full card number, one-time code or"
        " password in reply to a message, nor in a call you did not make"
    ),
    "asks-for-payment": N_(
        "it asks for a payment of a kind card issuers do not take (gift cards, crypto, money transfer services),"
        " or for money to unlock a card"
    ),
    "asks-for-remote-access": N_(
        "it asks to see or control your device: never install a remote-access app or share your screen at a"
        " caller's or a message's request"
    ),
    "urgency": N_("it hurries or threatens you. Pressure is how a scam stops you from checking: take your time"),
}


def wording_text(code: str, words: tuple[str, ...], naming: Naming | None = None) -> str:
    """A red flag of a message's words in a sentence, quoting them: 'Found "PIN", "reply": it asks…'."""
    naming = naming or ENGLISH_NAMES
    quoted = naming.join([f'"{word}"' for word in words], conjunction=False)
    meaning = WORDING_TEXT.get(code)
    return naming._("Found {words}: {meaning}.").format(words=quoted, meaning=naming._(meaning) if meaning else code)


class MessageView(NamedTuple):
    verdict: str
    headline: str
    warnings: tuple[tuple[str, str], ...]  # the red flags of its words: (code, message)
    items: tuple[ItemView, ...]
    advice_heading: str
    advice: tuple[str, ...]
    provenance: str


def verdict_word(code: str, naming: Naming = ENGLISH_NAMES) -> str:
    """A verdict's word ("LISTED") in the reader's language."""
    return naming._(VERDICT_WORDS[code]) if code in VERDICT_WORDS else code.upper()


def _verdict(code: str, text: str, naming: Naming) -> str:
    """A headline: the verdict's word, then what it says."""
    return naming._("{verdict}: {text}").format(verdict=verdict_word(code, naming), text=text)


def _safety(directory: Directory, naming: Naming) -> tuple[str, ...]:
    """The directory's safety advice, in the reader's language (as the source prints it, where untranslated)."""
    return tuple(naming.quoted(SAFETY, text) for text in directory.safety)


def _number_item(found: FoundNumber, judged: Judgement, directory: Directory, naming: Naming) -> ItemView:
    from amexhelp.render._flags import word
    from amexhelp.verify.checker import LISTED, SUSPICIOUS

    _ = naming._
    result = found.verdict
    if result.verdict == LISTED and result.line is not None:
        line = result.line
        summary = _("{place}: {label} — {status}").format(
            place=naming.place(line, directory),
            label=naming.quoted(LINE_LABEL, line.label),
            status=status_text(line, directory, naming),
        )
        if judged.local_only:
            from amexhelp.render.view import data_where

            summary += f" ({data_where(directory, naming)})"
    elif result.verdict == SUSPICIOUS:
        summary = _("red flags of a scam number")
    else:
        summary = _("not in this directory (not proof of fraud: compare with the issuer's website, app or statement)")
    flags = tuple((flag.code, word(flag, directory, naming)) for flag in result.warnings)
    return ItemView("number", found.text, result.verdict, summary, flags)


def _link_item(found: FoundLink, directory: Directory, naming: Naming) -> ItemView:
    from amexhelp.render._flags import word
    from amexhelp.verify.domains import ISSUER, SUSPICIOUS

    _ = naming._
    judged = found.verdict
    what = _("sender address") if found.sender else (_("address") if "@" in found.text else _("link"))
    if judged.verdict == ISSUER:
        summary = _("{what} on the issuer's domain {host}").format(what=what, host=judged.host)
    elif judged.verdict == SUSPICIOUS:
        summary = _("{what} to {host}: red flags").format(what=what, host=judged.host)
    else:
        summary = _("{what} to {host}, not one of the issuer's domains").format(what=what, host=judged.host)
    flags = tuple((flag.code, word(flag, directory, naming)) for flag in judged.warnings)
    return ItemView("link", found.text, judged.verdict, summary, flags)


# A message report's headline, as a code: its verdict's, or this one for a message whose words are a scam's.
SCAM_WORDS = "suspicious-words"


class MessageJudgement(NamedTuple):
    """A message report as a person reads it, without words: the report, its headline's code, what it
    advises (an advice code), and the judgement of each number found in it. Text words it
    (``message_view``); JSON maps it (``dicts.message``)."""

    report: MessageReport
    headline: str
    advice: str
    numbers: tuple[Judgement, ...]


def message_judgement(report: MessageReport, directory: Directory) -> MessageJudgement:
    """A message report's view, in codes: the one place its headline and advice are decided."""
    from amexhelp.verify.checker import LISTED, SUSPICIOUS
    from amexhelp.verify.message import NOTHING

    verdict = report.verdict
    headline = SCAM_WORDS if verdict == SUSPICIOUS and report.warnings else verdict
    advice = {SUSPICIOUS: SAFETY_ADVICE, LISTED: NO_ADVICE, NOTHING: SAFETY_ADVICE}.get(verdict, CHECK_ADVICE)
    numbers = tuple(judgement(found.verdict, directory) for found in report.numbers)
    return MessageJudgement(report, headline, advice, numbers)


# Each headline of a message report: the verdict's word it leads with, and what it says.
_MESSAGE_HEADLINES = {
    SCAM_WORDS: ("suspicious", N_("this message has signs of a scam in its words ({codes}; {counts} checked).")),
    "suspicious": ("suspicious", N_("this message has signs of a scam ({counts} checked).")),
    "listed": ("listed", N_("every number is in this directory and every link is the issuer's ({counts}).")),
    "nothing-found": ("nothing-found", N_("no phone number or link in this message to check.")),
    "unlisted": ("unlisted", N_("not everything in this message is in this directory ({counts} checked).")),
}


def message_view(report: MessageReport, directory: Directory, naming: Naming = ENGLISH_NAMES) -> MessageView:
    """A message report in words (``message_judgement`` worded), in the language of ``naming``."""
    return worded_message(message_judgement(report, directory), directory, naming)


def worded_message(judged: MessageJudgement, directory: Directory, naming: Naming = ENGLISH_NAMES) -> MessageView:
    _ = naming._
    report = judged.report
    items = [_number_item(found, j, directory, naming) for found, j in zip(report.numbers, judged.numbers, strict=True)]
    items.extend(_link_item(link, directory, naming) for link in report.links)
    counts = _("{numbers} and {links}").format(
        numbers=naming.ngettext("{count} phone number", "{count} phone numbers", len(report.numbers)).format(
            count=len(report.numbers)
        ),
        links=naming.ngettext("{count} link or address", "{count} links or addresses", len(report.links)).format(
            count=len(report.links)
        ),
    )
    word, said = _MESSAGE_HEADLINES.get(judged.headline, _MESSAGE_HEADLINES["unlisted"])
    codes = ", ".join(flag.code for flag in report.warnings)
    headline = _verdict(word, _(said).format(codes=codes, counts=counts), naming)
    if judged.advice == SAFETY_ADVICE and word == "suspicious":
        heading = _("Do not call, click or reply, and give no details. What to do")
    else:
        heading = "" if judged.advice == NO_ADVICE else _("What to do")
    warnings = tuple((flag.code, wording_text(flag.code, flag.words, naming)) for flag in report.warnings)
    advice = advice_words(judged.advice, directory, naming)
    return MessageView(report.verdict, headline, warnings, tuple(items), heading, advice, provenance(directory, naming))
