"""The JSON shapes: plain dicts built by small functions, documented in the README and pinned by tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from amexhelp.directory import index
from amexhelp.directory.model import SUSPECT, Channel, Directory, Line, OpenHours, SourceRecord
from amexhelp.lookup.answer import Answer, Entry

if TYPE_CHECKING:
    from amexhelp.lookup.dialing import Dial
    from amexhelp.render.naming import Naming
    from amexhelp.reports.audit import Report
    from amexhelp.reports.faq import FaqAnswer
    from amexhelp.reports.prose import ProseNumber
    from amexhelp.reports.sources import SourceRow
    from amexhelp.verify.batch import Unreadable
    from amexhelp.verify.checker import Verdict
    from amexhelp.verify.message import FoundLink, MessageReport
    from amexhelp.verify.readings import Reading
    from amexhelp.verify.redflags import Flag
from amexhelp.lookup.places import country
from amexhelp.sanitize import clean_json

# The version of the JSON output contract (README, "JSON output"): the same while fields are only
# added; a field removed, renamed or changed in meaning raises it. Not the data file's schema_version.
OUTPUT_SCHEMA_VERSION = 1


def versioned(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON document (or JSON Lines record) with the output contract's version first."""
    return {"schema_version": OUTPUT_SCHEMA_VERSION, **document}


def dump(document: dict[str, Any]) -> str:
    """The one JSON document of a run, versioned. Readable UTF-8, with terminal controls escaped."""
    # A document is a tree of new dicts and lists: no cycle to look for (check_circular: 7 % of the dump).
    return clean_json(json.dumps(versioned(document), ensure_ascii=False, indent=2, check_circular=False)) + "\n"


def source(directory: Directory) -> dict[str, Any]:
    """Where the data comes from; ``data.date`` is a local file's date (installed or modified), and
    ``age_days`` the data's age when it is older than 180 days (else null)."""
    s, origin = directory.source, directory.origin
    return {
        "title": s.title,
        "kind": s.kind,
        "as_of": s.as_of,
        "note": s.note,
        "caution": s.caution,
        "data": {"path": origin.path, "bundled": origin.bundled, "installed": origin.installed, "date": origin.date},
        "age_days": origin.stale_days(),
    }


def source_record(record: SourceRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "kind": record.kind,
        "title": record.title,
        "url": record.url,
        "as_of": record.as_of,
        "domain": record.domain,
        "owner": record.owner,
        "independent": record.independent,
    }


def open_hours(hours: OpenHours | None) -> dict[str, Any] | None:
    if hours is None:
        return None
    return {
        "always": hours.always,
        "tz": hours.tz,
        "periods": [{"days": p.days, "open": p.open, "close": p.close} for p in hours.periods],
    }


def line(item: Line, dial: Dial | None = None, directory: Directory | None = None) -> dict[str, Any]:
    """A line as JSON. ``dial`` and ``reachable`` are null when no caller is known (listings, exports)."""
    sources = (
        []
        if directory is None
        else [
            {**source_record(record), "says": e.says}
            for e in item.evidence
            if (record := directory.source_by_id(e.source)) is not None
        ]
    )
    return {
        "id": item.id,
        "service": item.service,
        "services": list(item.services),
        "products": list(item.products),
        "label": item.label,
        "country": item.country,
        "area": item.area,
        "e164": item.e164,
        "display": item.display,
        "domestic_dial": item.domestic_dial,
        "international": item.international or None,
        "national": item.national or None,
        "number_region": item.number_region or None,
        "cross_border": item.calls_abroad(index.calling_codes()),
        "toll_free": item.toll_free,
        "from_abroad": item.from_abroad,
        "collect": item.collect,
        "callable_from_abroad": item.abroad_ok,
        "hours": item.hours,
        "open_hours": open_hours(item.open_hours),
        "languages": list(item.languages),
        "languages_as_printed": list(item.languages_as_printed),
        "notes": list(item.all_notes),
        "audience": item.audience,
        "cobrand": item.cobrand,
        "status": item.status,
        "independent_sources": item.independent_sources,
        "disputed_by": list(item.disputed_by),
        "red_flags": _red_flags(item, directory),
        "sources": sources,
        "dial": dial.dial if dial else None,
        "dial_landline": dial.landline if dial else None,
        "reachable": dial.reachable if dial else None,
        "unreachable_reason": dial.reason if dial else None,
    }


