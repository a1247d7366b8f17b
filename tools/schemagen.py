"""Build-time generation of the JSON Schema files of every command's JSON output. Never imported at run time.

    python -m tools.schemagen          # rewrite src/amexhelp/schemas/*.json
    python -m tools.schemagen --check  # exit 1 if they differ from what this file defines

One definition per shape (a line, a country, the source block…), shared by the outputs that carry it, so
the files cannot disagree. ``amexhelp schema COMMAND`` prints one file; the tests validate real output
of every command against them. Objects allow fields the schema does not name: the contract is additive
(README, "JSON output"), so a reader must ignore a field it does not know. The values of the enums come
from the code (statuses, red flags, verdicts, problem codes), so a new one cannot be left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from amexhelp.directory.evidence import RED_FLAGS
from amexhelp.directory.model import AUDIENCES, SOURCE_KINDS, STATUSES
from amexhelp.render.dicts import OUTPUT_SCHEMA_VERSION
from amexhelp.reports.audit import CODES as AUDIT_CODES
from amexhelp.reports.prose import UNLISTED
from amexhelp.verify.checker import VERDICTS

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "src" / "amexhelp" / "schemas"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

STR: dict[str, Any] = {"type": "string"}
OPT_STR: dict[str, Any] = {"type": ["string", "null"]}
BOOL: dict[str, Any] = {"type": "boolean"}
INT: dict[str, Any] = {"type": "integer"}
STRS: dict[str, Any] = {"type": "array", "items": STR}


def obj(
    properties: dict[str, Any], *, optional: tuple[str, ...] = (), description: str | None = None
) -> dict[str, Any]:
    """An object with these properties, all required but ``optional``; other fields allowed (additive)."""
    schema: dict[str, Any] = {"type": "object"}
    if description:
        schema["description"] = description
    schema["required"] = [name for name in properties if name not in optional]
    schema["properties"] = properties
    return schema


def array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def nullable(name: str) -> dict[str, Any]:
    return {"anyOf": [ref(name), {"type": "null"}]}


def enum(values: tuple[str, ...] | list[str]) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


# Every shared shape, by name; each output file carries only the ones it uses.
DEFS: dict[str, dict[str, Any]] = {
    "country": obj({"code": STR, "name": STR}, description="A country: ISO 3166-1 alpha-2 code and English name."),
    "provenance": obj(
        {
            "title": STR,
            "kind": STR,
            "as_of": STR,
            "note": STR,
            "caution": STR,
            "data": obj(
                {"path": STR, "bundled": BOOL, "installed": BOOL, "date": OPT_STR},
                description=(
                    "The file in use: the bundled data, the file `amexhelp data install` wrote (installed), or the"
                    " file AMEXHELP_DATA names; date: a local file's date (the day it was installed or last"
                    " changed), null for the bundled data."
                ),
            ),
            "age_days": {
                "type": ["integer", "null"],
                "description": "The data's age in days (since as_of) when it is older than 180 days, else null.",
            },
        },
        description=(
            "Where the directory in use comes from: the bundled data, the installed file or the file AMEXHELP_DATA"
            " names."
        ),
    ),
    "source_record": obj(
        {
            "id": STR,
            "kind": enum(SOURCE_KINDS),
            "title": STR,
            "url": OPT_STR,
            "as_of": OPT_STR,
            "domain": OPT_STR,
            "owner": OPT_STR,
            "independent": {"type": ["boolean", "null"]},
        },
        description="One source of the directory; for a third-party page, its domain, owner and whether it counts"
        " as an independent witness (null: not judged).",
    ),
    "line_source": {
        "allOf": [ref("source_record"), obj({"says": OPT_STR})],
        "description": "A source that prints a line's number, and what it says the number is for.",
    },
    "open_hours": obj(
        {
            "always": BOOL,
            "tz": OPT_STR,
            "periods": array(obj({"days": STR, "open": STR, "close": STR})),
        }
    ),
    "line": obj(
        {
            "id": STR,
            "service": STR,
            "services": STRS,
            "products": STRS,
            "label": STR,
            "country": OPT_STR,
            "area": OPT_STR,
            "e164": OPT_STR,
            "display": STR,
            "domestic_dial": OPT_STR,
            "international": OPT_STR,
            "national": OPT_STR,
            "number_region": OPT_STR,
            "cross_border": BOOL,
            "toll_free": BOOL,
            "from_abroad": BOOL,
            "collect": BOOL,
            "callable_from_abroad": BOOL,
            "hours": OPT_STR,
            "open_hours": nullable("open_hours"),
            "languages": STRS,
            "languages_as_printed": STRS,
            "notes": STRS,
            "audience": enum(AUDIENCES),
            "cobrand": OPT_STR,
            "status": enum(STATUSES),
            "independent_sources": INT,
            "disputed_by": STRS,
            "red_flags": array(enum(RED_FLAGS)),
            "sources": array(ref("line_source")),
            "dial": OPT_STR,
            "dial_landline": OPT_STR,
            "reachable": {"type": ["boolean", "null"]},
            "unreachable_reason": OPT_STR,
        },
        description="A phone line. dial, dial_landline, reachable and unreachable_reason are null when no caller"
        " is known.",
    ),
    "notice": obj(
        {"code": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"}, "message": STR},
        description="Something the answer wants said: a stable kebab-case code for scripts, and a sentence for"
        " people. Other fields (strings or null) may add detail.",
    ),
    "prose_number": obj(
        {
            "text": STR,
            "position": INT,
            "e164": STR,
            "status": enum([*STATUSES, UNLISTED]),
            "lines": STRS,
            "instead": STRS,
        },
        description="A phone number found in a source's text: its standing in the directory (a line's status, or"
        " unlisted), the ids of the lines with it, and for a doubtful one the confirmed numbers to call instead.",
    ),
    "warning": obj({"code": STR, "message": STR, "similar_to": OPT_STR}),
    "reading": obj(
        {
            "e164": OPT_STR,
            "international": OPT_STR,
            "how": STR,
            "dialled_in": STRS,
            "number_type": OPT_STR,
            "number_region": OPT_STR,
            "valid": BOOL,
            "listed": BOOL,
            "lines": STRS,
        }
    ),
    "verdict_record": obj(
        {
            "input": STR,
            "verdict": enum(VERDICTS),
            "listed": BOOL,
            "official": BOOL,
            "status": {"anyOf": [enum(STATUSES), {"type": "null"}]},
            "e164": OPT_STR,
            "international": OPT_STR,
            "line": nullable("line"),
            "matches": array(ref("line")),
            "warnings": array(ref("warning")),
            "readings": array(ref("reading")),
        }
    ),
    # A batch's record (verify -) is the verdict_record with each line named by its id: built below.
    # What a message asks for (verify --message): the words found, quoted as written.
    "word_flag": obj({"code": STR, "message": STR, "words": STRS, "position": INT}),
}

DEFS["batch_record"] = obj(
    {
        **DEFS["verdict_record"]["properties"],
        "line": OPT_STR,
        "matches": STRS,
        "local_only": {
            "type": "boolean",
            "description": "Listed only by a local data file (installed, or AMEXHELP_DATA's), not the bundled one.",
        },
    },
)

VERSION = {"type": "integer", "const": OUTPUT_SCHEMA_VERSION, "description": "The JSON output contract's version."}


# The command line whose output a schema describes, where it is not `amexhelp NAME --json`.
COMMAND_LINES = {
    "verify-message": "amexhelp verify --message FILE --json",
    "export": "amexhelp export --format json",
}


def document(title: str, description: str, properties: dict[str, Any]) -> dict[str, Any]:
    """A top-level output: versioned, with the shared shapes it uses; titled by the command that prints it."""
    command = COMMAND_LINES.get(title, f"amexhelp {title} --json")
    return _file(title, command, description, obj({"schema_version": VERSION, **properties}))


def _file(name: str, title: str, description: str, body: dict[str, Any]) -> dict[str, Any]:
    used = _refs(body)
    while more := set().union(*(_refs(DEFS[shape]) for shape in used)) - used:  # shapes used by the shapes used
        used |= more
    return {
        "$schema": DIALECT,
        "$id": f"https://amexhelp.invalid/schemas/{name}.json",
        "title": title,
        "description": description,
        **body,
        "$defs": {shape: DEFS[shape] for shape in sorted(used)},
    }


def _refs(schema: Any) -> set[str]:
    if isinstance(schema, dict):
        found = {schema["$ref"].rsplit("/", 1)[-1]} if "$ref" in schema else set()
        return found.union(*(_refs(value) for value in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_refs(value) for value in schema))
    return set()


def _with(base: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {"allOf": [ref(base), obj(extra)]}


def schemas() -> dict[str, dict[str, Any]]:
    """Every output's schema, by the name ``amexhelp schema`` takes."""
    warnings = array(ref("warning"))
    return {
        "lookup": document(
            "lookup",
            "amexhelp lookup --json: the lines to call, best first, for where you are, whose card it is and what"
            " happened.",
            {
                "query": OPT_STR,
                "headline": STR,
                "country": ref("country"),
                "country_source": STR,
                "need": OPT_STR,
                "need_name": OPT_STR,
                "from": ref("country"),
                "from_source": STR,
                "card_market": {"anyOf": [{"allOf": [ref("country"), obj({"source": OPT_STR})]}, {"type": "null"}]},
                "product": OPT_STR,
                "fallback": BOOL,
                "lines": array(_with("line", {"scope": STR, "for_cards_issued_in": OPT_STR})),
                "advice": STRS,
                "notices": array(ref("notice")),
                "source": ref("provenance"),
            },
        ),
        "faq": document(
            "faq",
            "amexhelp faq --json: the FAQs found, each with the market it describes, its source and the numbers in"
            " its answer with their standing.",
            {
                "query": OPT_STR,
                "card_market": nullable("country"),
                "faqs": array(
                    obj(
                        {
                            "id": INT,
                            "question": STR,
                            "answer": STR,
                            "market": nullable("country"),
                            "sources": array(ref("source_record")),
                            "numbers": array(ref("prose_number")),
                            "card_market": {
                                "anyOf": [
                                    {"allOf": [ref("country"), obj({"lines": array(ref("line"))})]},
                                    {"type": "null"},
                                ]
                            },
                        }
                    )
                ),
                "source": ref("provenance"),
            },
        ),
        "channels": document(
            "channels",
            "amexhelp channels --json: every way to reach support besides the phone, with its source and the"
            " numbers in it, and the safety advice.",
            {
                "channels": array(
                    obj(
                        {
                            "id": STR,
                            "name": STR,
                            "summary": STR,
                            "description": STR,
                            "details": {"type": "object", "additionalProperties": STR},
                            "sources": array(ref("source_record")),
                            "numbers": array(ref("prose_number")),
                        }
                    )
                ),
                "safety": STRS,
                "source": ref("provenance"),
            },
        ),
        "countries": document(
            "countries",
            "amexhelp countries --json: each country with lines of its own, each region's lines and the worldwide"
            " line, every line with its status.",
            {
                "countries": array(obj({"code": STR, "name": STR, "languages": STRS, "lines": array(ref("line"))})),
                "areas": array(obj({"id": STR, "name": STR, "countries": STRS, "lines": array(ref("line"))})),
                "fallback": ref("line"),
                "source": ref("provenance"),
            },
        ),
        "verify": document(
            "verify",
            "amexhelp verify NUMBER --json: whether a number is in the directory, its readings and red flags.",
            {
                **DEFS["verdict_record"]["properties"],
                "local_only": {
                    "type": "boolean",
                    "description": (
                        "Listed only by a local data file (installed or named by AMEXHELP_DATA), not by the bundled"
                        " directory: source.data names the file."
                    ),
                },
                "advice": STRS,
                "source": ref("provenance"),
            },
        ),
        "verify-batch": _file(
            "verify-batch",
            "amexhelp verify - --json (one JSON Lines record)",
            "One record per input line: a verdict (lines by id; with --full, line objects), or an input that is no"
            " phone number.",
            {
                "anyOf": [
                    {"allOf": [ref("batch_record"), obj({"schema_version": VERSION})]},
                    {"allOf": [ref("verdict_record"), obj({"schema_version": VERSION})]},
                    obj(
                        {
                            "schema_version": VERSION,
                            "input": STR,
                            "verdict": {"type": "null"},
                            "error": {
                                "type": "string",
                                "description": "Why the line is no phone number, in the language of --lang (English"
                                " by default).",
                            },
                            "error_code": {
                                "type": "string",
                                "description": "The error's stable code (amexhelp.errors.CODES), the same in every"
                                " language.",
                            },
                        }
                    ),
                ]
            },
        ),
        "verify-message": document(
            "verify-message",
            "amexhelp verify --message FILE --json: every phone number and link in a message, each judged.",
            {
                "verdict": STR,
                "warnings": array(ref("word_flag")),
                "numbers": array(_with("verdict_record", {"position": INT})),
                "links": array(
                    obj(
                        {
                            "input": STR,
                            "position": {"type": ["integer", "null"]},
                            "sender": BOOL,
                            "domain": STR,
                            "verdict": STR,
                            "warnings": warnings,
                        }
                    )
                ),
                "advice": STRS,
                "source": ref("provenance"),
            },
        ),
        "audit": document(
            "audit",
            "amexhelp audit --json: every line as phonenumbers sees it, its problems (exit 1) and the red flags"
            " handled by a suspect status (quarantined), and each market's standing.",
            {
                "lines": array(
                    obj(
                        {
                            "id": STR,
                            "serves": STR,
                            "e164": OPT_STR,
                            "display": STR,
                            "status": enum(STATUSES),
                            "valid": BOOL,
                            "number_type": STR,
                            "number_region": STR,
                            "cross_border": BOOL,
                            "from_abroad": BOOL,
                            "from_abroad_reason": OPT_STR,
                            "phonenumbers_international": BOOL,
                            "correction": OPT_STR,
                            "problems": array(enum(AUDIT_CODES)),
                            "quarantined": array(enum(RED_FLAGS)),
                        }
                    )
                ),
                "markets": array(
                    obj(
                        {
                            "code": STR,
                            "name": STR,
                            "confirmed": INT,
                            "corroborated": INT,
                            "guide_only": INT,
                            "disputed": INT,
                            "suspect": INT,
                            "checked": OPT_STR,
                            "issuer_found": BOOL,
                            "partner": OPT_STR,
                            "personal_lost_confirmed": BOOL,
                            "personal_abroad_confirmed": BOOL,
                        }
                    )
                ),
                "largest_markets": obj(
                    {
                        "markets": STRS,
                        "lines_by_status": obj({status: INT for status in STATUSES if status != "unsourced"}),
                        "personal_lost_confirmed": STRS,
                        "personal_abroad_confirmed": STRS,
                        "without_personal_lost_confirmed": STRS,
                    }
                ),
                "problems": array(obj({"line": STR, "code": enum(AUDIT_CODES), "message": STR})),
                "quarantined": array(obj({"line": STR, "code": enum(RED_FLAGS), "message": STR})),
                "source": ref("provenance"),
            },
        ),
        "sources": document(
            "sources",
            "amexhelp sources --json: every source of the directory and the lines it backs.",
            {
                "sources": array({"allOf": [ref("source_record"), obj({"note": OPT_STR, "lines": STRS})]}),
                "issuer_domains": STRS,
                "source": ref("provenance"),
            },
        ),
        "export": document(
            "export",
            "amexhelp export --format json: the lines saved (never a suspect one), as dialled from --from when given.",
            {
                "from": OPT_STR,
                "lines": array(ref("line")),
                "notices": array(ref("notice")),
                "source": ref("provenance"),
            },
        ),
    }


def rendered() -> dict[Path, str]:
    found = {}
    for name, schema in schemas().items():
        if name == "export":  # notices are not in an export yet: named, not required
            schema["required"] = [field for field in schema["required"] if field != "notices"]
        found[SCHEMA_DIR / f"{name}.json"] = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.schemagen", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    args = parser.parse_args(argv)
    stale = [path for path, text in rendered().items() if not path.exists() or path.read_text("utf-8") != text]
    for path in stale:
        if not args.check:
            path.parent.mkdir(exist_ok=True)
            path.write_text(rendered()[path], encoding="utf-8")
        print(f"{'stale' if args.check else 'wrote'}: {path.name}", file=sys.stderr)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
