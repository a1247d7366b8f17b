"""Answering a lookup: which lines to call, best first, for where you are, whose card it is and what happened.

The core of the tool, and the one place an answer is put together: the renderers only map it.
Settings (the environment) come in as plain values through ``Settings``; nothing here reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from amexhelp.directory import index
from amexhelp.directory.model import PRODUCTS, SUSPECT, Directory, Line, Need, _Record
from amexhelp.errors import InputError
from amexhelp.lookup._ranking import STATUS_RANK as STATUS_RANK
from amexhelp.lookup._ranking import may_give_way, sort_key
from amexhelp.lookup.notices import Notice
from amexhelp.lookup.places import UNKNOWN_REGION, Country, country, resolve_country
from amexhelp.sanitize import MAX_QUERY, bounded

if TYPE_CHECKING:
    from datetime import datetime

    from amexhelp.lookup._query import ParsedQuery
    from amexhelp.lookup.dialing import Dial
    from amexhelp.lookup.hours import Opening

DEFAULT_COUNTRY = "US"
# Lines that take documents, not calls, are never offered as a number to call.
NOT_CALLABLE = frozenset({"fax"})
# How many other markets' lines for callers abroad an answer lists, at most (a list to choose from,
# not a phone book: --card gives the exact one).
MAX_ELSEWHERE = 15


class Settings(NamedTuple):
    """What the user set once (the environment), handed in by the command-line layer."""

    country: str | None = None  # AMEXHELP_COUNTRY: where you are when nothing says
    caller: str | None = None  # AMEXHELP_FROM: where you call from
    card: str | None = None  # AMEXHELP_CARD: the market that issued your card
    locale: str | None = None  # LC_ALL, LC_MESSAGES or LANG: its territory is where you are when nothing says


class Entry(NamedTuple):
    """One line of an answer, with how to reach it from the caller and whose cards it serves."""

    line: Line
    dial: Dial
    scope: str  # "card-market", "local", "elsewhere" or "fallback"
    fits: bool = True  # whether it serves the caller's card product (False: a line for other cards only)
    now: datetime | None = None  # the moment opening hours are read for (None: they are not)

    @property
    def usable(self) -> bool:
        """Whether the entry can be offered as the number to call: it rings from there and is not suspect."""
        return self.dial.reachable and self.line.status != SUSPECT

    @property
    def opening(self) -> Opening | None:
        """Whether the line is open at ``now``, for a line with structured hours (None otherwise).

        Worked out when asked for (each time: it is cheap), so that an answer whose shown lines have no
        structured hours never loads the code that reads them."""
        if self.now is None or self.line.open_hours is None:
            return None
        from amexhelp.lookup.hours import opening

        return opening(self.line.open_hours, self.now)


class OnlyFor(_Record):
    """A market whose lines in the directory are all for other cards than the caller's.

    A plain slotted record: defining a NamedTuple costs start-up (see amexhelp.directory.model)."""

    # market: where you are, or the card's market; products: what its lines are for ("corporate",);
    # wanted: the caller's product ("personal" when none was said)
    __slots__ = (
        "market",
        "products",
        "wanted",
    )

    def __init__(self, market: str, products: tuple[str, ...], wanted: str) -> None:
        self.market = market
        self.products = products
        self.wanted = wanted


# What route() gives: the entries best first, whether where you are has no line of its own, and
# whether the market's lines are all for other cards.
Route = tuple[tuple[Entry, ...], bool, "OnlyFor | None"]


class Answer(NamedTuple):
    query: str | None
    country: Country  # where you are
    # "option", "query", "guess", "from", "unrecognised", "card", "home", "environment", "locale" or "default"
    country_source: str
    need: Need | None
    fallback: bool  # where you are has no line of its own
    entries: tuple[Entry, ...]  # best first
    advice: tuple[str, ...]
    notices: tuple[Notice, ...]
    caller: Country  # where the call is made from
    caller_source: str  # "option", "environment" or "location" (where you are)
    card_market: Country | None = None
    card_source: str | None = None  # "option", "environment" or "text"
    product: str | None = None
    only_for: OnlyFor | None = None  # the market's lines are all for other cards than the caller's
    language: str | None = None  # the one language the query's words are written in, when they say

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(entry.line for entry in self.entries)

    @property
    def first(self) -> Entry | None:
        """The entry to act on: the first one that can be dialled from where the caller is (never a suspect line)."""
        return next((entry for entry in self.entries if entry.usable), None)


def resolve_need(directory: Directory, text: str) -> Need:
    wanted = bounded(text, "--need").strip().casefold()
    for need in directory.needs:
        if need.id == wanted:
            return need
    import difflib

    close = difflib.get_close_matches(wanted, directory.need_ids, n=1, cutoff=0.6)
    raise InputError("unknown-need", value=text, close=close[0] if close else None, known=tuple(directory.need_ids))


def resolve_product(text: str) -> str:
    wanted = bounded(text, "--product").strip().casefold()
    if wanted in PRODUCTS:
        return wanted
    import difflib

    close = difflib.get_close_matches(wanted, PRODUCTS, n=1, cutoff=0.6)
    raise InputError("unknown-product", value=text, close=close[0] if close else None, known=tuple(PRODUCTS))


def resolve_caller(from_option: str | None, settings: Settings) -> tuple[Country, str] | None:
    """Where the caller is: --from, else AMEXHELP_FROM, else unknown."""
    if from_option is not None:
        return resolve_country(from_option, option="--from"), "option"
    if settings.caller:
        return resolve_country(settings.caller, option="AMEXHELP_FROM"), "environment"
    return None


class _Card(_Record):
    """What is known of the card before where you are is: its market and product, and what the words
    said of a home or nationality ("I'm British") that may turn out to be either."""

    __slots__ = ("card", "home", "home_words", "product", "source", "text")

    def __init__(
        self,
        card: Country | None,
        source: str | None,
        product: str | None,
        home: Country | None,  # a home or nationality said without a card word
        home_words: str | None,  # those words, as written
        text: str | None,  # the query without the words that named the card's market
    ) -> None:
        self.card, self.source, self.product = card, source, product
        self.home, self.home_words, self.text = home, home_words, text


def answer(
    directory: Directory,
    query: str | None = None,
    *,
    country_option: str | None = None,
    need_option: str | None = None,
    from_option: str | None = None,
    card_option: str | None = None,
    product_option: str | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> Answer:
    """Resolve what was asked (options win over the query's words) and choose the lines.

    Where you are is, in order: --country, a place in the query, where the caller is (--from or
    AMEXHELP_FROM), the country the words name as the card's or as your home (with no place named, a
    person who names one country is taken to be there), AMEXHELP_COUNTRY, the locale's territory, the
    United States. The call is made from where you are unless --from (or AMEXHELP_FROM) says otherwise.
    The card's market is --card, AMEXHELP_CARD or the words; a home or nationality the words name
    ("I'm British") is the card's market when another place says where you are. ``now`` (an aware
    datetime in the caller's zone) is the moment opening hours are read for; None: they are not.
    """
    settings = settings or Settings()
    notices: list[Notice] = []
    if not directory.origin.bundled:
        notices.append(Notice("data-override", path=directory.origin.path))
    said = _card(query, card_option, product_option, settings, notices)
    parsed = None
    if said.text:
        from amexhelp.lookup._query import parse  # only free text needs the parser and its word index

        parsed = parse(said.text, directory.need_ids)
    called_from = resolve_caller(from_option, settings)
    where, source = _where(parsed, country_option, called_from, said, settings, notices)
    card, card_source = said.card, said.source
    if card is None and said.home is not None and source != "home":
        card, card_source = said.home, "text"
        notices.append(Notice("home-as-card", home=said.home.code, words=said.home_words))
    caller, caller_source = called_from if called_from is not None else (where, "location")
    need = _need(directory, need_option, parsed)
    product = said.product
    if product is None and need is not None and need.id == "business":
        product = "business"

    entries, fallback, only_for = route(
        directory, where.code, caller.code, card.code if card else None, need, product, notices, now
    )
    if where.code != directory.market_for(where.code) and not fallback:
        notices.append(Notice("served-by", country=where.code, market=directory.market_for(where.code)))
    if card is None and fallback and any(entry.scope == "elsewhere" for entry in entries):
        notices.append(Notice("card-unknown"))
    assumed = source in ("default", "environment", "locale")
    if card is None and not assumed and entries and entries[0].scope == "local":
        notices.append(Notice("local-cards-only", country=where.code))
    market = directory.market_for(card.code if card else where.code)
    if market != UNRECOGNISED and not _issuer_line(entries, market, need):
        need_id = need.id if need is not None else None
        notices.insert(0, Notice("no-issuer-line", country=market, product=product or "personal", need=need_id))
    advice = tuple(_advice(directory, need, card.code if card else where.code))
    return Answer(
        query, where, source, need, fallback, entries, advice, tuple(notices), caller, caller_source, card,
        card_source, product, only_for, parsed.language if parsed is not None else None,
    )  # fmt: skip


def _issuer_line(entries: tuple[Entry, ...], market: str, need: Need | None) -> bool:
    """Whether the answer holds a line of ``market`` confirmed on an issuer page, for the caller's card and
    (when one was said) the need."""
    return any(
        entry.line.status == "confirmed"
        and entry.fits
        and entry.line.country == market
        and (need is None or bool(set(need.services) & set(entry.line.services)))
        for entry in entries
    )


def _card(
    query: str | None, card_option: str | None, product_option: str | None, settings: Settings, notices: list[Notice]
) -> _Card:
    """The card's market and product: options, then the words, then the environment."""
    text: str | None = query
    text_card = text_product = role = said = None
    if query:
        from amexhelp.lookup._cardmarket import HOME, read_card

        read = read_card(bounded(query, None, MAX_QUERY))  # refused before any word is read
        text_card, text_product, text, role, said = read.market, read.product, read.rest, read.role, read.said
    home = home_words = None
    if text_card is not None and role == HOME:
        home, home_words = country(text_card), said
    card: Country | None = None
    source: str | None = None
    if card_option is not None:
        card, source = resolve_country(card_option, option="--card"), "option"
        if text_card is not None and text_card != card.code:
            notices.append(Notice("option-clash", option="--card", words=text_card, chosen=card.code))
        home = None
    elif text_card is not None and home is None:
        card, source = country(text_card), "text"
        notices.append(Notice("card-from-words", card=card.code))
    elif settings.card:
        card, source = resolve_country(settings.card, option="AMEXHELP_CARD"), "environment"
        home = None if home is not None and home.code == card.code else home
    product = resolve_product(product_option) if product_option is not None else text_product
    if product_option is not None and text_product is not None and text_product != product:
        notices.append(Notice("option-clash", option="--product", words=text_product, chosen=product))
    return _Card(card, source, product, home, home_words, text)