def _red_flags(item: Line, directory: Directory | None) -> list[str]:
    """A suspect line's red-flag codes (only a suspect line has any: see amexhelp.directory.evidence)."""
    if item.status != SUSPECT or directory is None:
        return []
    from amexhelp.directory.evidence import flags_of

    return [code for code, _ in flags_of(item, directory.withdrawn_ranges)]


def _country(code: str | None) -> dict[str, str] | None:
    return {"code": code, "name": country(code).name} if code else None


def lookup(answer: Answer, directory: Directory, naming: Naming | None = None) -> dict[str, Any]:
    """The lookup as JSON: a mapping of the answer's one view (``view.answer_view``, the one text maps too).
    Keys, codes and every value are the same in every language but the messages (the ``headline`` and the
    notices' ``message``), worded in the language of ``naming`` (English by default) by the same functions
    as the text answer's."""
    from amexhelp.render._headline import headline_text
    from amexhelp.render._lookupview import answer_view
    from amexhelp.render._notices import as_dict
    from amexhelp.render.naming import ENGLISH_NAMES

    shown = answer_view(answer, directory)
    words = naming or ENGLISH_NAMES
    return {
        "query": answer.query,
        "headline": headline_text(shown.headline, directory, words),
        "country": _country(answer.country.code),
        "country_source": answer.country_source,
        "need": answer.need.id if answer.need else None,
        "need_name": answer.need.name if answer.need else None,
        "from": _country(answer.caller.code),
        "from_source": answer.caller_source,
        "card_market": _card_market(answer),
        "product": answer.product,
        "fallback": answer.fallback,
        "lines": [_entry(entry, directory) for entry in shown.entries],
        "advice": list(shown.advice),
        "notices": [as_dict(notice, words) for notice in shown.notices],
        "source": source(directory),
    }


def _card_market(answer: Answer) -> dict[str, Any] | None:
    if answer.card_market is None:
        return None
    return {**(_country(answer.card_market.code) or {}), "source": answer.card_source}


def _entry(entry: Entry, directory: Directory) -> dict[str, Any]:
    """A line of an answer: the line, how it is reached from the caller, whose cards it is for, its state now."""
    record = line(entry.line, entry.dial, directory)
    record["scope"] = entry.scope
    record["for_cards_issued_in"] = entry.line.country
    opening = entry.opening
    record["open_now"] = opening.open_now if opening is not None else None
    record["next_open"] = opening.next_open.isoformat() if opening and opening.next_open else None
    return record


def item_sources(source_id: str | None, directory: Directory) -> list[dict[str, Any]]:
    """The source of an FAQ or channel as a list (empty when the data names none)."""
    record = directory.source_by_id(source_id) if source_id is not None else None
    return [source_record(record)] if record is not None else []


def prose_number(found: ProseNumber) -> dict[str, Any]:
    return {
        "text": found.text,
        "position": found.start,
        "e164": found.e164,
        "status": found.status,
        "lines": list(found.lines),
        "instead": list(found.instead),
    }


def faq(item: FaqAnswer, directory: Directory) -> dict[str, Any]:
    asked = None
    if item.asked is not None:
        asked = {
            **(_country(item.asked) or {}),
            "lines": [line(other, None, directory) for other in item.lines_for_asked],
        }
    return {
        "id": item.faq.id,
        "question": item.faq.question,
        "answer": item.faq.answer,
        "market": _country(item.market),
        "sources": item_sources(item.faq.source, directory),
        "numbers": [prose_number(found) for found in item.numbers],
        "card_market": asked,
    }


def faqs(items: tuple[FaqAnswer, ...], query: str | None, asked: str | None, directory: Directory) -> dict[str, Any]:
    return {
        "query": query,
        "card_market": _country(asked),
        "faqs": [faq(item, directory) for item in items],
        "source": source(directory),
    }


def channel(item: Channel, directory: Directory) -> dict[str, Any]:
    from amexhelp.reports.prose import channel_numbers

    return {
        "id": item.id,
        "name": item.name,
        "summary": item.summary,
        "description": item.description,
        "details": dict(item.details),
        "sources": item_sources(item.source, directory),
        "numbers": [prose_number(found) for found in channel_numbers(item, directory)],
    }


def channels(directory: Directory) -> dict[str, Any]:
    return {
        "channels": [channel(item, directory) for item in directory.channels],
        "safety": list(directory.safety),
        "source": source(directory),
    }


