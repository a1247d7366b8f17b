"""Fixtures of the directory layer's tests."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def small_document(bundled_document: dict[str, Any]) -> dict[str, Any]:
    """A small directory for the schema's checks: the bundled file with its first six lines, France's,
    Japan's and Korea's general lines and its fallback line, the sources they cite and three markets
    (checking the whole bundled file costs a tenth of a second; these tests check hundreds)."""
    lines = bundled_document["lines"]
    named = {"fr-general", "jp-general", "kr-general", bundled_document["fallback_line"]}
    kept = [*lines[:6], *(line for line in lines[6:] if line["id"] in named)]
    cited = {e["source"] for line in kept for e in line["evidence"]}
    for name in ("channels", "faqs", "withdrawn_ranges"):
        cited |= {item["source"] for item in bundled_document.get(name, []) if item.get("source")}
    sources = [source for i, source in enumerate(bundled_document["sources"]) if i < 3 or source["id"] in cited]
    return {**bundled_document, "lines": kept, "sources": sources, "markets": bundled_document["markets"][:3]}
