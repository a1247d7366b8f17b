"""A verify verdict as a person reads it, built once: the headline, the lines it matches, the red
flags, the other readings, and what to do. Plain and rich text are thin mappings of this."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from amexhelp.directory.model import Directory
from amexhelp.render._headline import hours_text
from amexhelp.render.naming import ENGLISH_NAMES, Naming
from amexhelp.render.view import provenance, status_text

if TYPE_CHECKING:
    from amexhelp.verify.checker import Reading, Verdict
    from amexhelp.verify.message import MessageReport

# What to do with a number that is not in the directory but shows no red flag: check, don't panic.
UNLISTED_ADVICE = (
    "Not being in this directory is not proof of fraud: the directory is small.",
    "Compare the number with the one on the issuer's website, in its app, on your statement or on the back of"
    " your card before you call it or give it any details.",
)
MORE_READINGS = 4  # other readings shown in text; JSON has them all


class VerdictView(NamedTuple):
    verdict: str
    headline: str
    matches: tuple[tuple[str, str], ...]  # (line in words, its status in words)
    warnings: tuple[tuple[str, str], ...]  # (code, message)
    readings: tuple[str, ...]  # the other readings, in words
    advice_heading: str
    advice: tuple[str, ...]
    provenance: str


def reading_text(reading: Reading, naming: Naming = ENGLISH_NAMES) -> str:
    """A reading in words: +34 900 81 45 00 (dialled in Spain), toll-free."""
    from amexhelp.verify.checker import NATIONAL, PREFIX, PRINTED, international, region_names

    number = international(reading) or next((line.display for line in reading.lines), "")
    where = region_names(reading.regions, naming.in_country) if reading.regions else ""
    if reading.how == NATIONAL and where:
        number += f" (dialled in {where})"
    elif reading.how == PREFIX:
        number += " (after an international prefix)"
    elif reading.how == PRINTED:
        number += f" (as the source prints it for {where})" if where else " (as the source prints it)"
    kind = reading.number_type.replace("_", " ").lower() if reading.number_type else "number"
    if not reading.valid:
        kind = "not a number in service"
    return f"{number}, {kind}"


def verdict_view(result: Verdict, directory: Directory, naming: Naming = ENGLISH_NAMES) -> VerdictView:
    from amexhelp.verify.checker import LISTED, SUSPICIOUS

    shown = result.reading
    several = len(result.readings) > 1
    if shown is None:
        subject = result.input
    elif several:
        subject = reading_text(shown, naming).rsplit(", ", 1)[0]  # the number and where it is dialled
    else:
        subject = reading_text(shown, naming).rsplit(", ", 1)[0] if shown.lines else _number(shown, result)
    matches = tuple(
        (
            f"{naming.place(line, directory)}: {line.label} ({line.international or line.display}), {hours_text(line)}",
            status_text(line, directory),
        )
        for line in result.matches
    )
    others = [reading for reading in result.readings if reading is not shown]
    if result.verdict == LISTED:
        headline = f"LISTED: {subject} is in this American Express support directory."
        readings = tuple(f"Dialled elsewhere: {reading_text(r, naming)}, not in this directory" for r in others)
        advice: tuple[str, ...] = ()
        heading = ""
        if not result.official:
            advice = ("Not confirmed on an issuer page: compare it with the issuer's website, app or statement.",)
            heading = "Note"
    elif result.verdict == SUSPICIOUS:
        headline = f"SUSPICIOUS: {subject} shows signs of a scam number."
        readings = tuple(f"Read as {reading_text(r, naming)}" for r in result.readings) if several else ()
        heading = "Do not call it back or give it any details. What to do"
        advice = tuple(directory.safety)
    else:
        if several:
            headline = f"UNLISTED: {subject} is not in this directory under any of its {len(result.readings)} readings."
        else:
            headline = f"UNLISTED: {subject} is not in this directory."
        readings = tuple(f"Read as {reading_text(r, naming)}" for r in result.readings)
        heading = "What to do"
        advice = UNLISTED_ADVICE
    if len(readings) > MORE_READINGS:
        more = len(readings) - MORE_READINGS
        readings = (*readings[:MORE_READINGS], f"…and {more} more reading{'s' if more > 1 else ''} (see --json)")
    return VerdictView(
        result.verdict,
        headline,
        matches,
        tuple((flag.code, flag.message) for flag in result.warnings),
        readings,
        heading,
        advice,
        provenance(directory),
    )


def _number(reading: Reading, result: Verdict) -> str:
    from amexhelp.verify.checker import international

    return international(reading) or result.input


def verdict_line(result: Verdict) -> str:
    """One line for a batch: the verdict, then the line it is or the red flags, or the number read."""
    from amexhelp.verify.checker import LISTED, SUSPICIOUS

    if result.verdict == LISTED and result.line is not None:
        detail = f"{result.line.id} ({result.line.status})"
    elif result.verdict == SUSPICIOUS:
        detail = ", ".join(dict.fromkeys(flag.code for flag in result.warnings))
    else:
        detail = result.e164 or f"{len(result.readings)} readings"
    return f"{result.verdict}\t{result.input}\t{detail}"


class ItemView(NamedTuple):
    kind: str  # "number" or "link"
    text: str  # as found
    verdict: str
    summary: str  # one line: what it is
    warnings: tuple[tuple[str, str], ...]


# What each red flag of a message's words means, after the words quoted.
WORDING_TEXT = {
    "asks-for-secret": "it asks for a secret. Never give a PIN, security code (CVV, CID), full card number,"
    " one-time code or password in reply to a message, nor in a call you did not make",
    "asks-for-payment": "it asks for a payment of a kind card issuers do not take (gift cards, crypto, money"
    " transfer services), or for money to unlock a card",
    "asks-for-remote-access": "it asks to see or control your device: never install a remote-access app or share"
    " your screen at a caller's or a message's request",
    "urgency": "it hurries or threatens you. Pressure is how a scam stops you from checking: take your time",
}


def wording_text(code: str, words: tuple[str, ...]) -> str:
    """A red flag of a message's words in a sentence, quoting them: 'Found "PIN", "reply": it asks…'."""
    quoted = ", ".join(f'"{word}"' for word in words)
    return f"Found {quoted}: {WORDING_TEXT.get(code, code)}."


