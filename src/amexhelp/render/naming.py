"""Country and language names for people, and the sentences around them, in the language chosen with
--lang or by the locale.

Only text output is translated; JSON keeps codes and English names, so scripts see one shape.
"""

from __future__ import annotations

from amexhelp.directory import index
from amexhelp.directory.model import Directory, Line
from amexhelp.directory.names import in_country
from amexhelp.lookup.places import UNKNOWN_REGION
from amexhelp.render.bidi import RTL_LANGUAGES
from amexhelp.render.i18n import AREA, ENGLISH, resolve_lang

__all__ = ["ENGLISH", "ENGLISH_NAMES", "Naming", "resolve_lang"]


class Naming:
    """Names of countries and languages in one language (English when there is no translation)."""

    def __init__(self, lang: str = ENGLISH) -> None:
        from amexhelp.render.i18n import Translate, data_translator, translator

        self.lang = lang
        self._names = None if lang == ENGLISH else index.load_display_names(lang)
        # The sentence of a message in this language: naming._("Call {number}").format(number=...).
        self._: Translate = translator(lang)
        self._data = None if lang == ENGLISH else data_translator(lang)
        self.rtl = lang in RTL_LANGUAGES

    def text(self, kind: str, text: str) -> str:
        """A text of the directory (``kind``: i18n.LINE_LABEL…) in this language; the data's own, in
        English, when the catalog has no translation of it."""
        if self._data is None:
            return text
        return self._data(kind, text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form of a message for ``count`` in this language (a template: format it with the count)."""
        from amexhelp.render.i18n import plural_translator

        return plural_translator(self.lang)(singular, plural, count)

    def join(self, words: list[str] | tuple[str, ...], *, conjunction: bool = True) -> str:
        """Words as a list in this language, by CLDR's list patterns: "a, b and c", "a、b和c", "a وb"
        (without ``conjunction``, every item joined as the first ones are: "a, b, c", "a、b、c")."""
        from amexhelp.render.i18n import LIST_END, LIST_ITEMS, LIST_MIDDLE, LIST_PATTERN, LIST_START, LIST_TWO

        items = list(words)
        if len(items) < 2:
            return "".join(items)
        start, middle = self.text(LIST_PATTERN, LIST_START), self.text(LIST_PATTERN, LIST_MIDDLE).rstrip(" ")
        end, two = (self.text(LIST_PATTERN, key).rstrip(" ") for key in (LIST_END, LIST_TWO))
        if not conjunction:
            separator = self.text(LIST_PATTERN, LIST_ITEMS)
            start = middle = end = two = "{0}, {1}" if separator == LIST_ITEMS else separator
        if len(items) == 2:
            return two.replace("{0}", items[0]).replace("{1}", items[1])
        text = end.replace("{0}", items[-2]).replace("{1}", items[-1])
        for item in reversed(items[1:-2]):
            text = middle.replace("{0}", item).replace("{1}", text)
        return start.replace("{0}", items[0]).replace("{1}", text)

    def quoted(self, kind: str, text: str) -> str:
        """A text of the directory in this language, or, when it has no translation, as the source
        prints it with a label that says so (in this language)."""
        translated = self.text(kind, text)
        if translated != text or self.lang == ENGLISH:
            return translated
        label = self._("as the source prints it, in {language}").format(language=self.language(ENGLISH))
        return f"{text} [{label}]"

    def colon(self, label: str) -> str:
        """A label as it stands before its value, with this language's colon ("Composez\u00a0:", "拨打：")."""
        from amexhelp.render.i18n import colon

        return colon(self.lang, label)

    def value(self, text: str) -> str:
        """A value as it is set beside a translated label: isolated in right-to-left text (render/bidi.py)."""
        if not self.rtl:
            return text
        from amexhelp.render.bidi import isolate

        return isolate(text)

    def country(self, code: str) -> str:
        if code == UNKNOWN_REGION:
            return self._("Unknown region")
        english = index.country_names().get(code, code)
        if self._names is None:
            return english
        translated: str = self._names["countries"].get(code, english)
        return translated

    def in_country(self, code: str) -> str:
        """A country's name as it reads after "in" or "from": "the United Kingdom" in English."""
        return in_country(code) if self.lang == ENGLISH else self.country(code)

    def language(self, code: str) -> str:
        """A language's name ("English" in English, "Inglés" in Spanish)."""
        english = index.language_names().get(code, code)
        if self._names is None:
            return english
        return self._names["languages"].get(code) or english

    def place(self, line: Line, directory: Directory) -> str:
        """Where a line serves: its country, its area ("Europe"), or "Worldwide"."""
        if line.country is not None:
            return self.country(line.country)
        if line.area is not None and line.area in directory.areas:
            return self.text(AREA, directory.areas[line.area].name)
        return self._("Worldwide")

    def languages(self, line: Line) -> list[str]:
        """A line's languages by name: as the source prints them in English ("Cantonese"), else translated."""
        english = index.language_names()
        if self._names is None:
            return list(line.languages_as_printed) or [english.get(code, code) for code in line.languages]
        return [self._names["languages"].get(code) or english.get(code, code) for code in line.languages]


# Names in English: the renderers' default, when no --lang or locale asks for another language.
ENGLISH_NAMES = Naming()
