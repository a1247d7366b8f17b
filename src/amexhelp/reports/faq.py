"""Searching the FAQ by the words of a question, and reading the numbers in its answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from amexhelp.directory import index
from amexhelp.directory.folding import words
from amexhelp.directory.model import Directory, Faq, Line
from amexhelp.sanitize import MAX_QUERY, bounded

if TYPE_CHECKING:
    from amexhelp.reports.prose import ProseNumber


def search(faqs: tuple[Faq, ...], query: str | None) -> tuple[Faq, ...]:
    """All FAQs for no query; else those sharing a meaningful word with it, best first.

    A word in the question counts twice a word in the answer; words match on a shared stem
    ("replace" finds "replacement"). Ties keep the FAQ's own order.
    """
    if query is None:
        return faqs
    bounded(query, None, MAX_QUERY)
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


class FaqAnswer(NamedTuple):
    """An FAQ as answered: the numbers in its answer with their standing, the card market it describes,
    and, asked about another market, that market's confirmed lines for the same purposes."""

    faq: Faq
    numbers: tuple[ProseNumber, ...]
    market: str | None  # the card market the answer describes (the data's), if it says
    asked: str | None  # the card market asked about (--card or --country), when it is another one
    lines_for_asked: tuple[Line, ...]  # that market's confirmed lines for what the answer's numbers are for


def answer_all(directory: Directory, faqs: tuple[Faq, ...], asked: str | None) -> tuple[FaqAnswer, ...]:
    """Each FAQ with its numbers read (as written in the market it describes) and matched to the directory."""
    from amexhelp.reports.prose import DEFAULT_MARKET, confirmed_lines, numbers_in

    answers = []
    for faq in faqs:
        region = faq.market or DEFAULT_MARKET
        numbers = numbers_in(faq.answer, region, directory)
        other = asked if asked is not None and directory.market_for(asked) != faq.market else None
        lines: tuple[Line, ...] = ()
        if other is not None and numbers:
            services = {
                service for found in numbers for line_id in found.lines for service in directory.line(line_id).services
            } - {"fax"}
            lines = confirmed_lines(directory, other, services) or confirmed_lines(directory, other, {"general"})
        answers.append(FaqAnswer(faq, numbers, faq.market, other, lines))
    return tuple(answers)
