from __future__ import annotations

from amexhelp.directory import load_directory
from amexhelp.faq import search

FAQS = load_directory().faqs


def test_no_query_lists_all_in_order() -> None:
    assert [faq.id for faq in search(FAQS, None)] == list(range(1, 11))


def test_best_match_first() -> None:
    assert search(FAQS, "replacement card")[0].id == 6
    assert search(FAQS, "stolen")[0].id == 2
    assert search(FAQS, "suspicious call")[0].id == 8
    assert search(FAQS, "rewards points balance")[0].id == 9


def test_words_match_on_a_shared_stem() -> None:
    assert 6 in [faq.id for faq in search(FAQS, "replace")]


def test_nothing_matches_common_or_unknown_words() -> None:
    assert search(FAQS, "the and my") == ()
    assert search(FAQS, "xylophone") == ()
