"""Answering a lookup: which lines to call, best first, for where you are, whose card it is and what happened.

The core of the tool, and the one place an answer is put together: the renderers only map it.
Settings (the environment) come in as plain values through ``Settings``; nothing here reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amexhelp.directory import index
from amexhelp.directory.model import PRODUCTS, SUSPECT, Directory, Line, Need, _Record
from amexhelp.errors import InputError
from amexhelp.lookup._ranking import STATUS_RANK as STATUS_RANK
from amexhelp.lookup._ranking import may_give_way, sort_key
from amexhelp.lookup.notices import Notice
from amexhelp.lookup.places import UNKNOWN_REGION, Country, country, resolve_country
from amexhelp.sanitize import bounded

if TYPE_CHECKING:
    from datetime import datetime

    from amexhelp.lookup._cardmarket import CardWords
    from amexhelp.lookup._query import ParsedQuery
    from amexhelp.lookup._reading import Reading
    from amexhelp.lookup.dialing import Dial
    from amexhelp.lookup.hours import Opening

DEFAULT_COUNTRY = "US"
# Lines that take documents, not calls, are never offered as a number to call.
NOT_CALLABLE = frozenset({"fax"})
# How many other markets' lines for callers abroad an answer lists, at most (a list to choose from,
# not a phone book: --card gives the exact one).
MAX_ELSEWHERE = 15


class Settings(_Record):
    """What the user set once (the environment), handed in by the command-line layer."""

    # country: AMEXHELP_COUNTRY, where you are when nothing says; caller: AMEXHELP_FROM, where you call
    # from; card: AMEXHELP_CARD, the market that issued your card; locale: LC_ALL, LC_MESSAGES or LANG,
    # whose territory is where you are when nothing says
    __slots__ = ("caller", "card", "country", "locale")

    def __init__(
        self, country: str | None = None, caller: str | None = None, card: str | None = None, locale: str | None = None
    ) -> None:
        self.country, self.caller, self.card, self.locale = country, caller, card, locale


class Entry(_Record):
    """One line of an answer: how to reach it from the caller (worked out once, by ``dial_from``), whose
    cards it serves, and whether it is open at the moment the answer is for (worked out once, when the
    entry is made; None for a line without structured hours, or when no moment was given)."""

    # scope: "card-market", "local", "elsewhere" or "fallback"; fits: whether it serves the caller's card
    # product (False: a line for other cards only)
    __slots__ = ("dial", "fits", "line", "opening", "scope")

    def __init__(self, line: Line, dial: Dial, scope: str, fits: bool = True, opening: Opening | None = None) -> None:
        self.line, self.dial, self.scope, self.fits, self.opening = line, dial, scope, fits, opening

    @property
    def usable(self) -> bool:
        """Whether the entry can be offered as the number to call: it rings from there and is not suspect."""
        return self.dial.reachable and self.line.status != SUSPECT


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


class Answer(_Record):
    """A lookup's answer: what was understood, the entries best first, the advice and the notices."""

    # country: where you are; country_source: "option", "query", "guess", "from", "unrecognised", "card",
    # "home", "environment", "locale" or "default"; fallback: where you are has no line of its own;
    # caller: where the call is made from, caller_source: "option", "environment" or "location" (where
    # you are); card_source: "option", "environment" or "text"; only_for: the market's lines are all for
    # other cards than the caller's; language: the one language the query's words are written in
    __slots__ = (
        "advice", "caller", "caller_source", "card_market", "card_source", "country", "country_source", "entries",
        "fallback", "language", "need", "notices", "only_for", "product", "query",
    )  # fmt: skip

    def __init__(
        self,
        query: str | None,
        country: Country,
        country_source: str,
        need: Need | None,
        fallback: bool,
        entries: tuple[Entry, ...],
        advice: tuple[str, ...],
        notices: tuple[Notice, ...],
        caller: Country,
        caller_source: str,
        card_market: Country | None = None,
        card_source: str | None = None,
        product: str | None = None,
        only_for: OnlyFor | None = None,
        language: str | None = None,
    ) -> None:
        self.query, self.country, self.country_source, self.need = query, country, country_source, need
        self.fallback, self.entries, self.advice, self.notices = fallback, entries, advice, notices
        self.caller, self.caller_source, self.card_market, self.card_source = (
            caller,
            caller_source,
            card_market,
            card_source,
        )
        self.product, self.only_for, self.language = product, only_for, language

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
    """What is known of the card before where you are is: its market and product, what the words said of
    a home or nationality ("I'm British") that may turn out to be either, and the notices that says."""

    __slots__ = ("card", "home", "home_words", "notices", "product", "source", "text")

    def __init__(
        self,
        card: Country | None,
        source: str | None,
        product: str | None,
        home: Country | None,  # a home or nationality said without a card word
        home_words: str | None,  # those words, as written
        text: Reading | None,  # the query's reading without the words that named the card's market
        notices: tuple[Notice, ...] = (),
    ) -> None:
        self.card, self.source, self.product = card, source, product
        self.home, self.home_words, self.text, self.notices = home, home_words, text, notices


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
    notices = [Notice("data-override", path=directory.origin.path)] if not directory.origin.bundled else []
    said = _card(query, card_option, product_option, settings)
    notices.extend(said.notices)
    parsed = _parsed(directory, said)
    called_from = resolve_caller(from_option, settings)
    where, source = _where(parsed, country_option, called_from, said, settings, notices)
    card, card_source, home_notices = _card_market(said, source)
    caller, caller_source = called_from if called_from is not None else (where, "location")
    need = _need(directory, need_option, parsed)
    product = said.product or ("business" if need is not None and need.id == "business" else None)
    routed = route(directory, where.code, caller.code, card.code if card else None, need, product, now)
    issuer = _no_issuer_line(directory, routed.entries, card or where, need, product)
    after = _after_route(directory, where, source, card, routed)
    advice = tuple(_advice(directory, need, card.code if card else where.code))
    return Answer(
        query, where, source, need, routed.fallback, routed.entries, advice,
        (*issuer, *notices, *home_notices, *routed.notices, *after), caller, caller_source, card, card_source,
        product, routed.only_for, _language_of(query),
    )  # fmt: skip


