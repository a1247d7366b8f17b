"""The directory layer's text folding: the one edit distance (typed places and look-alike domains)."""

from __future__ import annotations

import pytest

from amexhelp.directory.folding import distance, fold, is_glued, is_hangul, key, tokens, words


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("japan", "japan", 0),
        ("", "peru", 4),
        ("peru", "", 4),
        ("germnay", "germany", 1),  # two neighbours swapped: one edit
        ("ab", "ba", 1),  # the first two swapped
        ("ba", "cab", 2),
        ("aaa", "a", 2),  # two deleted, nothing swapped
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


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("MÉXICO", "mexico"),
        ("São Paulo", "sao paulo"),
        ("Straße", "strasse"),  # case-folded, not only lower-cased
        ("ﬁji", "fiji"),  # a compatibility ligature split into its letters
        ("ぎんざ", "ぎんざ"),  # the voicing marks of kana are kept, recomposed
        ("भारत", "भारत"),  # Indic vowel signs are letters
        ("مِصْر", "مصر"),  # Arabic short vowels dropped
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_words_tokens_and_keys() -> None:
    assert words("Lost in São-Paulo, BRAZIL!") == ["lost", "in", "sao", "paulo", "brazil"]
    assert tokens("Verloren in München.") == ["Verloren", "in", "München"]
    # A Devanagari word keeps its vowel sign and nasal mark (re's \w alone would cut "में" in pieces).
    assert words("दिल्ली में") == ["दिल्ली", "में"]
    assert words("القاهرة") == ["القاهرة"]
    assert key("  Côte d'Ivoire ") == "cote d ivoire"
    assert key("NEW   york") == "new york"


# Each script's block, at its first and last code point: hiragana and katakana (U+3040-U+30FF), CJK
# extension A (U+3400-U+4DBF), CJK unified ideographs (U+4E00-U+9FFF), Hangul syllables (U+AC00-U+D7AF),
# CJK compatibility ideographs (U+F900-U+FAFF).
GLUED_EDGES = (0x3040, 0x30FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xAC00, 0xD7AF, 0xF900, 0xFAFF)
SPACED_EDGES = (0x303F, 0x3100, 0x33FF, 0x4DC0, 0x4DFF, 0xA000, 0xABFF, 0xD7B0, 0xF8FF, 0xFB00)


def test_scripts_written_without_spaces() -> None:
    assert [is_glued(text) for text in ("東京", "とうきょう", "서울", "Tokyo 東京")] == [True] * 4
    assert [is_glued(text) for text in ("Tokyo", "", "Москва")] == [False] * 3
    assert all(is_glued(chr(point)) for point in GLUED_EDGES)
    assert not any(is_glued(chr(point)) for point in SPACED_EDGES)


def test_hangul() -> None:
    assert [is_hangul(text) for text in ("서울에서", "in 서울", chr(0xAC00), chr(0xD7AF))] == [True] * 4
    assert [is_hangul(text) for text in ("東京", "Seoul", "", chr(0xABFF), chr(0xD7B0))] == [False] * 5
