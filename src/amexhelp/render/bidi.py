"""Left-to-right runs kept in their order inside right-to-left text (Unicode's bidi algorithm, UAX #9).

In an Arabic sentence a bidi display lays ``+1 336-393-1111`` out as ``1111-393-336 1+`` and ``--card`` as
``card--``: the spaces and signs between the digit groups take the sentence's direction. Wrapping each
number, code, option, address or Latin name in a left-to-right isolate (LRI … PDI) keeps it as written.
The translated templates are isolated once, when the catalogs are compiled (tools/catalogs.py), and the
values put into them when they are put in (``isolate``, called by the translated template's ``format``
in render/i18n.py and by the printers where they set a value beside a label).
"""

from __future__ import annotations

import unicodedata

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
_OPENERS = frozenset("\u2066\u2067\u2068")
# Languages written right to left, of those the tool answers in.
RTL_LANGUAGES = frozenset({"ar"})
# Characters that continue a left-to-right run between two of its letters or digits (a space, the signs
# of a number, a URL's punctuation, an en dash between two times); a comma ends a run (lists).
_JOINERS = frozenset(" -+./:_@#%&=?~–'’()")
_LEADERS = frozenset("+-#")


def _strong(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("L", "EN", "AN")


def _rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def isolate(text: str) -> str:
    """``text`` as it goes into right-to-left text: wrapped whole in an isolate when it holds no
    right-to-left letter (a number, a URL, a Latin name), else with each of its left-to-right runs
    isolated (runs already isolated, and ``{fields}`` of a template, are left as they are)."""
    if not text or not any(_strong(ch) for ch in text):
        return text
    if not any(_rtl(ch) for ch in text):
        return text if _isolated_whole(text) else f"{LRI}{text}{PDI}"
    return _isolate_runs(text)


def isolate_template(text: str) -> str:
    """A translated sentence with each left-to-right run of its own text isolated (its ``{fields}``
    are isolated when they are filled in)."""
    return _isolate_runs(text)


def _isolated_whole(text: str) -> bool:
    return text[0] in _OPENERS and _closing(text, 0) == len(text) - 1


def _closing(text: str, start: int) -> int:
    """The index of the PDI that closes the isolate opened at ``start`` (the end when none does)."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] in _OPENERS:
            depth += 1
        elif text[index] == PDI:
            depth -= 1
            if depth == 0:
                return index
    return len(text) - 1


def _atom_end(text: str, index: int) -> int | None:
    """Where a span that must stay as it is ends (an isolate, a ``{field}``), if one starts at ``index``."""
    if text[index] in _OPENERS:
        return _closing(text, index) + 1
    if text[index] == "{":
        end = text.find("}", index)
        return None if end < 0 else end + 1
    return None


def _isolate_runs(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        end = _atom_end(text, index)
        if end is not None:
            out.append(text[index:end])
            index = end
            continue
        run = _run_end(text, index)
        if run > index:
            out.append(f"{LRI}{text[index:run]}{PDI}")
            index = run
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def _run_end(text: str, start: int) -> int:
    """The end of the left-to-right run that starts at ``start`` (``start`` itself when none does): signs
    that lead it (``+``, ``--``), then letters or digits, joined by the characters of _JOINERS."""
    index = start
    while index < len(text) and text[index] in _LEADERS:
        index += 1
    if index >= len(text) or not _strong(text[index]) or text[index] in "{}":
        return start
    last = index
    while index < len(text):
        ch = text[index]
        if ch in "{}" or ch in _OPENERS:
            break
        if _strong(ch):
            last = index
        elif ch not in _JOINERS:
            break
        index += 1
    return _with_closing_brackets(text, start, last + 1)


def _with_closing_brackets(text: str, start: int, end: int) -> int:
    """The end of a run, past the closing brackets of those it opened ("guide (third-party web guide)"):
    a bracket left outside would take the sentence's direction and show mirrored."""
    opened = text.count("(", start, end) - text.count(")", start, end)
    while opened > 0 and end < len(text) and text[end] == ")":
        end, opened = end + 1, opened - 1
    if opened <= 0:
        return end
    # A bracket opened in the run but closed after right-to-left words ("https://… (+1 أخرى)"): the run
    # ends before it, so that the bracket pair stays in the sentence; what follows it is a run of its own.
    cut = text.rfind("(", start, end)
    while cut > start and not _strong(text[cut - 1]):
        cut -= 1
    return cut if cut > start else end