def _parsed(directory: Directory, said: _Card) -> ParsedQuery | None:
    """The query's words read for a place and a need (None without words)."""
    if said.text is None or not said.text.originals:
        return None
    from amexhelp.lookup._query import parse  # only free text needs the parser and its word index

    return parse(said.text, directory.need_ids)


def _card_market(said: _Card, source: str) -> tuple[Country | None, str | None, tuple[Notice, ...]]:
    """The card's market once where you are is known: a home or nationality the words named is the
    card's market when something else said where you are."""
    if said.card is None and said.home is not None and source != "home":
        return said.home, "text", (Notice("home-as-card", home=said.home.code, words=said.home_words),)
    return said.card, said.source, ()


def _after_route(
    directory: Directory, where: Country, source: str, card: Country | None, routed: Routed
) -> list[Notice]:
    """What the route says of the answer as a whole: a place served by another market, a card whose
    market is not known, lines for the local market's cards only."""
    found = []
    market = directory.market_for(where.code)
    if where.code != market and not routed.fallback:
        found.append(Notice("served-by", country=where.code, market=market))
    if card is None and routed.fallback and any(entry.scope == "elsewhere" for entry in routed.entries):
        found.append(Notice("card-unknown"))
    local = bool(routed.entries) and routed.entries[0].scope == "local"
    if card is None and local and source not in ("default", "environment", "locale"):
        found.append(Notice("local-cards-only", country=where.code))
    return found


def _language_of(query: str | None) -> str | None:
    """The language of the whole query, the words that named the card's market included ("美國的卡")."""
    if not query:
        return None
    from amexhelp.lookup._language import language_of

    return language_of(query)


