"""Korean particles chosen by the word they follow: "일본을" but "캐나다를", "미국으로" but "서울로".

A Korean particle has one form after a syllable that ends in a consonant (a batchim) and another after
one that does not; the translations write both, as Korean style guides do when the word is not known
("{country}을(를)"), and the form is chosen when a value is put into the sentence, from the last
syllable of the value as it is read aloud: a Hangul syllable by its code point (a syllable is
0xAC00 + (initial × 21 + vowel) × 28 + final), a digit by its Korean name (1 일, 3 삼, 0 영…), a Latin
word by how Korean writes its sound ("Visa" 비자, "--from" 프롬, "ATM" 에이티엠). A value whose
reading cannot be told (a Chinese character) keeps both forms.
"""

from __future__ import annotations

import re

# Each particle as the translations write it, and its forms after a batchim and after a vowel.
PARTICLES = {
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)나": ("이나", "나"),
    "(이)라": ("이라", "라"),
}
# A field of a template and the particle written after it.
_AFTER_FIELD = re.compile(r"(\{([^{}:!]*)([^{}]*)\})(" + "|".join(map(re.escape, PARTICLES)) + ")")
# The finals of a word's last syllable that matter: none, ㄹ (after which (으)로 is 로), another.
NONE, RIEUL, OTHER = "none", "rieul", "other"
_HANGUL_FIRST, _HANGUL_LAST, _RIEUL_FINAL = 0xAC00, 0xD7A3, 8
# The final of each digit's Korean name: 영 일 이 삼 사 오 육 칠 팔 구 (and 십, 백, 천, 만 end in one too).
_DIGITS = dict(zip("0123456789", (OTHER, RIEUL, NONE, OTHER, NONE, NONE, OTHER, RIEUL, RIEUL, NONE), strict=True))
# The final of each Latin letter's Korean name, for an abbreviation: 엘, 엠, 엔, 알; the others end in a vowel.
_LETTERS = {"l": RIEUL, "m": OTHER, "n": OTHER, "r": RIEUL}
# Bidi marks and the punctuation that closes a value ("Congo (Kinshasa)", "«…»") are not read.
_NOT_READ = " \t.,;:!?)]}>»”’\"'\u2066\u2067\u2068\u2069\u200e\u200f"


def final(text: str) -> str | None:
    """How the last syllable of ``text`` ends when read aloud: NONE, RIEUL or OTHER (None: not known)."""
    word = text.rstrip(_NOT_READ)
    if not word:
        return None
    last = word[-1]
    if _HANGUL_FIRST <= ord(last) <= _HANGUL_LAST:
        jong = (ord(last) - _HANGUL_FIRST) % 28
        return NONE if jong == 0 else RIEUL if jong == _RIEUL_FINAL else OTHER
    if last in _DIGITS:
        return _DIGITS[last]
    if last.isascii() and last.isalpha():
        return _latin(re.findall(r"[A-Za-z]+", word)[-1])
    return None


def _latin(word: str) -> str:
    """The last sound of a Latin word as Korean writes it: an abbreviation by its letters' names ("ATM"
    에이티엠, "URL" 유알엘), a word by its ending: -l 엘 (RIEUL); -m, -n, -ng 엠, 엔, 잉; a stop after a
    single vowel ("Chat" 챗, "Club" 클럽, "back" 백); a silent e after m, n or l ("phone" 폰, "mobile"
    모바일); everything else ends in a vowel ("Visa" 비자, "card" 카드, "test" 테스트, "bit.ly" 리)."""
    lower = word.casefold()
    if word.isupper() and len(word) <= 5:
        return _LETTERS.get(lower[-1], NONE)
    if lower.endswith("e") and len(lower) > 2 and lower[-2] in "mnl" and lower[-3] in "aeiouy":
        lower = lower[:-1]
    if lower.endswith("l"):
        return RIEUL
    if lower.endswith(("m", "n")) or lower.endswith("ck"):
        return OTHER
    if lower[-1] in "bcgkpt" and re.search(r"(?:^|[^aeiou])[aeiou][bcgkpt]$|ook$", lower):
        return OTHER
    return NONE


def particle(written: str, ending: str | None) -> str:
    """The form of a particle (as written: "을(를)") after a word that ends as ``ending`` says."""
    if ending is None:
        return written
    after_batchim, after_vowel = PARTICLES[written]
    if written == "(으)로" and ending == RIEUL:
        return after_vowel
    return after_vowel if ending == NONE else after_batchim


class WithParticles(str):
    """A Korean template: the particle written after a field ("{country}을(를)") is chosen by the value
    put into it, when it is put in."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        def resolve(match: re.Match[str]) -> str:
            field, name = match.group(1), match.group(2)
            if not name:  # "{}": which value it takes depends on the fields before it
                return match.group(0)
            try:
                shown = str.format(field, *args, **kwargs)
            except (IndexError, KeyError):
                return match.group(0)
            return field + particle(match.group(4), final(shown))

        return str.format(_AFTER_FIELD.sub(resolve, self), *args, **kwargs)
