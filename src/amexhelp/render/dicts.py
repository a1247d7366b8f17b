"""The JSON shapes: plain dicts built by small functions, documented in the README and pinned by tests."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from amexhelp import index
from amexhelp.lookup import Answer
from amexhelp.model import Channel, Directory, Faq, Line

if TYPE_CHECKING:
    from amexhelp.audit import Finding
    from amexhelp.dialing import Dial
    from amexhelp.verify import Verdict
from amexhelp.places import country
from amexhelp.sanitize import clean_json


def dump(document: Any) -> str:
    """The one JSON document of a run. Readable UTF-8, with terminal controls escaped."""
    return clean_json(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def source(directory: Directory) -> dict[str, Any]:
    s, origin = directory.source, directory.origin
    return {
        "title": s.title,
        "kind": s.kind,
        "as_of": s.as_of,
        "note": s.note,
        "caution": s.caution,
        "data": {"path": origin.path, "bundled": origin.bundled},
    }


def line(item: Line, dial: Dial | None = None) -> dict[str, Any]:
    """A line as JSON. ``dial`` and ``reachable`` are null unless the caller's country is known (--from)."""
    return {
        "id": item.id,
        "service": item.service,
        "label": item.label,
        "country": item.country,
        "area": item.area,
        "e164": item.e164,
        "display": item.display,
        "international": item.international,
        "national": item.national,
        "number_region": item.number_region,
        "cross_border": item.calls_abroad(index.calling_codes()),
        "toll_free": item.toll_free,
        "hours": item.hours,
        "languages": list(item.languages),
        "languages_as_printed": list(item.languages_as_printed),
        "notes": list(item.all_notes),
        "dial": dial.dial if dial else None,
        "reachable": dial.reachable if dial else None,
        "unreachable_reason": dial.reason if dial else None,
    }


def lookup(answer: Answer, directory: Directory) -> dict[str, Any]:
    return {
        "query": answer.query,
        "country": {"code": answer.country.code, "name": answer.country.name},
        "country_source": answer.country_source,
        "need": answer.need.id if answer.need else None,
        "need_name": answer.need.name if answer.need else None,
        "from": {"code": answer.caller.code, "name": answer.caller.name} if answer.caller else None,
        "fallback": answer.fallback,
        "lines": [
            line(item, dial)
            for item, dial in zip(answer.lines, answer.dials or [None] * len(answer.lines), strict=True)
        ],
        "advice": list(answer.advice),
        "notices": list(answer.notices),
        "source": source(directory),
    }


def faq(item: Faq) -> dict[str, Any]:
    return {"id": item.id, "question": item.question, "answer": item.answer}


def faqs(items: tuple[Faq, ...], query: str | None, directory: Directory) -> dict[str, Any]:
    return {"query": query, "faqs": [faq(item) for item in items], "source": source(directory)}


def channel(item: Channel) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "summary": item.summary,
        "description": item.description,
        "details": dict(item.details),
    }


def channels(directory: Directory) -> dict[str, Any]:
    return {
        "channels": [channel(item) for item in directory.channels],
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
                "lines": [line(item) for item in lines],
            }
        )
    areas = [
        {
            "id": area.id,
            "name": area.name,
            "countries": sorted(area.countries),
            "lines": [line(item) for item in directory.lines_for_area(area.id)],
        }
        for area in directory.areas.values()
    ]
    return {
        "countries": entries,
        "areas": areas,
        "fallback": line(directory.fallback),
        "source": source(directory),
    }


def verdict(result: Verdict, directory: Directory) -> dict[str, Any]:
    return {
        "input": result.input,
        "official": result.official,
        "e164": result.e164,
        "international": result.international,
        "readings": list(result.readings),
        "matches": [line(item) for item in result.matches],
        "advice": [] if result.official else list(directory.safety),
        "source": source(directory),
    }


def audit(findings: tuple[Finding, ...], directory: Directory) -> dict[str, Any]:
    return {
        "lines": [
            {
                "id": f.line.id,
                "serves": f.serves,
                "e164": f.line.e164,
                "display": f.line.display,
                "valid": f.valid,
                "number_type": f.number_type,
                "number_region": f.number_region,
                "cross_border": f.cross_border,
                "from_abroad": f.from_abroad,
                "from_abroad_reason": f.from_abroad_reason,
                "phonenumbers_international": f.phonenumbers_international,
                "correction": f.line.correction,
                "problems": list(f.problems),
            }
            for f in findings
        ],
        "problems": sum(len(f.problems) for f in findings),
        "source": source(directory),
    }