def _no_issuer_line(
    directory: Directory, entries: tuple[Entry, ...], card: Country, need: Need | None, product: str | None
) -> tuple[Notice, ...]:
    """A notice, first of all, when the answer holds no line of the card's market confirmed on an issuer
    page for the caller's card and (when one was said) the need."""
    market = directory.market_for(card.code)
    if market == UNRECOGNISED or any(_issuer_line(entry, market, need) for entry in entries):
        return ()
    need_id = need.id if need is not None else None
    return (Notice("no-issuer-line", country=market, product=product or "personal", need=need_id),)


def _issuer_line(entry: Entry, market: str, need: Need | None) -> bool:
    """Whether an entry is a line of ``market`` confirmed on an issuer page, for the caller's card and
    (when one was said) the need."""
    line = entry.line
    serves = need is None or bool(set(need.services) & set(line.services))
    return line.status == "confirmed" and entry.fits and line.country == market and serves


def _card(query: str | None, card_option: str | None, product_option: str | None, settings: Settings) -> _Card:
    """The card's market and product: options, then the words, then the environment."""
    words = _card_words(query)
    text_card = words.market if words is not None else None
    home, home_words = _home(words)
    card, source, home, notices = _card_country(text_card, home, card_option, settings)
    text_product = words.product if words is not None else None
    product = resolve_product(product_option) if product_option is not None else text_product
    if product_option is not None and text_product is not None and text_product != product:
        notices = (*notices, Notice("option-clash", option="--product", words=text_product, chosen=product))
    return _Card(card, source, product, home, home_words, words.rest if words is not None else None, notices)


def _card_words(query: str | None) -> CardWords | None:
    """What the words say of the card (None without words): the one reading of the query, refused
    first when it is too long."""
    if not query:
        return None
    from amexhelp.lookup._cardmarket import read_card
    from amexhelp.lookup._reading import read

    return read_card(read(query))


def _home(words: CardWords | None) -> tuple[Country | None, str | None]:
    """A home or nationality the words name without a card word ("I'm British"), and those words."""
    if words is None or words.market is None:
        return None, None
    from amexhelp.lookup._cardmarket import HOME

    return (country(words.market), words.said) if words.role == HOME else (None, None)


def _card_country(
    text_card: str | None, home: Country | None, card_option: str | None, settings: Settings
) -> tuple[Country | None, str | None, Country | None, tuple[Notice, ...]]:
    """The card's market, what said so, the home that may still be the card's, and the notices."""
    if card_option is not None:
        card = resolve_country(card_option, option="--card")
        if text_card is not None and text_card != card.code:
            return card, "option", None, (Notice("option-clash", option="--card", words=text_card, chosen=card.code),)
        return card, "option", None, ()
    if text_card is not None and home is None:
        card = country(text_card)
        return card, "text", None, (Notice("card-from-words", card=card.code),)
    if settings.card:
        card = resolve_country(settings.card, option="AMEXHELP_CARD")
        return card, "environment", None if home is not None and home.code == card.code else home, ()
    return None, None, home, ()


def _where(
    parsed: ParsedQuery | None,
    country_option: str | None,
    called_from: tuple[Country, str] | None,
    said: _Card,
    settings: Settings,
    notices: list[Notice],
) -> tuple[Country, str]:
    """Where you are, and what said so (see ``answer``): the option, the text, where you call from, the
    card or home the text names, then an assumption (the environment, the locale, the default)."""
    if country_option is not None:
        return resolve_country(country_option), "option"
    if parsed is not None:
        caller = called_from[0] if called_from is not None else None
        found = _where_in_text(parsed, caller, notices)
        if found is not None:
            return found
    if called_from is not None:
        return called_from[0], "from"
    return _where_said(said, notices) or _where_assumed(settings, notices)


