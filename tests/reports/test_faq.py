from __future__ import annotations

from amexhelp.directory.model import Directory
from amexhelp.reports.faq import search


def test_no_query_lists_all_in_order(directory: Directory) -> None:
    assert [faq.id for faq in search(directory.faqs, None)] == list(range(1, 11))


def test_best_match_first(directory: Directory) -> None:
    assert search(directory.faqs, "replacement card")[0].id == 6
    assert search(directory.faqs, "stolen")[0].id == 2
    assert search(directory.faqs, "suspicious call")[0].id == 8
    assert search(directory.faqs, "rewards points balance")[0].id == 9


def test_words_match_on_a_shared_stem(directory: Directory) -> None:
    assert 6 in [faq.id for faq in search(directory.faqs, "replace")]


def test_nothing_matches_common_or_unknown_words(directory: Directory) -> None:
    assert search(directory.faqs, "the and my") == ()
    assert search(directory.faqs, "xylophone") == ()
