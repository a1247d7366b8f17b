"""Searching the FAQ by the words of a question."""

from __future__ import annotations

from amexhelp import index
from amexhelp.folding import words
from amexhelp.model import Faq
from amexhelp.sanitize import MAX_QUERY, bounded


def search(faqs: tuple[Faq, ...], query: str | None) -> tuple[Faq, ...]:
    """All FAQs for no query; else those sharing a meaningful word with it, best first.

    A word in the question counts twice a word in the answer; words match on a shared stem
    ("replace" finds "replacement"). Ties keep the FAQ's own order.
    """
    if query is None:
        return faqs
    bounded(query, "query", MAX_QUERY)
    stop = index.stopwords()
    wanted = {word for word in words(query) if word not in stop and (len(word) > 2 or not word.isascii())}
    if not wanted:
        return ()
    scored = []
    for faq in faqs:
        question, answer = set(words(faq.question)), set(words(faq.answer))
        score = sum(2 * _hits(word, question) + _hits(word, answer) for word in wanted)
        if score:
            scored.append((-score, faq.id, faq))
    return tuple(faq for _, _, faq in sorted(scored, key=lambda item: item[:2]))


def _hits(word: str, vocabulary: set[str]) -> int:
    if word in vocabulary:
        return 1
    if len(word) < 4:
        return 0
    return int(any(len(other) >= 4 and (other.startswith(word) or word.startswith(other)) for other in vocabulary))