def _where(
    parsed: ParsedQuery | None,
    country_option: str | None,
    called_from: tuple[Country, str] | None,
    said: _Card,
    settings: Settings,
    notices: list[Notice],
) -> tuple[Country, str]:
    """Where you are, and what said so (see ``answer``)."""
    if country_option is not None:
        return resolve_country(country_option), "option"
    if parsed is not None:
        notices.extend(n for n in parsed.notices if n.code == "word-not-country")
    if parsed is not None and parsed.country is not None:
        where = country(parsed.country)
        named = [n for n in parsed.notices if n.code != "word-not-country"]
        if parsed.place is not None and not any(n.values.get("place") == parsed.place for n in named):
            notices.append(Notice("place-read", place=parsed.place, country=where.code))
        notices.extend(named)  # which of several places, or how a code was read
        return where, "query"
    caller = called_from[0] if called_from is not None else None
    if parsed is not None and (found := _unknown_place(parsed, caller, notices)) is not None:
        return found
    if called_from is not None:
        return called_from[0], "from"
    if said.card is not None and said.source == "text":
        notices.append(Notice("location-from-card", country=said.card.code))
        return said.card, "card"
    if said.home is not None:
        notices.append(Notice("location-from-home", country=said.home.code, words=said.home_words))
        return said.home, "home"
    if settings.country:
        where = resolve_country(settings.country, option="AMEXHELP_COUNTRY")
        notices.append(Notice("country-assumed", country=where.code, basis="environment"))
        return where, "environment"
    territory = locale_territory(settings.locale)
    if territory is not None:
        notices.append(Notice("country-assumed", country=territory.code, basis="locale", locale=settings.locale))
        return territory, "locale"
    notices.append(Notice("country-assumed", country=DEFAULT_COUNTRY, basis="default"))
    return country(DEFAULT_COUNTRY), "default"