def countries(directory: Directory) -> dict[str, Any]:
    entries = []
    for code in sorted(directory.countries, key=lambda c: country(c).name):
        lines = directory.lines_for_country(code)
        languages = list(dict.fromkeys(lang for item in lines for lang in item.languages))
        entries.append(
            {
                "code": code,
                "name": country(code).name,
                "languages": languages,
                "lines": [line(item, None, directory) for item in lines],
            }
        )
    areas = [
        {
            "id": area.id,
            "name": area.name,
            "countries": sorted(area.countries),
            "lines": [line(item, None, directory) for item in directory.lines_for_area(area.id)],
        }
        for area in directory.areas.values()
    ]
    return {
        "countries": entries,
        "areas": areas,
        "fallback": line(directory.fallback, None, directory),
        "source": source(directory),
    }


def reading(item: Reading) -> dict[str, Any]:
    from amexhelp.verify.readings import international

    return {
        "e164": item.e164,
        "international": international(item),
        "how": item.how,
        "dialled_in": list(item.regions),
        "number_type": item.number_type or None,
        "number_region": item.number_region or None,
        "valid": item.valid,
        "listed": item.listed,
        "lines": [line.id for line in item.lines],
    }


def verdict_record(
    result: Verdict,
    directory: Directory,
    lines: dict[str, dict[str, Any]] | None = None,
    naming: Naming | None = None,
) -> dict[str, Any]:
    """A verdict as JSON, without the source block (one JSON Lines record of a batch). ``lines`` caches
    line dicts across a batch. The warnings' ``message`` is worded in the language of ``naming``
    (English by default); every other value is the same in every language."""
    cache = {} if lines is None else lines

    def line_dict(item: Line) -> dict[str, Any]:
        found = cache.get(item.id)
        if found is None:
            found = cache[item.id] = line(item, None, directory)
        return found

    matches = result.matches
    shown = result.reading
    readings = [reading(item) for item in result.readings]
    return {
        "input": result.input,
        "verdict": result.verdict,
        "listed": result.listed,
        "official": result.official,
        "status": result.status,
        "e164": result.e164,
        "international": readings[result.readings.index(shown)]["international"] if shown is not None else None,
        "line": line_dict(matches[0]) if matches else None,
        "matches": [line_dict(item) for item in matches],
        "warnings": _flags(result.warnings, directory, naming),
        "readings": readings,
    }


def _flags(flags: tuple[Flag, ...], directory: Directory, naming: Naming | None) -> list[dict[str, Any]]:
    """Red flags as JSON: code, message (in the language of ``naming``) and what each imitates."""
    if not flags:
        return []
    from amexhelp.render._flags import as_dict

    return [as_dict(flag, directory, naming) for flag in flags]


def batch_record(
    result: Verdict,
    directory: Directory,
    full: bool,
    lines: dict[str, dict[str, Any]],
    naming: Naming | None = None,
) -> dict[str, Any]:
    """One JSON Lines record of a batch: a verdict without advice and source, each line named by its
    id (``line``, ``matches``); with ``full``, the line objects of verdict_record instead."""
    if full:
        return versioned(
            {**verdict_record(result, directory, lines, naming), "local_only": _local_only(result, directory)}
        )
    matches = result.matches
    shown = result.reading
    readings = [reading(item) for item in result.readings]
    return {
        "schema_version": OUTPUT_SCHEMA_VERSION,
        "input": result.input,
        "verdict": result.verdict,
        "listed": bool(matches),
        "official": result.official,
        "status": matches[0].status if matches else None,
        "e164": shown.e164 if shown is not None else None,
        "international": readings[result.readings.index(shown)]["international"] if shown is not None else None,
        "line": matches[0].id if matches else None,
        "matches": [item.id for item in matches],
        "warnings": _flags(result.warnings, directory, naming),
        "readings": readings,
        "local_only": _local_only(result, directory),
    }


def _local_only(result: Verdict, directory: Directory) -> bool:
    """Listed by a local data file alone (never for the bundled data: no check then, a batch's common case)."""
    if directory.origin.bundled:
        return False
    from amexhelp.render._verdictview import local_only

    return local_only(result, directory)


