"""What a message asks for: the red flags of its words, whatever its numbers and links are.

Scammers copy the issuer's real numbers; what gives them away is what the message asks for. Each
flag has a stable code and the words found, as written:

- ``asks-for-secret``: a request (reply, send, enter…) and a secret (PIN, CVV, card number, one-time
  code, password) at most five words apart in one sentence;
- ``asks-for-payment``: gift cards, crypto or money-transfer services, or a payment and an unlock
  (pay a fee to unblock the card) in one sentence;
- ``asks-for-remote-access``: remote-access apps (AnyDesk, TeamViewer…) or screen sharing;
- ``urgency``: deadlines and threats (within 24 hours or…, will be suspended, legal action).

The words are data (``data/wording.json``, every language the tool reads), folded once when loaded
as the need words are; all languages are searched at once, since a message's language is not given.
A sentence that negates ("we will never ask for your PIN") counts for nothing: genuine notices say
exactly that.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

from amexhelp.directory import index
from amexhelp.directory.folding import fold, is_glued, key, tokens
from amexhelp.verify.redflags import ASKS_FOR_PAYMENT, ASKS_FOR_REMOTE_ACCESS, ASKS_FOR_SECRET, URGENCY

# The word lists of data/wording.json, by what each holds.
_KINDS = ("secret", "request", "remote", "method", "pay", "unlock", "urgency", "negation")
# Where one sentence ends: its punctuation in the scripts read, or a blank line (a single line break
# does not: e-mails wrap lines mid-sentence).
_SENTENCE_END = re.compile(r"[.!?;\u061f\u2026]+(?:\s|$)|[\u3002\uff01\uff1f\uff1b\u0964]+|\n\s*\n")


class WordFlag(NamedTuple):
    """A red flag of a message's words: its code, the words found (as written, in order), and where
    the first of them stands in the text."""

    code: str
    words: tuple[str, ...]
    position: int


class _Found(NamedTuple):
    kind: str
    start: int  # in the sentence's folded words, joined by single spaces
    end: int
    inside: bool = False  # found inside words (glued scripts, Arabic): no word distance to speak of


_NEAR = 5  # words at most between a request and the secret it asks for, either way round


def _near(one: _Found, other: _Found, starts: list[int]) -> bool:
    if one.inside or other.inside:
        return True
    first, second = sorted((one, other), key=lambda item: item.start)
    last_word = bisect_right(starts, first.end - 1) - 1
    next_word = bisect_right(starts, second.start) - 1
    return next_word - last_word - 1 <= _NEAR


def red_flags(text: str) -> tuple[WordFlag, ...]:
    """The red flags of a message's words, one per code, in the order of the codes."""
    found: dict[str, tuple[list[str], int]] = {}
    for start, sentence in _sentences(text):
        for code, words, at in _sentence_flags(sentence):
            quoted = found.setdefault(code, ([], start + at))[0]
            quoted.extend(word for word in words if word not in quoted)
    order = (ASKS_FOR_SECRET, ASKS_FOR_PAYMENT, ASKS_FOR_REMOTE_ACCESS, URGENCY)
    return tuple(WordFlag(code, tuple(found[code][0]), found[code][1]) for code in order if code in found)


_LONGEST = 1_000  # characters of a sentence read as one: a longer one is read in pieces (cut at a space)
_MOST_FOUND = 64  # phrases kept of one piece: what follows compares them in pairs


def _sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a text, with where each starts; one longer than _LONGEST characters in pieces,
    so that reading a sentence costs at most a bounded amount, and a text's time grows with its length."""
    out: list[tuple[int, str]] = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.start() > start:
            out.extend(_pieces(start, text[start : end.start()]))
        start = end.end()
    if start < len(text):
        out.extend(_pieces(start, text[start:]))
    return out


def _pieces(start: int, sentence: str) -> list[tuple[int, str]]:
    out = []
    while len(sentence) > _LONGEST:
        cut = sentence.rfind(" ", 0, _LONGEST) + 1 or _LONGEST
        out.append((start, sentence[:cut]))
        start, sentence = start + cut, sentence[cut:]
    out.append((start, sentence))
    return out