def locale_territory(locale: str | None) -> Country | None:
    """The country of a POSIX locale name ("de_DE.UTF-8", "pt_BR", "sr_RS@latin"), if it names one."""
    if not locale:
        return None
    name = locale.split(".", 1)[0].split("@", 1)[0]
    parts = name.replace("-", "_").split("_")
    code = parts[-1].upper() if len(parts) > 1 else ""
    if len(code) != 2 or not code.isalpha() or code not in index.country_names() or code == UNKNOWN_REGION:
        return None
    return country(code)


def _need(directory: Directory, need_option: str | None, parsed: ParsedQuery | None) -> Need | None:
    if need_option is not None:
        return resolve_need(directory, need_option)
    if parsed is not None and parsed.need is not None:
        return directory.need(parsed.need)
    return None


def _advice(directory: Directory, need: Need | None, market: str) -> list[str]:
    """The need's advice (or the safety advice) that applies to cards of ``market``."""
    if need is None:
        return list(directory.safety)
    return [item.text for item in need.advice if not item.markets or market in item.markets]


def route(
    directory: Directory,
    where: str,
    caller: str,
    card: str | None,
    need: Need | None,
    product: str | None,
    notices: list[Notice],
    now: datetime | None = None,
) -> Route:
    """The entries to show, best first, whether where you are has no line of its own, and whether the
    market's lines are all for other cards than the caller's.

    A line for other cards only (corporate, Platinum…) is never first: where a market has nothing else,
    the regional and worldwide lines come first and its lines follow, marked as not fitting.
    """
    ask = _Ask(
        directory,
        directory.market_for(where),
        caller,
        None if card is None else directory.market_for(card),
        need,
        product,
        notices,
    )
    own = _callable(directory.lines_for_country(ask.where))
    # A suspect line (a red flag on its number) is kept as evidence: shown last, never ranked or offered first.
    suspect = [line for line in own if line.status == SUSPECT]
    own = [line for line in own if line.status != SUSPECT]
    if ask.card is not None and ask.card != ask.where:
        chosen, only_for = _card_market_first(ask, ask.card, own)
    elif own:
        chosen, only_for = _own_lines(ask, own)
    else:
        chosen, only_for = _no_own_line(ask, bool(suspect)), None
    chosen.extend((line, "local") for line in suspect)
    entries = _entries(ask, chosen, now)
    if now is not None:
        entries = _open_first(entries)
    return tuple(entries), not own, only_for