def batch_json(
    result: Verdict | Unreadable,
    directory: Directory,
    full: bool,
    lines: dict[str, dict[str, Any]],
    naming: Naming | None = None,
) -> str:
    """batch_record (or unreadable) as JSON text, exactly as json.dumps(..., ensure_ascii=False) writes
    it, but written directly: a batch spends more on encoding dicts than on judging numbers
    (benchmarks/verify_batch.py). A test compares the two on every kind of verdict."""
    from amexhelp.verify.batch import Unreadable

    version = f'"schema_version": {OUTPUT_SCHEMA_VERSION}'
    if isinstance(result, Unreadable):
        from amexhelp.render.errors import word

        error, code = _text(word(result.error, naming)), _text(result.error.code)
        return f'{{{version}, "input": {_text(result.input)}, "verdict": null, "error": {error}, "error_code": {code}}}'
    if full:
        return _dumps(batch_record(result, directory, full, lines, naming))
    return _batch_short(result, directory, naming, version)


def _batch_short(result: Verdict, directory: Directory, naming: Naming | None, version: str) -> str:
    """A batch's short record (lines named by their ids) as JSON text, written directly."""
    matches = result.matches
    shown = result.reading
    first = matches[0] if matches else None
    readings = ", ".join(map(_reading_json, result.readings))
    official = "true" if result.official else "false"
    return (
        f'{{{version}, "input": {_text(result.input)}, "verdict": {_text(result.verdict)},'
        f' "listed": {"true" if matches else "false"}, "official": {official},'
        f' "status": {_maybe(first.status if first else None)}, "e164": {_maybe(shown.e164 if shown else None)},'
        f' "international": {_maybe(_international(shown) if shown else None)},'
        f' "line": {_maybe(first.id if first else None)}, "matches": [{", ".join(_text(m.id) for m in matches)}],'
        f' "warnings": [{_warnings_json(result, directory, naming)}], "readings": [{readings}],'
        f' "local_only": {"true" if _local_only(result, directory) else "false"}}}'
    )


def _warnings_json(result: Verdict, directory: Directory, naming: Naming | None) -> str:
    return ", ".join(
        f'{{"code": {_text(f["code"])}, "message": {_text(f["message"])}, "similar_to": {_maybe(f["similar_to"])}}}'
        for f in _flags(result.warnings, directory, naming)
    )


def _reading_json(item: Reading) -> str:
    regions = ", ".join(map(_text, item.regions))
    lines = ", ".join(_text(line.id) for line in item.lines)
    return (
        f'{{"e164": {_maybe(item.e164)}, "international": {_maybe(_international(item))}, "how": {_text(item.how)},'
        f' "dialled_in": [{regions}], "number_type": {_maybe(item.number_type or None)},'
        f' "number_region": {_maybe(item.number_region or None)}, "valid": {"true" if item.valid else "false"},'
        f' "listed": {"true" if item.lines else "false"}, "lines": [{lines}]}}'
    )


def _international(item: Reading) -> str | None:
    if item.international is not None:  # nearly always: set when the number was read
        return item.international
    from amexhelp.verify.readings import international

    return international(item)


_text: Callable[[str], str] = json.encoder.encode_basestring  # the C encoder's own string step


def _maybe(value: str | None) -> str:
    return "null" if value is None else _text(value)


_dumps = json.JSONEncoder(ensure_ascii=False).encode


def unreadable(item: Unreadable, naming: Naming | None = None) -> dict[str, Any]:
    """A batch line that is not a phone number (a JSON Lines record: versioned like every record): why, as
    a message in the language of ``naming`` (English if None), and as the error's stable code."""
    from amexhelp.render.errors import word

    return {
        "schema_version": OUTPUT_SCHEMA_VERSION,
        "input": item.input,
        "verdict": None,
        "error": word(item.error, naming),
        "error_code": item.error.code,
    }


def verdict(result: Verdict, directory: Directory, naming: Naming | None = None) -> dict[str, Any]:
    """A verdict as JSON, a mapping of its view (``_verdictview.judgement``, the one text words): the same
    in every language but the warnings' ``message`` (``naming``'s)."""
    from amexhelp.render._verdictview import advice_texts, judgement

    judged = judgement(result, directory)
    return {
        **verdict_record(result, directory, None, naming),
        "local_only": judged.local_only,
        "advice": list(advice_texts(judged.advice, directory)),
        "source": source(directory),
    }


