"""The language a query is written in, from the whole sentence: its script first, then its words.

- Hangul is Korean; kana is Japanese; Chinese characters alone are Chinese, Traditional when more of
  its characters exist only in Traditional Chinese than only in Simplified (OpenCC's tables, compiled
  at build time into ``data/language.json``).
- In the other scripts (Latin, Cyrillic, Arabic, Devanagari) each word counts for the languages it is
  a word of (stopwords-iso's function words, and the everyday and need words of tools/data/words/),
  a word shared by several languages less than a word of one: "meine Karte wurde gestohlen" is
  German, "se me perdió la tarjeta" Spanish, whether or not its need words are known.
- A sentence in a language the tool does not answer in gets that language all the same (the caller
  answers it in English); one with no word of any language known gets none, except that Cyrillic,
  Arabic and Devanagari text is Russian, Arabic and Hindi unless its words say otherwise.

The script is the one most of the sentence's letters are written in (a character of a script written
without spaces counts as two letters: "ATM吞卡了" is Chinese, "lost card in 東京" English).
"""

from __future__ import annotations

from collections.abc import Iterable

from amexhelp.directory import index

LATIN, CYRILLIC, ARABIC, DEVANAGARI, HANGUL, KANA, HAN = "Latn", "Cyrl", "Arab", "Deva", "Hang", "Kana", "Hani"

# Code point ranges of the scripts told apart, in the order they are tried.
_SCRIPTS = (
    (LATIN, ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))),
    (CYRILLIC, ((0x400, 0x4FF),)),
    (ARABIC, ((0x600, 0x6FF), (0x750, 0x77F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    (DEVANAGARI, ((0x900, 0x97F),)),
    (HANGUL, ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    (KANA, ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    (HAN, ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))),
)
# Scripts written without spaces: a character says about as much as a word of two letters.
_DENSE = frozenset({HANGUL, KANA, HAN})
# The language a script's text is in when its words do not say (None: they must say).
_DEFAULT = {LATIN: None, CYRILLIC: "ru", ARABIC: "ar", DEVANAGARI: "hi"}
ENGLISH = "en"


def script_of(text: str) -> str | None:
    """The script most of the text's letters are written in (kana wins over Chinese characters beside
    it: Japanese writes both), or None for text with no letter of a script the tool reads."""
    counts: dict[str, int] = {}
    for ch in text:
        point = ord(ch)
        for script, ranges in _SCRIPTS:
            if any(low <= point <= high for low, high in ranges):
                counts[script] = counts.get(script, 0) + (2 if script in _DENSE else 1)
                break
    if not counts:
        return None
    if KANA in counts:
        counts[KANA] += counts.pop(HAN, 0)
    return max(counts, key=lambda script: (counts[script], script == LATIN))


def language_of(text: str) -> str | None:
    """The language of a text (ISO 639-1, "zh-TW" for Traditional Chinese), or None when nothing in it
    says. The issuer's name, in any script, says nothing ("アメリカン・エキスプレス card gone" is English)."""
    from amexhelp.directory.folding import words
    from amexhelp.lookup._brand import without

    text = without(text)
    script = script_of(text)
    if script is None:
        return None
    if script == HANGUL:
        return "ko"
    if script == KANA:
        return "ja"
    if script == HAN:
        return _chinese(text)
    return _by_words(words(text), script) or _DEFAULT[script]


def _chinese(text: str) -> str:
    """Traditional ("zh-TW") when more of the characters exist only in Traditional Chinese, else "zh"."""
    table = index.load_language()
    traditional = sum(ch in table["traditional"] for ch in text)
    simplified = sum(ch in table["simplified"] for ch in text)
    return "zh-TW" if traditional > simplified else "zh"


def _by_words(words: Iterable[str], script: str) -> str | None:
    """The language most of the words belong to, a word of k languages counting 1/k for each; English
    wins a tie it is in, and another tie says nothing."""
    scores: dict[str, float] = {}
    for word in words:
        languages = index.languages_of(word) if script_of(word) == script else ()
        if not languages:
            continue
        for language in languages:
            scores[language] = scores.get(language, 0.0) + 1 / len(languages)
    if not scores:
        return None
    best = max(scores.values())
    leaders = [language for language, score in scores.items() if score >= best - 1e-9]
    if len(leaders) == 1:
        return leaders[0]
    return ENGLISH if ENGLISH in leaders else None