def _sentence_flags(sentence: str) -> list[tuple[str, list[str], int]]:
    """The flags of one sentence: (code, words as written, offset of the first word)."""
    originals = tokens(sentence)
    if not originals:
        return []
    folded = [_folded(word) for word in originals]
    joined = " ".join(folded)
    starts = [0]
    for word in folded[:-1]:
        starts.append(starts[-1] + len(word) + 1)
    found = _find(folded, joined, starts)
    if not found or any(item.kind == "negation" for item in found):
        return []
    found = _outermost(found)[:_MOST_FOUND]
    offsets = _offsets(sentence, originals)
    flags = []
    for code, chosen_items in _chosen(found, starts):
        items = _merged(sorted(chosen_items, key=lambda item: item.start))
        quoted = list(dict.fromkeys(_quote(item, sentence, originals, joined, starts, offsets) for item in items))
        flags.append((code, quoted, offsets[bisect_right(starts, items[0].start) - 1]))
    return flags


def _chosen(found: list[_Found], starts: list[int]) -> list[tuple[str, list[_Found]]]:
    """The red flags a sentence's phrases raise, each with the phrases that raise it."""
    kinds = {item.kind for item in found}

    def of(*wanted: str) -> list[_Found]:
        return [item for item in found if item.kind in wanted]

    chosen: list[tuple[str, list[_Found]]] = []
    # A request and the secret it asks for, a few words apart: "confirm your identity when you call,
    # have your card number ready" asks for no card number.
    pairs = [(r, x) for r in of("request") for x in of("secret") if _near(r, x, starts)]
    if pairs:
        chosen.append((ASKS_FOR_SECRET, list(dict.fromkeys(item for pair in pairs for item in pair))))
    if "method" in kinds:
        chosen.append((ASKS_FOR_PAYMENT, of("method")))
    elif {"pay", "unlock"} <= kinds:
        chosen.append((ASKS_FOR_PAYMENT, of("pay", "unlock")))
    if "remote" in kinds:
        chosen.append((ASKS_FOR_REMOTE_ACCESS, of("remote")))
    if "urgency" in kinds:
        chosen.append((URGENCY, of("urgency")))
    return chosen


def _outermost(found: list[_Found]) -> list[_Found]:
    """The matches that lie inside no longer one, in their order: a match inside a longer one is part of
    it ("verifica" of "codice di verifica" asks for nothing). One pass over them sorted by start, longest
    first: a match lies inside a longer one when an earlier, different span reaches as far as it does."""
    kept = []
    reach = -1  # the furthest end of the spans before the current one (spans equal to it excluded)
    span: tuple[int, int] | None = None
    for at, item in sorted(enumerate(found), key=lambda pair: (pair[1].start, -pair[1].end)):
        if (item.start, item.end) != span:
            reach = max(reach, span[1] if span is not None else -1)
            span = (item.start, item.end)
        if reach < item.end:
            kept.append((at, item))
    return [item for _, item in sorted(kept)]


def _merged(items: list[_Found]) -> list[_Found]:
    """Spans in order, those that overlap joined into one ("within 24 hours or" and "or your account
    will": one quote)."""
    merged: list[_Found] = []
    for item in items:
        if merged and item.start < merged[-1].end:
            merged[-1] = merged[-1]._replace(end=max(merged[-1].end, item.end))
        else:
            merged.append(item)
    return merged


def _offsets(sentence: str, originals: list[str]) -> list[int]:
    """Where each word stands in the sentence."""
    offsets = []
    at = 0
    for word in originals:
        at = sentence.index(word, at)
        offsets.append(at)
        at += len(word)
    return offsets


