"""The translations of the sentences the tool prints, read with the standard library's gettext.

The catalogs are compiled from ``tools/data/po/LANG.po`` when the package is built (``python -m
tools.catalogs``) and shipped as ``amexhelp/locale/LANG/LC_MESSAGES/amexhelp.mo``; only the one of the
language in use is read, and English (the messages themselves) reads none.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

Translate = Callable[[str], str]


def _same(message: str) -> str:
    return message


def N_(message: str) -> str:
    """Mark a message for the catalogs where it is named, not shown; it is translated where shown."""
    return message


@cache
def translator(lang: str) -> Translate:
    """The gettext function of one language (English, or a language without a catalog: the message)."""
    if lang == "en":
        return _same
    import gettext
    import io

    from amexhelp.directory.index import read_package_file

    try:
        data = read_package_file("locale", lang, "LC_MESSAGES", "amexhelp.mo")
    except OSError:
        return _same
    return gettext.GNUTranslations(io.BytesIO(data)).gettext