def _where_in_text(parsed: ParsedQuery, caller: Country | None, notices: list[Notice]) -> tuple[Country, str] | None:
    """The place the text names, or the answer to a place it names that cannot be read."""
    notices.extend(n for n in parsed.notices if n.code == "word-not-country")
    if parsed.country is None:
        return _unknown_place(parsed, caller, notices)
    where = country(parsed.country)
    named = [n for n in parsed.notices if n.code != "word-not-country"]
    if parsed.place is not None and not any(n.values.get("place") == parsed.place for n in named):
        notices.append(Notice("place-read", place=parsed.place, country=where.code))
    notices.extend(named)  # which of several places, or how a code was read
    return where, "query"


def _where_said(said: _Card, notices: list[Notice]) -> tuple[Country, str] | None:
    """Where the card the text names was issued, or the home it names, when no place is named."""
    if said.card is not None and said.source == "text":
        notices.append(Notice("location-from-card", country=said.card.code))
        return said.card, "card"
    if said.home is not None:
        notices.append(Notice("location-from-home", country=said.home.code, words=said.home_words))
        return said.home, "home"
    return None


def _where_assumed(settings: Settings, notices: list[Notice]) -> tuple[Country, str]:
    """A country assumed, with a notice saying so: AMEXHELP_COUNTRY, the locale's territory, the default."""
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


class Routed(_Record):
    """What route() gives: the entries best first, whether where you are has no line of its own, whether
    the market's lines are all for other cards, and the notices the route raised, in order."""

    __slots__ = ("entries", "fallback", "notices", "only_for")

    def __init__(
        self, entries: tuple[Entry, ...], fallback: bool, only_for: OnlyFor | None, notices: tuple[Notice, ...]
    ) -> None:
        self.entries, self.fallback, self.only_for, self.notices = entries, fallback, only_for, notices


def route(
    directory: Directory,
    where: str,
    caller: str,
    card: str | None,
    need: Need | None,
    product: str | None,
    now: datetime | None = None,
) -> Routed:
    """The entries to show, best first, whether where you are has no line of its own, and whether the
    market's lines are all for other cards than the caller's.

    A line for other cards only (corporate, Platinum…) is never first: where a market has nothing else,
    the regional and worldwide lines come first and its lines follow, marked as not fitting.
    """
    market = None if card is None else directory.market_for(card)
    ask = _Ask(directory, directory.market_for(where), caller, market, need, product)
    own = _callable(directory.lines_for_country(ask.where))
    # A suspect line (a red flag on its number) is kept as evidence: shown last, never ranked or offered first.
    suspect = [line for line in own if line.status == SUSPECT]
    own = [line for line in own if line.status != SUSPECT]
    if ask.card is not None and ask.card != ask.where:
        step = _card_market_first(ask, ask.card, own)
    elif own:
        step = _own_lines(ask, own)
    else:
        step = _no_own_line(ask, bool(suspect))
    chosen = [*step.chosen, *((line, "local") for line in suspect)]
    entries, nothing = _entries(ask, chosen, now)
    if now is not None:
        entries = _open_first(entries)
    return Routed(tuple(entries), not own, step.only_for, (*step.notices, *nothing))


Chosen = list[tuple[Line, str]]