class _Ask(_Record):
    """What a route is for: markets resolved to the ones whose lines serve them (``market_for``)."""

    __slots__ = ("caller", "card", "directory", "need", "notices", "product", "where")

    def __init__(
        self,
        directory: Directory,
        where: str,
        caller: str,
        card: str | None,
        need: Need | None,
        product: str | None,
        notices: list[Notice],
    ) -> None:
        self.directory, self.where, self.caller, self.card = directory, where, caller, card
        self.need, self.product, self.notices = need, product, notices

    @property
    def wanted(self) -> str:
        return self.product or "personal"

    def ranked(self, lines: list[Line], market: str, notices: list[Notice] | None) -> list[Line]:
        return _ranked(lines, self.need, self.product, self.directory, market, notices)

    def reachable(self, line: Line) -> bool:
        from amexhelp.lookup.dialing import dial_from

        return dial_from(line, self.caller).reachable


Chosen = list[tuple[Line, str]]


def _card_market_first(ask: _Ask, card: str, own: list[Line]) -> tuple[Chosen, OnlyFor | None]:
    """A card from another market: that market's lines first (those that ring from where you call),
    then the local ones."""
    directory, caller = ask.directory, ask.caller
    chosen: Chosen = []
    only_for = None
    home_lines = _callable(directory.lines_for_country(card))
    home = ask.ranked(home_lines, card, ask.notices)
    if home_lines and not any(_fits(line, ask.wanted) for line in home_lines):
        only_for = OnlyFor(card, _products(home_lines), ask.wanted)
        chosen.append((directory.fallback, "fallback"))
    chosen.extend((line, "card-market") for line in _for_caller(home, caller))
    if not any(ask.reachable(line) for line, _ in chosen):
        ask.notices.append(Notice("card-lines-unreachable", card=card, caller=caller))
        chosen.insert(0, (directory.fallback, "fallback"))
    elif not any(line.status == "confirmed" and ask.reachable(line) for line, _ in chosen):
        chosen.append((directory.fallback, "fallback"))  # no issuer line rings from there: the worldwide one stays
    travel = ask.need is not None and ask.need.id == "travel" and directory.market_for(caller) != card
    if travel and not any("travel" in line.services and ask.reachable(line) for line, _ in chosen):
        ask.notices.append(Notice("no-travel-line", card=card, caller=caller))
    chosen.extend((line, "local") for line in ask.ranked(own, ask.where, None))
    return chosen, only_for