def _quote(
    item: _Found, sentence: str, originals: list[str], joined: str, starts: list[int], offsets: list[int]
) -> str:
    """The words of a match as the message writes them: the match itself when folding left its word
    as written (or it spans whole words), else the whole words it lies in (an Arabic word whose marks
    folding dropped)."""
    first = bisect_right(starts, item.start) - 1
    last = bisect_right(starts, item.end - 1) - 1
    word_end = joined.find(" ", item.end - 1)
    if item.start == starts[first] and item.end == (len(joined) if word_end < 0 else word_end):
        return sentence[offsets[first] : offsets[last] + len(originals[last])]
    if first == last and joined[starts[first] : starts[first] + len(originals[first])] == originals[first]:
        return originals[first][item.start - starts[first] : item.end - starts[first]]
    return sentence[offsets[first] : offsets[last] + len(originals[last])]


def _find(folded: list[str], joined: str, starts: list[int]) -> list[_Found]:
    """Every phrase of every list in the sentence's folded words (``joined``: them joined by single
    spaces, ``starts``: where each begins there), as spans of ``joined``."""
    table = _table()
    found = []
    for i, word in enumerate(folded):
        for kind, words in _candidates(word):
            end = i + len(words)
            if end <= len(folded) and all(
                folded[i + k].startswith(stem) if is_stem else folded[i + k] == stem
                for k, (stem, is_stem) in enumerate(words)
            ):
                found.append(_Found(kind, starts[i], starts[end - 1] + len(folded[end - 1])))
    present = set(joined)
    for kind, text in (phrase for ch in present.intersection(table.inside) for phrase in table.inside[ch]):
        at = joined.find(text)
        while at >= 0:
            found.append(_Found(kind, at, at + len(text), inside=True))
            at = joined.find(text, at + 1)
    return found


# A message repeats its words: each is folded, and its phrases looked up, once (memory stays bounded).
_folded = lru_cache(maxsize=4096)(fold)


@lru_cache(maxsize=4096)
def _candidates(word: str) -> tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]:
    """The phrases that may start at a folded word: by the word itself, or by its first letters (a stem)."""
    table = _table()
    candidates = list(table.first.get(word, ()))
    for size in range(2, min(len(word), table.longest_stem) + 1):
        candidates.extend(table.stems.get(word[:size], ()))
    return tuple(candidates)


class _Table(NamedTuple):
    """The phrases of data/wording.json, folded: by first word (or, for a stem, its first letters),
    and those found inside words."""

    first: dict[str, list[tuple[str, tuple[tuple[str, bool], ...]]]]  # word -> (kind, words and stem flags)
    stems: dict[str, list[tuple[str, tuple[tuple[str, bool], ...]]]]
    longest_stem: int
    inside: dict[str, list[tuple[str, str]]]  # first letter -> (kind, folded text) of glued and Arabic phrases


@cache
def _table() -> _Table:
    document = json.loads(index.read_package_data("wording.json"))
    first: dict[str, list[tuple[str, tuple[tuple[str, bool], ...]]]] = {}
    stems: dict[str, list[tuple[str, tuple[tuple[str, bool], ...]]]] = {}
    inside: set[tuple[str, str]] = set()
    for language in document["languages"].values():
        for kind in _KINDS:
            for phrase in language.get(kind, []):
                words = _words(phrase)
                if is_glued(phrase) or any("\u0600" <= ch <= "\u06ff" for ch in phrase):
                    # Found inside words: these scripts glue particles and clitics on.
                    inside.add((kind, " ".join(word for word, _ in words)))
                    continue
                table = stems if words[0][1] else first
                bucket = table.setdefault(words[0][0], [])
                if (kind, words) not in bucket:
                    bucket.append((kind, words))
    longest = max(map(len, stems), default=0)
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for kind, text in sorted(inside):
        by_letter.setdefault(text[0], []).append((kind, text))
    return _Table(first, stems, longest, by_letter)


def _words(phrase: str) -> tuple[tuple[str, bool], ...]:
    """A phrase's folded words, each with whether it is a stem (written with a trailing ``*``)."""
    words: list[tuple[str, bool]] = []
    for chunk in phrase.split():
        folded = key(chunk.rstrip("*")).split()
        if not folded:
            raise ValueError(f"wording.json: {phrase!r} has a part with no word")
        words.extend((word, False) for word in folded[:-1])
        words.append((folded[-1], chunk.endswith("*")))
    return tuple(words)