class _Ask(_Record):
    """What a route is for: markets resolved to the ones whose lines serve them (``market_for``). Each
    line's dialling from the caller is worked out once, here, and carried into its entry."""

    __slots__ = ("caller", "card", "dials", "directory", "need", "product", "where")

    def __init__(
        self, directory: Directory, where: str, caller: str, card: str | None, need: Need | None, product: str | None
    ) -> None:
        self.directory, self.where, self.caller, self.card = directory, where, caller, card
        self.need, self.product = need, product
        self.dials: dict[str, Dial] = {}

    @property
    def wanted(self) -> str:
        return self.product or "personal"

    def ranked(self, lines: list[Line]) -> list[Line]:
        return _ranked(lines, self.need, self.product)

    def dial(self, line: Line) -> Dial:
        found = self.dials.get(line.id)
        if found is None:
            from amexhelp.lookup.dialing import dial_from

            found = self.dials[line.id] = dial_from(line, self.caller)
        return found

    def reachable(self, line: Line) -> bool:
        return self.dial(line).reachable

    def entry(self, line: Line, scope: str, now: datetime | None, fits: bool | None = None) -> Entry:
        fitting = _fits(line, self.wanted) if fits is None else fits
        return Entry(line, self.dial(line), scope, fitting, _opening(line, now))

    def for_caller(self, lines: list[Line]) -> list[Line]:
        """Lines ordered for where the caller is: reachable first; from abroad, the lines meant for callers
        abroad first; at home, the domestic ones. Otherwise the order is kept."""
        codes = index.calling_codes()
        here = codes.get(self.caller)

        def key(line: Line) -> tuple[bool, bool, bool, bool]:
            home = line.country is not None and codes.get(line.country) == here
            freephone = line.number_type == "TOLL_FREE"
            # At home, a line printed for callers abroad comes after the others, unless it is a freephone
            # (a page printing it for callers abroad too); from abroad, those lines come first, and a
            # freephone is the less sure way in, even where a page prints it.
            for_elsewhere = line.from_abroad and not freephone if home else not line.from_abroad
            # A line for programme administrators, merchants or one co-branded card stays after the others.
            return (not line.for_cardmembers, not self.reachable(line), for_elsewhere, not home and freephone)

        return sorted(lines, key=key)


class _Step(_Record):
    """One case of a route: the lines chosen with their scopes, in order, and what it found to say."""

    __slots__ = ("chosen", "notices", "only_for")

    def __init__(self, chosen: Chosen, only_for: OnlyFor | None, notices: list[Notice]) -> None:
        self.chosen, self.only_for, self.notices = chosen, only_for, notices


def _opening(line: Line, now: datetime | None) -> Opening | None:
    """Whether the line is open at ``now``, for a line with structured hours (None otherwise): an answer
    none of whose lines has structured hours never loads the code that reads them."""
    if now is None or line.open_hours is None:
        return None
    from amexhelp.lookup.hours import opening

    return opening(line.open_hours, now)


def _card_market_first(ask: _Ask, card: str, own: list[Line]) -> _Step:
    """A card from another market: that market's lines first (those that ring from where you call),
    then the local ones."""
    home_lines = _callable(ask.directory.lines_for_country(card))
    notices = _product_unlisted(ask, home_lines, card)
    chosen: Chosen = []
    only_for = None
    if home_lines and not any(_fits(line, ask.wanted) for line in home_lines):
        only_for = OnlyFor(card, _products(home_lines), ask.wanted)
        chosen.append((ask.directory.fallback, "fallback"))
    chosen.extend((line, "card-market") for line in ask.for_caller(ask.ranked(home_lines)))
    chosen, unreachable = _worldwide_kept(ask, chosen, card)
    chosen.extend((line, "local") for line in ask.ranked(own))
    return _Step(chosen, only_for, [*notices, *unreachable, *_no_travel_line(ask, chosen, card)])


def _worldwide_kept(ask: _Ask, chosen: Chosen, card: str) -> tuple[Chosen, list[Notice]]:
    """The card market's lines, with the worldwide line first when none rings from where you call, and
    last when no issuer line does."""
    fallback = (ask.directory.fallback, "fallback")
    if not any(ask.reachable(line) for line, _ in chosen):
        return [fallback, *chosen], [Notice("card-lines-unreachable", card=card, caller=ask.caller)]
    if not any(line.status == "confirmed" and ask.reachable(line) for line, _ in chosen):
        return [*chosen, fallback], []  # no issuer line rings from there: the worldwide one stays
    return chosen, []


def _no_travel_line(ask: _Ask, chosen: Chosen, card: str) -> list[Notice]:
    """For travel help from outside the card's market: a notice when no travel line rings from there."""
    if ask.need is None or ask.need.id != "travel" or ask.directory.market_for(ask.caller) == card:
        return []
    if any("travel" in line.services and ask.reachable(line) for line, _ in chosen):
        return []
    return [Notice("no-travel-line", card=card, caller=ask.caller)]


