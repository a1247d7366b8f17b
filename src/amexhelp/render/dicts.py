"""The JSON shapes: plain dicts built by small functions, documented in the README and pinned by tests."""

from __future__ import annotations

import json
from typing import Any

from amexhelp import index
from amexhelp.lookup import Answer
from amexhelp.model import Channel, Directory, Faq, Line
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


def line(item: Line) -> dict[str, Any]:
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
    }


def lookup(answer: Answer, directory: Directory) -> dict[str, Any]:
    return {
        "query": answer.query,
        "country": {"code": answer.country.code, "name": answer.country.name},
        "country_source": answer.country_source,
        "need": answer.need.id if answer.need else None,
        "need_name": answer.need.name if answer.need else None,
        "fallback": answer.fallback,
        "lines": [line(item) for item in answer.lines],
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
    return {
        "countries": entries,
        "fallback": line(directory.fallback),
        "source": source(directory),
    }