def message(report: MessageReport, directory: Directory, naming: Naming | None = None) -> dict[str, Any]:
    """A message report as JSON, a mapping of its view (``_verdictview.message_judgement``, the one text
    words): the same in every language but the warnings' ``message`` (``naming``'s)."""
    from amexhelp.render._verdictview import advice_texts, message_judgement, wording_text

    judged = message_judgement(report, directory)
    cache: dict[str, dict[str, Any]] = {}
    return {
        "verdict": report.verdict,
        "warnings": [
            {
                "code": flag.code,
                "message": wording_text(flag.code, flag.words, naming),
                "words": list(flag.words),
                "position": flag.position,
            }
            for flag in report.warnings
        ],
        "numbers": [
            {**verdict_record(found.verdict, directory, cache, naming), "input": found.text, "position": found.start}
            for found in report.numbers
        ],
        "links": [_link(found, directory, naming) for found in report.links],
        "advice": list(advice_texts(judged.advice, directory)),
        "source": source(directory),
    }


def _link(found: FoundLink, directory: Directory, naming: Naming | None) -> dict[str, Any]:
    return {
        "input": found.text,
        "position": found.start if found.start >= 0 else None,
        "sender": found.sender,
        "domain": found.verdict.host,
        "verdict": found.verdict.verdict,
        "warnings": _flags(found.verdict.warnings, directory, naming),
    }


def audit(report: Report, directory: Directory, naming: Naming | None = None) -> dict[str, Any]:
    """The audit as JSON. Keys, codes and values are the same in every language but the problems'
    ``message``, worded in the language of ``naming`` (English by default)."""
    from amexhelp.render._problems import as_dict

    def problem(item: Any) -> dict[str, str]:
        return as_dict(item, naming) if naming is not None else as_dict(item)

    findings = report.findings
    return {
        "lines": [
            {
                "id": f.line.id,
                "serves": f.serves,
                "e164": f.line.e164,
                "display": f.line.display,
                "status": f.line.status,
                "valid": f.valid,
                "number_type": f.number_type,
                "number_region": f.number_region,
                "cross_border": f.cross_border,
                "from_abroad": f.from_abroad,
                "from_abroad_reason": f.from_abroad_reason,
                "phonenumbers_international": f.phonenumbers_international,
                "correction": f.line.correction,
                "problems": [p.code for p in f.unhandled],
                "quarantined": [p.code for p in f.quarantined],
            }
            for f in findings
        ],
        "markets": [
            {
                "code": m.code,
                "name": country(m.code).name,
                "confirmed": m.confirmed,
                "corroborated": m.corroborated,
                "guide_only": m.guide_only,
                "disputed": m.disputed,
                "suspect": m.suspect,
                "checked": m.checked,
                "issuer_found": m.issuer_found,
                "partner": m.partner,
                "personal_lost_confirmed": m.personal_lost,
                "personal_abroad_confirmed": m.personal_abroad,
            }
            for m in report.markets
        ],
        "largest_markets": _largest(report),
        "problems": [problem(p) for p in report.problems],
        "quarantined": [problem(p) for p in report.quarantined],
        "source": source(directory),
    }


# The statuses of the largest markets' lines, and the field of a market's standing that counts each.
_STATUS_COUNTS = (
    ("confirmed", "confirmed"),
    ("corroborated", "corroborated"),
    ("guide-only", "guide_only"),
    ("disputed", "disputed"),
    ("suspect", "suspect"),
)


def _largest(report: Report) -> dict[str, Any]:
    """How the 25 largest markets stand for personal cardholders: which have a confirmed lost-card line,
    and which a confirmed line that rings from abroad."""
    from amexhelp.reports.audit import LARGEST_MARKETS

    standing = {m.code: m for m in report.markets}
    largest = [standing[code] for code in LARGEST_MARKETS if code in standing]
    lost = [m.code for m in largest if m.personal_lost]
    return {
        "markets": list(LARGEST_MARKETS),
        "lines_by_status": {status: sum(getattr(m, field) for m in largest) for status, field in _STATUS_COUNTS},
        "personal_lost_confirmed": lost,
        "personal_abroad_confirmed": [m.code for m in largest if m.personal_abroad],
        "without_personal_lost_confirmed": [code for code in LARGEST_MARKETS if code not in lost],
    }


def sources(rows: tuple[SourceRow, ...], directory: Directory) -> dict[str, Any]:
    return {
        "sources": [{**source_record(row.source), "note": row.source.note, "lines": list(row.lines)} for row in rows],
        "issuer_domains": list(directory.issuer_domains),
        "source": source(directory),
    }