def _own_lines(ask: _Ask, own: list[Line]) -> _Step:
    """A market with lines of its own: those, ranked; behind the regional and worldwide lines when they
    are all for other cards, behind the worldwide line when none rings from where you call."""
    directory, where = ask.directory, ask.where
    notices = _product_unlisted(ask, own, where)
    chosen: Chosen = []
    only_for = None
    ranked = ask.for_caller(ask.ranked(own))
    if not any(_fits(line, ask.wanted) for line in own):
        only_for = OnlyFor(where, _products(own), ask.wanted)
        chosen.extend((line, "fallback") for line in _area_lines(ask))
        chosen.append((directory.fallback, "fallback"))
    elif ranked and not any(ask.reachable(line) for line in ranked):
        notices.append(Notice("lines-unreachable", country=where, caller=ask.caller))
        chosen.append((directory.fallback, "fallback"))
    chosen.extend((line, "card-market" if ask.card == where else "local") for line in ranked)
    if not any(line.status == "confirmed" and ask.reachable(line) for line in ranked):
        # No issuer line rings from where you call: the worldwide number stays among the choices.
        chosen.append((directory.fallback, "fallback"))
    chosen.extend(_elsewhere(ask))
    return _Step(chosen, only_for, notices)


def _no_own_line(ask: _Ask, suspect: bool) -> _Step:
    """A place with no line of its own to offer: its area's lines, the worldwide line, and (whatever
    market the card is from) the lines for callers abroad."""
    area_lines = _area_lines(ask)
    chosen: Chosen = [*((line, "fallback") for line in area_lines), (ask.directory.fallback, "fallback")]
    chosen.extend(_elsewhere(ask))
    if ask.where == UNRECOGNISED:  # an unknown place was said already
        return _Step(chosen, None, [])
    area, flagged = "yes" if area_lines else None, "yes" if suspect else None
    return _Step(chosen, None, [Notice("no-own-line", country=ask.where, area=area, suspect=flagged)])


def _elsewhere(ask: _Ask) -> Chosen:
    """For a card whose market is not known: other markets' lines for callers abroad."""
    return [(line, "elsewhere") for line in _from_abroad(ask)] if ask.card is None else []


def _entries(ask: _Ask, chosen: Chosen, now: datetime | None) -> tuple[list[Entry], tuple[Notice, ...]]:
    """One entry per number, in the order chosen; the worldwide line first when none can be offered."""
    entries = []
    seen: set[str] = set()
    for line, scope in chosen:
        key = line.e164 or line.domestic_dial or line.id
        if key not in seen:
            seen.add(key)
            entries.append(ask.entry(line, scope, now))
    if entries and not any(entry.usable for entry in entries):
        first = ask.entry(ask.directory.fallback, "fallback", now, fits=True)
        return [first, *entries], (Notice("nothing-reachable", caller=ask.caller),)
    return entries, ()


def _fits(line: Line, wanted: str) -> bool:
    """Whether a line serves a card member with cards of product ``wanted`` (a line for no product serves
    every card; a line for programme administrators, merchants or one co-branded card serves none)."""
    return line.for_cardmembers and (not line.products or wanted in line.products)


def _products(lines: list[Line]) -> tuple[str, ...]:
    """The products a market's lines are for, in the order of PRODUCTS."""
    found = {product for line in lines if line.for_cardmembers for product in line.products}
    return tuple(product for product in PRODUCTS if product in found) + tuple(sorted(found - set(PRODUCTS)))


def _area_lines(ask: _Ask) -> list[Line]:
    """The lines of the regions a market is in (the Europe line), best first."""
    directory = ask.directory
    return ask.ranked([line for area in directory.areas_of(ask.where) for line in directory.lines_for_area(area.id)])