def _own_lines(ask: _Ask, own: list[Line]) -> tuple[Chosen, OnlyFor | None]:
    """A market with lines of its own: those, ranked; behind the regional and worldwide lines when they
    are all for other cards, behind the worldwide line when none rings from where you call."""
    directory, where = ask.directory, ask.where
    chosen: Chosen = []
    only_for = None
    ranked = _for_caller(ask.ranked(own, where, ask.notices), ask.caller)
    if not any(_fits(line, ask.wanted) for line in own):
        only_for = OnlyFor(where, _products(own), ask.wanted)
        chosen.extend((line, "fallback") for line in _area_lines(directory, where, ask.need, ask.product))
        chosen.append((directory.fallback, "fallback"))
    elif ranked and not any(ask.reachable(line) for line in ranked):
        ask.notices.append(Notice("lines-unreachable", country=where, caller=ask.caller))
        chosen.append((directory.fallback, "fallback"))
    chosen.extend((line, "card-market" if ask.card == where else "local") for line in ranked)
    if not any(line.status == "confirmed" and ask.reachable(line) for line in ranked):
        # No issuer line rings from where you call: the worldwide number stays among the choices.
        chosen.append((directory.fallback, "fallback"))
    if ask.card is None:
        chosen.extend((line, "elsewhere") for line in _from_abroad(directory, where, ask.need, ask.caller))
    return chosen, only_for


