"""The directory layer's text folding: the one edit distance (typed places and look-alike domains)."""

from __future__ import annotations

import pytest

from amexhelp.directory.folding import distance


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("japan", "japan", 0),
        ("", "peru", 4),
        ("peru", "", 4),
        ("germnay", "germany", 1),  # two neighbours swapped: one edit
        ("jpan", "japan", 1),  # one missing
        ("japaan", "japan", 1),  # one extra
        ("jopan", "japan", 1),  # one changed
        ("kitten", "sitting", 3),
        ("ca", "abc", 3),  # optimal string alignment: a swapped pair is not edited again
        ("amercanexpres", "americanexpress", 2),
    ],
)
def test_distance_counts_the_fewest_edits(a: str, b: str, edits: int) -> None:
    assert distance(a, b) == edits
    assert distance(b, a) == edits
