"""The translations of the sentences the tool prints, read with the standard library's gettext.

The catalogs are compiled from ``tools/data/po/LANG.po`` when the package is built (``python -m
tools.catalogs``) and shipped as ``amexhelp/locale/LANG/LC_MESSAGES/amexhelp.mo``; only the one of the
language in use is read, and English (the messages themselves) reads none.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from amexhelp.directory import index
from amexhelp.errors import InputError

if TYPE_CHECKING:
    import gettext

ENGLISH = "en"

Translate = Callable[[str], str]
TranslateData = Callable[[str, str], str]

# The kinds of the directory's own texts, the message context (msgctxt) they are extracted under by
# tools/catalogs.py (the safety advice is advice, like each need's): the data stays English with stable
# ids, and its texts are translated like messages.
LINE_LABEL, LINE_NOTE, SERVICE, ADVICE, SAFETY, SOURCE, AREA = (
    "line label", "line note", "service", "advice", "advice", "source", "area",
)  # fmt: skip
# Each language's list patterns, from CLDR (put into the catalogs by tools/catalogs.py, never hand-kept):
# the context, and the English patterns that are their keys.
LIST_PATTERN = "list pattern"
LIST_START, LIST_MIDDLE, LIST_END, LIST_TWO, LIST_ITEMS = (
    "{0}, {1}", "{0}, {1} ", "{0} and {1}", "{0} and {1} ", "{0}; {1}",
)  # fmt: skip
FAQ_QUESTION, FAQ_ANSWER, CHANNEL_NAME, CHANNEL_SUMMARY, CHANNEL_TEXT, CHANNEL_DETAIL = (
    "faq question", "faq answer", "channel name", "channel summary", "channel description", "channel detail",
)  # fmt: skip


def _same(message: str) -> str:
    return message


def N_(message: str) -> str:
    """Mark a message for the catalogs where it is named, not shown; it is translated where shown."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with plural forms where it is named (``Naming.ngettext`` picks its form where shown)."""
    return singular, plural


@cache
def _catalog(lang: str) -> gettext.GNUTranslations | None:
    """The compiled catalog of one language, read once (None: English, or a language without one)."""
    if lang == "en":
        return None
    import gettext
    import io

    from amexhelp.directory.index import read_package_file

    try:
        data = read_package_file("locale", lang, "LC_MESSAGES", "amexhelp.mo")
    except OSError:
        return None
    return gettext.GNUTranslations(io.BytesIO(data))


def _template(lang: str) -> type[str] | None:
    """What a translated template of one language does when values are put into it, where it does more
    than ``str.format``: isolate them (right to left), choose the particles after them (Korean), decline
    the names after a preposition (Russian)."""
    from amexhelp.render.bidi import RTL_LANGUAGES

    if lang in RTL_LANGUAGES:
        return Isolating
    if lang == "ko":
        from amexhelp.render.korean import WithParticles

        return WithParticles
    if lang == "ru":
        from amexhelp.render.russian import Declining

        return Declining
    return None


@cache
def translator(lang: str) -> Translate:
    """The gettext function of one language (English, or a language without a catalog: the message)."""
    catalog = _catalog(lang)
    if catalog is None:
        return _same
    found = catalog.gettext
    template = _template(lang)
    if template is None:
        return found
    return lambda message: template(found(message))


class Isolating(str):
    """A template of a right-to-left language: the values put into it are isolated (render/bidi.py), so
    that a number, an option or a Latin name keeps its order inside the sentence. The one place where a
    value meets a translated sentence, for every message and every format."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        from amexhelp.render.bidi import isolate

        def one(value: object) -> object:
            return isolate(value) if isinstance(value, str) else value

        return str.format(self, *map(one, args), **{key: one(value) for key, value in kwargs.items()})


# A label's colon in each language where it is not ":" alone (French sets it off with a no-break
# space; Chinese and Japanese write the full-width colon).
_COLONS = {"fr": "\u00a0:", "zh": "\uff1a", "zh-TW": "\uff1a", "ja": "\uff1a"}


def colon(lang: str, label: str) -> str:
    """A label with the colon the language writes after it: "Dial:", "Composez\u00a0:", "拨打："."""
    return label + _COLONS.get(lang, ":")


def _same_data(_context: str, text: str) -> str:
    return text


TranslatePlural = Callable[[str, str, int], str]


def _english_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


@cache
def plural_translator(lang: str) -> TranslatePlural:
    """The ngettext function of one language: the form its Plural-Forms rule picks for a count (Russian
    has three, Arabic six, Japanese one); English, or a language without a catalog: one or many."""
    catalog = _catalog(lang)
    if catalog is None:
        return _english_plural
    found = catalog.ngettext
    template = _template(lang)
    if template is None:
        return found
    return lambda singular, plural, count: template(found(singular, plural, count))


@cache
def data_translator(lang: str) -> TranslateData:
    """The translation of a text of the directory (by its kind, ``LINE_LABEL``…), in one language: the
    text itself, in English, when the catalog has none."""
    catalog = _catalog(lang)
    return _same_data if catalog is None else catalog.pgettext


# Locales that name no language: the words decide, then English.
_NO_LANGUAGE = frozenset({"c", "posix", ""})


def resolve_lang(
    option: str | None, locale: str | None = None, *, setting: str | None = None, words: str | None = None
) -> str:
    """The language to answer in: --lang (``option``), else AMEXHELP_LANG (``setting``), each of which
    must be a language we answer in; else the locale's language (``locale``, as LC_ALL, LC_MESSAGES or
    LANG give it) when it names one (a locale of another language means English); else the one language
    the query's words are written in (``words``), if we answer in it; else English."""
    supported = index.display_languages()
    for given, where in ((option, "--lang"), (setting, "AMEXHELP_LANG")):
        if given is not None:
            wanted = _normalise(given)
            if wanted == ENGLISH or wanted in supported:
                return wanted
            raise InputError("unknown-lang", option=where, value=given, known=(ENGLISH, *supported))
    if locale and _normalise(locale.split(".", 1)[0].split("@", 1)[0]) not in _NO_LANGUAGE:
        found = _normalise(locale.split(".", 1)[0].split("@", 1)[0])
        return found if found in supported else ENGLISH
    if words is not None and (words == ENGLISH or _normalise(words) in supported):
        return _normalise(words)
    return ENGLISH


def _normalise(value: str) -> str:
    """ "ja_JP" -> "ja", "zh_TW" and "zh-HK" -> "zh-TW" (traditional), "zh_CN" -> "zh", "pt_BR" -> "pt"."""
    parts = value.replace("-", "_").split("_")
    language = parts[0].casefold()
    region = parts[1].upper() if len(parts) > 1 else ""
    if language == "zh" and region in ("TW", "HK", "MO", "HANT"):
        return "zh-TW"
    return language
