"""The JSON contract: every command's --json output (and each JSON Lines record of verify -) carries
schema_version and validates against the JSON Schema shipped in the package."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from amexhelp.reports.outputschema import NAMES
from harness import RunCli
from tools.schemagen import rendered

SMS = (
    "AMEX ALERT: your card is locked. Call +1 800 528 4800 or 0800 555 0199 now, or visit"
    " https://amex-secure-login.example.com/verify"
)


def schema_of(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(files("amexhelp").joinpath(f"schemas/{name}.json").read_text("utf-8"))
    return schema


def check(name: str, document: Any) -> None:
    Draft202012Validator(schema_of(name)).validate(document)


def test_every_output_has_a_schema_and_each_is_valid_json_schema() -> None:
    assert set(NAMES) == {"lookup", "faq", "channels", "countries", "verify", "verify-batch", "verify-message",
                          "audit", "sources", "export", "directory"}  # fmt: skip
    for name in NAMES:
        schema = schema_of(name)
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_shipped_schemas_are_what_the_generator_writes() -> None:
    for path, text in rendered().items():
        assert path.read_text("utf-8") == text, f"{path.name} is stale: run python -m tools.schemagen"


LOOKUPS = [
    ("--country", "JP", "--json"),
    ("lost card in Japna", "--json"),  # a guessed place: a notice
    ("--country", "AR", "--json"),  # a suspect line among the lines
    ("--country", "IE", "--from", "US", "--json"),
    ("--country", "JP", "--card", "GB", "--need", "fraud", "--json"),
    ("--country", "NO", "--json"),  # no line of its own: the region's and the worldwide line
]


@pytest.mark.parametrize("args", LOOKUPS, ids=[" ".join(a) for a in LOOKUPS])
def test_lookup_json_validates(cli: RunCli, args: tuple[str, ...]) -> None:
    result = cli("lookup", *args)
    assert result.code == 0, result.stderr
    document = result.json()
    assert document["schema_version"] == 1
    check("lookup", document)


def test_lookup_notices_are_objects(cli: RunCli) -> None:
    document = cli("lookup", "lost card in Japna", "--json").json()
    assert [notice["code"] for notice in document["notices"]] == ["no-issuer-line", "place-guessed", "local-cards-only"]
    check("lookup", document)


@pytest.mark.parametrize(
    "args",
    [(), ("--country", "IE"), ("--country", "JP", "--card", "US", "--from", "JP")],
    ids=["all", "IE", "JP card US from JP"],
)
def test_export_json_validates_and_never_holds_a_suspect_line(cli: RunCli, args: tuple[str, ...]) -> None:
    result = cli("export", "--format", "json", *args)
    assert result.code == 0, result.stderr
    document = result.json()
    check("export", document)
    ids = [line["id"] for line in document["lines"]]
    assert "ie-lost" not in ids
    assert "ar-general" not in ids


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("faq", ()),
        ("faq", ("lost", "--card", "GB")),
        ("faq", ("--country", "JP")),
        ("channels", ()),
        ("countries", ()),
        ("audit", ()),
        ("sources", ()),
        ("sources", ("--kind", "issuer")),
    ],
)
def test_listing_json_validates(cli: RunCli, command: str, args: tuple[str, ...]) -> None:
    result = cli(command, *args, "--json")
    assert result.code == 0, result.stderr
    document = result.json()
    assert document["schema_version"] == 1
    check(command, document)


@pytest.mark.parametrize("number", ["+1 800 528 4800", "+44 20 7946 0000", "+1 900 555 0199", "0120-099-818"])
def test_verify_json_validates(cli: RunCli, number: str) -> None:
    result = cli("verify", number, "--json")
    assert result.code in (0, 1), result.stderr
    check("verify", result.json())


def test_each_json_lines_record_of_a_batch_validates(cli: RunCli) -> None:
    result = cli("verify", "-", "--json", input="+1 800 528 4800\nnot a number\n+44 20 7946 0000\n+54 800 555 0123\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # Argentina's 555-01xx line is in the directory only as a suspect: suspicious, not listed.
    assert [record["verdict"] for record in records] == ["listed", None, "suspicious", "suspicious"]
    for record in records:
        assert record["schema_version"] == 1
        check("verify-batch", record)


def test_verify_message_json_validates(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "sms.txt"
    path.write_text(SMS, encoding="utf-8")
    result = cli("verify", "--message", str(path), "--json")
    document = result.json()
    assert document["numbers"]
    assert document["links"]
    check("verify-message", document)


def test_a_broken_audit_validates_with_its_problems(cli: RunCli, tmp_path: Path, bundled_document: Any) -> None:
    bundled_document["lines"][0]["evidence"] = []
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(bundled_document), encoding="utf-8")
    result = cli("audit", "--json", env={"AMEXHELP_DATA": str(path)})
    assert result.code == 1
    check("audit", result.json())


def test_the_schemas_reject_what_breaks_the_contract(cli: RunCli) -> None:
    """The schemas can fail: a status outside the list, a number found in prose without its status, no
    version, notices as bare sentences."""
    countries = cli("countries", "--json").json()
    countries["countries"][0]["lines"][0]["status"] = "official"
    with pytest.raises(ValidationError):
        check("countries", countries)
    faq = cli("faq", "--json").json()
    del faq["faqs"][0]["numbers"][0]["status"]
    with pytest.raises(ValidationError):
        check("faq", faq)
    sources = cli("sources", "--json").json()
    del sources["schema_version"]
    with pytest.raises(ValidationError):
        check("sources", sources)
    lookup = cli("lookup", "--country", "JP", "--json").json()
    lookup["notices"] = ["These numbers are for cards issued in Japan."]
    with pytest.raises(ValidationError):
        check("lookup", lookup)
    lookup["notices"] = [{"code": "card-market-assumed", "message": "These numbers are for cards issued in Japan."}]
    check("lookup", lookup)
    lookup["notices"] = [{"code": "Card Market", "message": "…"}]  # a code is kebab-case
    with pytest.raises(ValidationError):
        check("lookup", lookup)


def test_schema_command_prints_the_shipped_file(cli: RunCli) -> None:
    for name in NAMES:
        result = cli("schema", name)
        assert result.code == 0
        assert json.loads(result.stdout) == schema_of(name)
    assert json.loads(cli("schema", "LOOKUP").stdout)["title"] == "amexhelp lookup --json"


def test_the_directory_schema_is_published_and_the_bundled_file_passes_it(bundled_document: dict[str, Any]) -> None:
    schema = schema_of("directory")
    assert schema["title"] == "directory"
    Draft202012Validator(schema).validate(bundled_document)  # any validator: our formats are annotations to it
    broken = {**bundled_document, "lines": [{**bundled_document["lines"][0], "phone": "x"}]}
    with pytest.raises(ValidationError, match="Additional properties are not allowed"):
        Draft202012Validator(schema).validate(broken)


def test_schema_command_refuses_an_unknown_name(cli: RunCli) -> None:
    result = cli("schema", "lookp")
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr == "amexhelp: error: no JSON schema for 'lookp' (did you mean lookup?)\n"
