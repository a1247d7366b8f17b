"""The notices that say how a place was read, value by value: the words as written, the country
chosen, and the other places the name could be (a division where it has a name, else a country).

From the world: Paris is France's capital and a city in Texas; Kingston is Jamaica's capital and a city
in Ontario, in New York state and on Norfolk Island; Salvador is El Salvador and a city in Brazil, and
an English sentence says nothing of which; OR and PA after a US city are Oregon and Pennsylvania, and
PA is also Panama's code, OR no country's; JP is Japan's code."""

from __future__ import annotations

import pytest

from amexhelp.lookup._query import parse
from amexhelp.lookup.notices import Notice

READ_WITH_A_NOTICE = [
    ("card stolen in JP", "JP", Notice("code-read", code="JP", country="JP")),  # JP: Japan's ISO code
    ("lost card in Paris", "FR", Notice("place-ambiguous", place="Paris", country="FR", places="FR US-TX")),
    (
        "lost card in Kingston",
        "JM",
        Notice("place-ambiguous", place="Kingston", country="JM", places="JM CA-ON US-NY NF"),
    ),
    ("lost my card in Salvador", "SV", Notice("place-ambiguous", place="Salvador", country="SV", places="SV BR")),
    (
        "estou em Salvador, perdi o cartão",
        "BR",
        Notice("place-ambiguous", place="Salvador", country="BR", places="BR SV"),
    ),
    (
        "lost card in Portland, OR",
        "US",
        Notice("code-read", code="OR", country="US", division="US-OR", not_country=None),
    ),
    (
        "card stolen in Lebanon, PA",
        "US",
        Notice("code-read", code="PA", country="US", division="US-PA", not_country="PA"),
    ),
]


@pytest.mark.parametrize(("text", "country", "notice"), READ_WITH_A_NOTICE)
def test_the_notice_names_what_was_read_and_what_else_it_could_be(text: str, country: str, notice: Notice) -> None:
    parsed = parse(text, ("lost-card",))
    assert (parsed.text, parsed.country) == (text, country)
    assert parsed.notices == (notice,)


@pytest.mark.parametrize("text", ["card stolen in JP", "lost card in Paris"])
def test_the_words_that_said_where_are_kept(text: str) -> None:
    assert parse(text, ("lost-card",)).span == (3, 4)  # the fourth word alone


def test_a_slip_of_a_country_name_is_a_guess_that_keeps_the_need() -> None:
    # "Turky" is one letter from Turkey: a guess, said as one, not a place read.
    parsed = parse("lost card in Turky", ("lost-card",))
    assert (parsed.text, parsed.need, parsed.country) == ("lost card in Turky", "lost-card", None)
    assert (parsed.unknown_place, parsed.guess) == ("Turky", "TR")