class MessageView(NamedTuple):
    verdict: str
    headline: str
    warnings: tuple[tuple[str, str], ...]  # the red flags of its words: (code, message)
    items: tuple[ItemView, ...]
    advice_heading: str
    advice: tuple[str, ...]
    provenance: str


def message_view(report: MessageReport, directory: Directory, naming: Naming = ENGLISH_NAMES) -> MessageView:
    from amexhelp.verify.checker import LISTED, SUSPICIOUS
    from amexhelp.verify.domains import ISSUER
    from amexhelp.verify.message import NOTHING

    items: list[ItemView] = []
    for number in report.numbers:
        result = number.verdict
        if result.verdict == LISTED and result.line is not None:
            line = result.line
            summary = f"{naming.place(line, directory)}: {line.label} — {status_text(line, directory)}"
        elif result.verdict == SUSPICIOUS:
            summary = "red flags of a scam number"
        else:
            summary = "not in this directory (not proof of fraud: compare with the issuer's website, app or statement)"
        flags = tuple((flag.code, flag.message) for flag in result.warnings)
        items.append(ItemView("number", number.text, result.verdict, summary, flags))
    for link in report.links:
        judged = link.verdict
        what = "sender address" if link.sender else ("address" if "@" in link.text else "link")
        if judged.verdict == ISSUER:
            summary = f"{what} on the issuer's domain {judged.host}"
        elif judged.verdict == SUSPICIOUS:
            summary = f"{what} to {judged.host}: red flags"
        else:
            summary = f"{what} to {judged.host}, not one of the issuer's domains"
        flags = tuple((flag.code, flag.message) for flag in judged.warnings)
        items.append(ItemView("link", link.text, judged.verdict, summary, flags))
    verdict = report.verdict
    counts = f"{len(report.numbers)} phone number(s) and {len(report.links)} link(s) or address(es)"
    if verdict == SUSPICIOUS and report.warnings:
        codes = ", ".join(flag.code for flag in report.warnings)
        headline = f"SUSPICIOUS: this message has signs of a scam in its words ({codes}; {counts} checked)."
        heading, advice = "Do not call, click or reply, and give no details. What to do", tuple(directory.safety)
    elif verdict == SUSPICIOUS:
        headline = f"SUSPICIOUS: this message has signs of a scam ({counts} checked)."
        heading, advice = "Do not call, click or reply, and give no details. What to do", tuple(directory.safety)
    elif verdict == LISTED:
        headline = f"LISTED: every number is in this directory and every link is the issuer's ({counts})."
        heading, advice = "", ()
    elif verdict == NOTHING:
        headline = "NOTHING FOUND: no phone number or link in this message to check."
        heading, advice = "What to do", tuple(directory.safety)
    else:
        headline = f"UNLISTED: not everything in this message is in this directory ({counts} checked)."
        heading, advice = "What to do", UNLISTED_ADVICE
    warnings = tuple((flag.code, wording_text(flag.code, flag.words)) for flag in report.warnings)
    return MessageView(verdict, headline, warnings, tuple(items), heading, advice, provenance(directory))
