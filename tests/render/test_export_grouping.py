"""export: a number is one TEL entry of its contact whatever the lines that share it print, also for a number
with no international form (dialled at home only: grouped by the digits dialled, not by the printed text)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from harness import RunCli


def test_lines_sharing_a_number_with_no_international_form_are_one_tel_entry(
    cli: RunCli, tmp_path: Path, bundled_document: dict[str, Any]
) -> None:
    """Korea's 00798-800-1111, printed a second time with spaces for another desk: the same digits dialled,
    so one TEL entry with both labels."""
    document = copy.deepcopy(bundled_document)
    (general,) = [line for line in document["lines"] if line["id"] == "kr-general"]
    other = {**copy.deepcopy(general), "id": "kr-general-cards", "label": "Card questions"}
    other["display"] = "00798 800 1111"
    document["lines"].append(other)
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = cli("export", "--format", "vcf", "--country", "KR", env={"AMEXHELP_DATA": str(path)})
    assert result.code == 0, result.stderr
    korea = result.stdout.split("END:VCARD")[0]
    assert "FN:American Express (South Korea)" in korea
    assert korea.count(".TEL;") == 1
    assert 'item1.TEL;VALUE=text;TYPE="voice";PREF=1:00798-800-1111' in korea
    assert "item1.X-ABLabel:Customer Service / Card questions" in korea