def _no_own_line(ask: _Ask, suspect: bool) -> Chosen:
    """A place with no line of its own to offer: its area's lines, the worldwide line, and (whatever
    market the card is from) the lines for callers abroad."""
    directory, where = ask.directory, ask.where
    area_lines = _area_lines(directory, where, ask.need, ask.product)
    chosen: Chosen = [(line, "fallback") for line in area_lines]
    chosen.append((directory.fallback, "fallback"))
    if ask.card is None:
        chosen.extend((line, "elsewhere") for line in _from_abroad(directory, where, ask.need, ask.caller))
    if where != UNRECOGNISED:  # an unknown place was said already
        ask.notices.append(
            Notice("no-own-line", country=where, area="yes" if area_lines else None, suspect="yes" if suspect else None)
        )
    return chosen


def _entries(ask: _Ask, chosen: Chosen, now: datetime | None) -> list[Entry]:
    """One entry per number, in the order chosen; the worldwide line first when none can be offered."""
    from amexhelp.lookup.dialing import dial_from

    entries = []
    seen: set[str] = set()
    for line, scope in chosen:
        key = line.e164 or line.domestic_dial or line.id
        if key not in seen:
            seen.add(key)
            entries.append(Entry(line, dial_from(line, ask.caller), scope, _fits(line, ask.wanted), now))
    if entries and not any(entry.usable for entry in entries):
        fallback = ask.directory.fallback
        entries.insert(0, Entry(fallback, dial_from(fallback, ask.caller), "fallback", True, now))
        ask.notices.append(Notice("nothing-reachable", caller=ask.caller))
    return entries


def _fits(line: Line, wanted: str) -> bool:
    """Whether a line serves a card member with cards of product ``wanted`` (a line for no product serves
    every card; a line for programme administrators, merchants or one co-branded card serves none)."""
    return line.for_cardmembers and (not line.products or wanted in line.products)


def _products(lines: list[Line]) -> tuple[str, ...]:
    """The products a market's lines are for, in the order of PRODUCTS."""
    found = {product for line in lines if line.for_cardmembers for product in line.products}
    return tuple(product for product in PRODUCTS if product in found) + tuple(sorted(found - set(PRODUCTS)))


def _area_lines(directory: Directory, where: str, need: Need | None, product: str | None) -> list[Line]:
    """The lines of the regions a market is in (the Europe line), best first."""
    lines = [line for area in directory.areas_of(where) for line in directory.lines_for_area(area.id)]
    return _ranked(lines, need, product, directory, where, None)


def _open_first(entries: list[Entry]) -> list[Entry]:
    """A closed line is not the one to act on when a line open now, for the same purpose, cards and
    part of the answer, can be dialled too: that line takes its place (the rest keep their order)."""
    first = next((i for i, entry in enumerate(entries) if entry.usable), None)
    if first is None:
        return entries
    closed = entries[first]
    state = closed.opening
    if state is None or state.open_now is not False:
        return entries
    for i in range(first + 1, len(entries)):
        other = entries[i]
        if (
            other.usable
            and other.scope == closed.scope
            and other.fits >= closed.fits
            and may_give_way(closed.line, other.line)
            and closed.line.service in other.line.services
            and (found := other.opening) is not None
            and found.open_now
        ):
            return [*entries[:first], other, *entries[first:i], *entries[i + 1 :]]
    return entries


def _callable(lines: tuple[Line, ...]) -> list[Line]:
    return [line for line in lines if not set(line.services) <= NOT_CALLABLE]


def _ranked(
    lines: list[Line],
    need: Need | None,
    product: str | None,
    directory: Directory,
    market: str,
    notices: list[Notice] | None,
    *,
    strict: bool = False,
) -> list[Line]:
    """A market's lines for a need and card product, best first, by the rules of ``_ranking.RULES``.

    For a need, only the lines whose purpose serves it (else the general lines). Lines for another
    product are left out (unless nothing else is left, and not even then when ``strict``); lines for
    programme administrators, merchants or one co-branded card come after the card members' lines
    (and not at all when ``strict``).
    """
    wanted = product or "personal"
    fits = [line for line in lines if _fits(line, wanted)]
    if product is not None and notices is not None and not any(product in line.products for line in fits) and fits:
        notices.append(Notice("product-not-listed", product=product, country=market))
    if not fits and not strict:
        fits = [line for line in lines if line.for_cardmembers]
    others = [] if strict else [line for line in lines if not line.for_cardmembers]
    key = sort_key(need, product)
    return sorted(_serving(fits, need), key=key) + sorted(_serving(others, need), key=key)


