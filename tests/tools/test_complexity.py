"""No function of the package or of the build-time tools is more complex than the project's limit.

ruff's C90 check counts branches but not the operands of ``and``/``or``; radon counts both (McCabe as
published), so the limit is held here by radon's count (docs/development.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

radon_complexity = pytest.importorskip("radon.complexity")

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 12


def _blocks() -> list[tuple[str, str, int]]:
    found = []
    for folder in ("src/amexhelp", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for block in radon_complexity.cc_visit(path.read_text(encoding="utf-8")):
                found.append((str(path.relative_to(ROOT)), block.fullname, block.complexity))
    return found


def test_the_count_sees_a_complex_function() -> None:
    source = "def f(a, b, c):\n" + "".join(f"    if a == {i} and b or c:\n        return {i}\n" for i in range(8))
    (block,) = radon_complexity.cc_visit(source)
    assert block.complexity == 1 + 8 * 3


def test_no_function_above_the_limit() -> None:
    over = [f"{path}: {name} {n}" for path, name, n in _blocks() if n > LIMIT]
    assert not over, f"{len(over)} functions above complexity {LIMIT} (radon):\n" + "\n".join(over)
