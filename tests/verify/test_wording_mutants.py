"""The phrases of data/wording.json as the word search reads them, what mutation testing found unheld: a
part that folds into several words (a hyphen) is that many whole words, only a part written with ``*`` is
a stem, and a part with no word is refused by name."""

from __future__ import annotations

import pytest

from amexhelp.verify._wording import _words


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("one-time cod*", (("one", False), ("time", False), ("cod", True))),
        ("e-mail*", (("e", False), ("mail", True))),
        ("verif* your PIN", (("verif", True), ("your", False), ("pin", False))),
    ],
)
def test_a_phrase_is_read_as_folded_words_and_stems(phrase: str, words: tuple[tuple[str, bool], ...]) -> None:
    assert _words(phrase) == words


def test_a_part_with_no_word_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"^wording\.json: 'send \*' has a part with no word$"):
        _words("send *")