def _serving(lines: list[Line], need: Need | None) -> list[Line]:
    """The lines whose purpose serves the need (else the general ones, else all); all for no need."""
    if need is None:
        return lines
    matching = [line for line in lines if set(need.services) & set(line.services)]
    return matching or [line for line in lines if "general" in line.services] or lines


def _for_caller(lines: list[Line], caller: str) -> list[Line]:
    """Lines ordered for where the caller is: reachable first; from abroad, the lines meant for callers
    abroad first; at home, the domestic ones. Otherwise the order is kept."""
    from amexhelp.directory import index
    from amexhelp.lookup.dialing import dial_from

    codes = index.calling_codes()

    def key(line: Line) -> tuple[bool, bool, bool, bool]:
        reachable = dial_from(line, caller).reachable
        home = line.country is not None and codes.get(line.country) == codes.get(caller)
        freephone = line.number_type == "TOLL_FREE"
        # At home, a line printed for callers abroad comes after the others, unless it is a freephone
        # (a page printing it for callers abroad too); from abroad, those lines come first, and a
        # freephone is the less sure way in, even where a page prints it.
        for_elsewhere = line.from_abroad and not freephone if home else not line.from_abroad
        # A line for programme administrators, merchants or one co-branded card stays after the others.
        return (not line.for_cardmembers, not reachable, for_elsewhere, not home and freephone)

    return sorted(lines, key=key)


def _from_abroad(directory: Directory, where: str, need: Need | None, caller: str) -> list[Line]:
    """For cards issued elsewhere: every other market's line meant for callers abroad (one per market,
    the best for the need), that rings from where the caller is."""
    from amexhelp.lookup.dialing import dial_from

    wanted = set(need.services if need is not None else ("lost", "fraud", "general"))
    found: list[Line] = []
    for market in directory.markets_with_lines_for_callers_abroad:
        if market == where:
            continue
        abroad = [
            line
            for line in directory.lines_for_callers_abroad(market)
            if set(line.services) & wanted and line.for_cardmembers
        ]
        ranked = _ranked(_callable(tuple(abroad)), need, None, directory, market, None, strict=True)
        usable = [
            line for line in ranked if line.status not in ("disputed", SUSPECT) and dial_from(line, caller).reachable
        ]
        if usable:
            found.append(_for_caller(usable, caller)[0])
            if len(found) == MAX_ELSEWHERE:
                break
    return found


# A place the query names but that is not known ----------------------------------------------------

# Where an answer is for when the query names a place that could not be recognised: only the numbers
# that work from anywhere.
UNRECOGNISED = UNKNOWN_REGION


def _unknown_place(parsed: ParsedQuery, caller: Country | None, notices: list[Notice]) -> tuple[Country, str] | None:
    """Where to answer for when the query names a place that is not known: its close match ("Japna":
    Japan), else where the caller is, else nowhere (the worldwide number). None when it names none."""
    if parsed.unknown_place is None:
        return None
    if parsed.guess is not None:
        where = country(parsed.guess)
        notices.append(Notice("place-guessed", place=parsed.unknown_place, country=where.code))
        return where, "guess"
    if caller is not None:
        notices.append(Notice("place-unrecognised", place=parsed.unknown_place, country=caller.code))
        return caller, "from"
    notices.append(Notice("place-unrecognised", place=parsed.unknown_place, country=None))
    return country(UNRECOGNISED), "unrecognised"