def _open_first(entries: list[Entry]) -> list[Entry]:
    """A closed line is not the one to act on when a line open now, for the same purpose, cards and
    part of the answer, can be dialled too: that line takes its place (the rest keep their order)."""
    first = next((i for i, entry in enumerate(entries) if entry.usable), None)
    closed = entries[first] if first is not None else None
    if first is None or closed is None or closed.opening is None or closed.opening.open_now is not False:
        return entries
    for i in range(first + 1, len(entries)):
        if _takes_place_of(closed, entries[i]):
            return [*entries[:first], entries[i], *entries[first:i], *entries[i + 1 :]]
    return entries


def _takes_place_of(closed: Entry, other: Entry) -> bool:
    """Whether ``other``, open now, may be offered before ``closed``: dialled too, of the same part of the
    answer, as fitting, as well graded, and for the closed line's purpose."""
    alike = other.scope == closed.scope and other.fits >= closed.fits and closed.line.service in other.line.services
    is_open = other.opening is not None and other.opening.open_now is True
    return alike and is_open and other.usable and may_give_way(closed.line, other.line)


def _callable(lines: tuple[Line, ...]) -> list[Line]:
    return [line for line in lines if not set(line.services) <= NOT_CALLABLE]


def _ranked(lines: list[Line], need: Need | None, product: str | None, *, strict: bool = False) -> list[Line]:
    """A market's lines for a need and card product, best first, by the rules of ``_ranking.RULES``.

    For a need, only the lines whose purpose serves it (else the general lines). Lines for another
    product are left out (unless nothing else is left, and not even then when ``strict``); lines for
    programme administrators, merchants or one co-branded card come after the card members' lines
    (and not at all when ``strict``).
    """
    wanted = product or "personal"
    fits = [line for line in lines if _fits(line, wanted)]
    if not fits and not strict:
        fits = [line for line in lines if line.for_cardmembers]
    others = [] if strict else [line for line in lines if not line.for_cardmembers]
    key = sort_key(need, product)
    return sorted(_serving(fits, need), key=key) + sorted(_serving(others, need), key=key)


def _product_unlisted(ask: _Ask, lines: list[Line], market: str) -> list[Notice]:
    """A notice when a product was asked for and none of a market's lines for the caller's cards names it."""
    product = ask.product
    fits = [line for line in lines if _fits(line, ask.wanted)]
    if product is None or not fits or any(product in line.products for line in fits):
        return []
    return [Notice("product-not-listed", product=product, country=market)]


def _serving(lines: list[Line], need: Need | None) -> list[Line]:
    """The lines whose purpose serves the need (else the general ones, else all); all for no need."""
    if need is None:
        return lines
    matching = [line for line in lines if set(need.services) & set(line.services)]
    return matching or [line for line in lines if "general" in line.services] or lines


def _from_abroad(ask: _Ask) -> list[Line]:
    """For cards issued elsewhere: every other market's line meant for callers abroad (one per market,
    the best for the need), that rings from where the caller is."""
    wanted = frozenset(ask.need.services if ask.need is not None else ("lost", "fraud", "general"))
    found: list[Line] = []
    for market in ask.directory.markets_with_lines_for_callers_abroad:
        best = _best_from_abroad(ask, market, wanted) if market != ask.where else None
        if best is not None:
            found.append(best)
        if len(found) == MAX_ELSEWHERE:
            break
    return found


def _best_from_abroad(ask: _Ask, market: str, wanted: frozenset[str]) -> Line | None:
    """A market's best line for callers abroad for the need, that rings from where the caller is."""
    lines = ask.directory.lines_for_callers_abroad(market)
    abroad = [line for line in lines if wanted.intersection(line.services) and line.for_cardmembers]
    ranked = _ranked(_callable(tuple(abroad)), ask.need, None, strict=True)
    usable = [line for line in ranked if line.status not in ("disputed", SUSPECT) and ask.reachable(line)]
    return ask.for_caller(usable)[0] if usable else None


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
