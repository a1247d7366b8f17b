"""Build-time: the message catalogs of the text the tool prints, with Babel.

    python -m tools.catalogs          # extract the messages, update every .po, compile the .mo files
    python -m tools.catalogs --check  # exit 1 if any of them is stale, or a translation is missing or broken

The sentences are marked in the renderers and the command-line layer with ``_()`` (``N_()`` where a
message is only named, not yet translated); the commands' docstrings, their ``--help`` texts, are
taken too. The template (``tools/data/po/amexhelp.pot``) and one ``.po``
per language (``tools/data/po/LANG.po``, hand-kept translations) are the sources; the compiled ``.mo``
files go into the package (``src/amexhelp/locale/LANG/LC_MESSAGES/amexhelp.mo``), where the standard
library's gettext reads the one of the language in use.
"""

from __future__ import annotations

import argparse
import ast
import copy
import io
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parents[1]
PO_DIR = Path(__file__).parent / "data" / "po"
LOCALE_DIR = ROOT / "src" / "amexhelp" / "locale"
# Where the messages are: the layers that word things (the core returns codes and values).
SOURCES = ("src/amexhelp/render", "src/amexhelp/cli")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "N_plural": (1, 2)}
DOMAIN = "amexhelp"
# The languages the tool reads (README: Answer in the language asked); tags as --lang takes them.
LANGUAGES = ("es", "fr", "de", "it", "pt", "ja", "zh", "zh-TW", "ko", "ar", "hi", "ru")
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")
# Each language's plural rule, as gettext writes it (its manual's "Plural forms" and CLDR's rules; the
# Romance languages with the two forms translators use, not CLDR's third one for millions): the
# Plural-Forms header of its .po and .mo, by which ngettext picks a form.
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n > 1);",
    "ja": "nplurals=1; plural=0;",
    "zh": "nplurals=1; plural=0;",
    "zh-TW": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "hi": "nplurals=2; plural=(n > 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}
# Catalog dates are fixed: the files must be the same whenever they are made (--check compares them).
_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def fields(text: str) -> list[str]:
    """The format fields of a message ("{country}", "{count:d}"), sorted, so catalogs can be compared."""
    return sorted(_FIELD.findall(text))


def _not_hidden(path: str) -> bool:
    """Babel's default skips folders named with a leading "_" too; the private packages (cli/_commands) count."""
    return not os.path.basename(path).startswith(".")


def template() -> Catalog:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(domain=DOMAIN, project="amexhelp", fuzzy=False, creation_date=_DATE, revision_date=_DATE)
    for source in SOURCES:
        for _name, _line, message, comments, _context in extract_from_dir(
            ROOT / source, method_map=[("**.py", "python")], keywords=KEYWORDS, directory_filter=_not_hidden
        ):
            catalog.add(message, auto_comments=comments)
    for message in [*command_docstrings(), *by_value()]:
        catalog.add(message)
    for context, text in data_texts():
        catalog.add(text, context=context)
    for key in _LIST_KEYS:
        catalog.add(key, context=LIST_PATTERN)
    return catalog


LIST_PATTERN = "list pattern"  # amexhelp.render.i18n.LIST_PATTERN, and its keys in CLDR's names:
_LIST_KEYS = {"{0}, {1}": "start", "{0}, {1} ": "middle", "{0} and {1}": "end", "{0} and {1} ": "2", "{0}; {1}": ""}


def _separator(locale: Any) -> str:
    """The pattern between the items of a list without a conjunction ("a, b, c", "a、b、c", "a، b"): the
    first of CLDR's patterns that says no word ("or" lists, then short unit lists), else the short unit
    list's with its word taken out (Arabic's "{0}، و{1}" gives "{0}، {1}")."""
    found = []
    for kind in ("or", "unit-short"):
        try:
            pattern = locale.list_patterns[kind]["start"]
        except (KeyError, TypeError):
            continue
        if pattern and not re.search(r"[^\W\d_]", pattern.replace("{0}", "").replace("{1}", "")):
            return str(pattern)
        found.append(str(pattern or ""))
    words = re.sub(
        r"[^\W\d_]+", "", next((p for p in reversed(found) if p), "{0}, {1}").replace("{0}", "\0").replace("{1}", "\1")
    )
    return re.sub(r"\s+", " ", words).replace("\0", "{0}").replace("\1", "{1}")


def list_patterns(catalog: Catalog, lang: str) -> None:
    """Put the language's list patterns, from CLDR (Babel), into its catalog: never hand-kept."""
    from babel import Locale

    locale = Locale.parse("zh_Hant_TW" if lang == "zh-TW" else lang)
    patterns = locale.list_patterns["standard"]
    for key, name in _LIST_KEYS.items():
        message = catalog.get(key, context=LIST_PATTERN)
        if message is not None:
            message.string = (patterns[name] if name else _separator(locale)) + (" " if key.endswith(" ") else "")


def data_texts() -> list[tuple[str, str]]:
    """The directory's own texts a person reads, each with its kind as the message context (the kinds
    of amexhelp.render.i18n): read from the bundled data when the catalogs are made, so the data (which
    stays English) and its translations cannot drift apart. A text the data changes is a new message."""
    from amexhelp.directory.loading import bundled_document
    from amexhelp.render import i18n

    document = bundled_document()
    found = [text for line in document["lines"] for text in _line_texts(line)]
    found += [(i18n.SERVICE, name) for name in document["services"].values()]
    found += [(i18n.ADVICE, _text(item)) for need in document["needs"] for item in need["advice"]]
    found += [(i18n.SAFETY, text) for text in document["safety"]]
    found += [(i18n.SOURCE, document["source"][key]) for key in ("kind", "caution")]
    found += [(i18n.AREA, area["name"]) for area in document["areas"].values()]
    for faq in document["faqs"]:
        found += [(i18n.FAQ_QUESTION, faq["question"]), (i18n.FAQ_ANSWER, faq["answer"])]
    found += [text for channel in document["channels"] for text in _channel_texts(channel)]
    return list(dict.fromkeys(found))


def _text(item: str | dict[str, str]) -> str:
    """An advice item's text (an item is a text, or a text with the need it points to)."""
    return item if isinstance(item, str) else item["text"]


def _line_texts(line: dict[str, Any]) -> list[tuple[str, str]]:
    """A line's label (also without the ", collect" and ", from abroad" the headline says itself) and notes."""
    from amexhelp.render import i18n

    label = line["label"]
    found = [(i18n.LINE_LABEL, label), (i18n.LINE_LABEL, label.removesuffix(", collect").removesuffix(", from abroad"))]
    return found + [(i18n.LINE_NOTE, note) for note in [*line.get("notes", []), line.get("correction")] if note]


def _channel_texts(channel: dict[str, Any]) -> list[tuple[str, str]]:
    """A channel's name, summary, description and the names of its details."""
    from amexhelp.render import i18n

    found = [(i18n.CHANNEL_NAME, channel["name"]), (i18n.CHANNEL_SUMMARY, channel["summary"])]
    found.append((i18n.CHANNEL_TEXT, channel["description"]))
    return found + [(i18n.CHANNEL_DETAIL, key.capitalize()) for key in channel["details"]]


# What a translation of a data text must keep as it is: phone numbers, web and mail addresses.
_KEPT = re.compile(r"\+?\d[\d\- ]{5,}\d|(?:https?://|www\.)[^\s,;)،؛]+|[\w.]+\.com[\w./]*")


def kept(text: str) -> list[str]:
    """The numbers and addresses of a text, sorted: a translation must have the same."""
    return sorted(found.rstrip(".") for found in _KEPT.findall(text))


def command_docstrings() -> list[str]:
    """The docstrings of the Typer commands (functions decorated ``@app.command(...)``, or named in a
    command module's ``COMMANDS``, cli/_commands/), which Typer shows as their help: cleaned as Typer cleans
    them (``inspect.getdoc``), so that ``--help`` finds them as shown. Read from the source: importing the
    command line would turn the collector off in the process (cli/console.py)."""
    found = []
    for path in sorted((ROOT / "src" / "amexhelp" / "cli").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        registered = _registered(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and (
                node.name in registered or any(_is_command(d) for d in node.decorator_list)
            ):
                doc = ast.get_docstring(node, clean=True)
                if doc:
                    found.append(doc)
    return found


def _registered(tree: ast.Module) -> set[str]:
    """The functions a command module's ``COMMANDS = {name: (function, epilog), ...}`` names."""
    names = set()
    for node in tree.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        if node.target.id == "COMMANDS" and isinstance(node.value, ast.Dict):
            for value in node.value.values:
                if isinstance(value, ast.Tuple) and value.elts and isinstance(value.elts[0], ast.Name):
                    names.add(value.elts[0].id)
    return names


def _is_command(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "command"


def by_value() -> list[str]:
    """Words the renderers pass through the catalog by value, taken from where they are defined: the
    needs' names (the bundled data), the statuses and the card products (the code's constants)."""
    from amexhelp.directory.loading import bundled_document
    from amexhelp.directory.model import PRODUCTS, STATUSES

    document = bundled_document()
    return [*(need["name"] for need in document["needs"]), *STATUSES, *PRODUCTS]


def _po_text(catalog: Catalog, lang: str | None = None) -> bytes:
    """A catalog as a .po file: a language's with a header of its language and plural rule only (the
    template with none), so that the file is the same whichever Babel wrote it."""
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    if lang is not None:
        headers = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": PLURAL_FORMS[lang]}
        out.write(b'msgid ""\nmsgstr ""\n')
        out.write("".join(f'"{name}: {value}\\n"\n' for name, value in headers.items()).encode() + b"\n")
    write_po(out, catalog, omit_header=True, no_location=True, sort_output=True, width=116)
    return out.getvalue()


def _set_plural_forms(catalog: Catalog, lang: str) -> None:
    """Give a language's catalog its plural rule (PLURAL_FORMS), each plural message as many forms."""
    catalog.mime_headers = [("Plural-Forms", PLURAL_FORMS[lang])]
    for message in catalog:
        if message.id and isinstance(message.string, (tuple, list)):
            forms = tuple(message.string)[: catalog.num_plurals]
            message.string = forms + ("",) * (catalog.num_plurals - len(forms))


# French punctuation's spaces: a no-break space before ":", a narrow one before ";", "?", "!" and inside
# « », where a space or none was typed (not in a URL, "tel:", a time or a {field}: only before a space or the end).
_FRENCH_SPACED = re.compile(r"(?<!tel)[ \u00a0\u202f]?([:;?!])(?=[\s)»]|$)|[ \u00a0\u202f]?(»)|(«)[ \u00a0\u202f]?")


def french_spacing(text: str) -> str:
    """A French sentence with the no-break spaces of its punctuation: "Composez\u00a0:" and "«\u202fcarte\u202f»"."""

    def spaced(match: re.Match[str]) -> str:
        if match.group(3):
            return "«\u202f"
        mark = match.group(1) or match.group(2)
        return ("\u00a0" if mark == ":" else "\u202f") + mark

    return _FRENCH_SPACED.sub(spaced, text)


def _mo_bytes(catalog: Catalog, lang: str) -> bytes:
    """The compiled catalog; in a right-to-left language, with every number, option and Latin name of
    its sentences isolated (amexhelp.render.bidi), so that a bidi display keeps them in order; in
    French, with the no-break spaces of its punctuation (french_spacing)."""
    from babel.messages.mofile import write_mo

    from amexhelp.render.bidi import RTL_LANGUAGES, isolate_template

    typeset = isolate_template if lang in RTL_LANGUAGES else french_spacing if lang == "fr" else None
    if typeset is not None:
        catalog = copy.deepcopy(catalog)
        for message in catalog:
            if message.id and isinstance(message.string, str):
                message.string = typeset(message.string)
            elif message.id and message.string:
                message.string = tuple(typeset(form) for form in message.string)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def problems(lang: str, catalog: Catalog) -> list[str]:
    """What is wrong with one language's translations: a message left out, a translation whose format
    fields differ from the message's, or a translation of a data text that changes a number or address."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, (tuple, list)):
            found += _plural_problems(lang, message)
            continue
        if not message.string:
            if message.context is None:  # a data text left out is reported apart (untranslated)
                found.append(f"{lang}.po: no translation of {message.id!r}")
        elif message.context is not None:
            if kept(str(message.id)) != kept(str(message.string)):
                found.append(f"{lang}.po: the numbers or addresses of {message.id!r} differ in {message.string!r}")
        elif fields(str(message.id)) != fields(str(message.string)):
            found.append(f"{lang}.po: the fields of {message.id!r} differ in {message.string!r}")
    return found


GLOSSARY_DIR = Path(__file__).parent / "data" / "glossary"


def glossary(lang: str) -> dict[str, dict[str, str]]:
    """One language's reviewed terms (tools/data/glossary/LANG.json): for each concept, the English the
    messages say it with (``english``, a regular expression), where it is checked (``scope``: ``tool``,
    the tool's own sentences, or ``all``, the data's texts too) and the one ``term`` (a regular
    expression: its inflected forms) every translation of such a message must use."""
    import json

    path = GLOSSARY_DIR / f"{lang}.json"
    found: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return found


def _off_term(lang: str, message: Any, concept: str, entry: dict[str, str]) -> str | None:
    """How ``message`` says ``concept`` with another term than the reviewed one, or None."""
    if entry["scope"] == "tool" and message.context is not None:
        return None
    said = re.search(entry["english"], str(message.id), re.IGNORECASE)
    # A word kept as it is (a code such as "suspicious" or "issuer" that is typed) is no term.
    if said and said.group(0) not in message.string and not re.search(entry["term"], message.string, re.I):
        return f"{lang}.po: {concept!r} is not said {entry['term']!r} in {message.string!r}"
    return None


def _singular_forms(catalog: Catalog) -> list[Any]:
    """Every translated message as one with a single form: a plural message once per form, with the
    English that form stands for (its singular for the first form, its plural for the others)."""
    from babel.messages.catalog import Message

    found = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        if isinstance(message.string, str):
            found.append(message)
            continue
        for index, form in enumerate(message.string):
            english = message.id[0] if index == 0 else message.id[1]
            found.append(Message(english, form, context=message.context))
    return found


def off_glossary(lang: str, catalog: Catalog) -> list[str]:
    """The translations that say a glossary concept with another term than the reviewed one, and a
    WARNING worded as a Notice."""
    terms = glossary(lang)
    found = [
        problem
        for message in _singular_forms(catalog)
        for concept, entry in terms.items()
        if (problem := _off_term(lang, message, concept, entry)) is not None
    ]
    warning, notice = terms.get("warning"), terms.get("notice")
    if warning and notice and warning["term"].casefold() == notice["term"].casefold():
        found.append(f"{lang}: WARNING and Notice share the term {warning['term']!r}")
    return found


def _plural_problems(lang: str, message: Any) -> list[str]:
    """A message with plural forms: every form of the language's Plural-Forms written (as many as its
    nplurals), each with the message's fields and no other (a form may leave out only the count it is
    chosen by, ``{count}``: Arabic's "two lines" says it in its word)."""
    forms = list(message.string) if isinstance(message.string, (tuple, list)) else [message.string]
    expected = set(fields(str(message.id[1])))
    if len(forms) != _nplurals(lang) or not all(forms):
        return [f"{lang}.po: no translation of every plural form of {message.id[0]!r}"]
    return [
        f"{lang}.po: the fields of {message.id[0]!r} differ in {form!r}"
        for form in forms
        if set(fields(str(form))) - expected or expected - set(fields(str(form))) - {"count"}
    ]


def _nplurals(lang: str) -> int:
    """How many plural forms a language has, by its Plural-Forms rule ("nplurals=3; ...")."""
    return int(PLURAL_FORMS[lang].split(";", 1)[0].partition("=")[2])


def fuzzy(lang: str, catalog: Catalog) -> list[str]:
    """Translations marked fuzzy: gettext's compiler leaves them out, so they would be shown in English."""
    return [
        f"{lang}.po: the translation of {(m.id[0] if isinstance(m.id, (tuple, list)) else m.id)!r} is marked fuzzy"
        for m in catalog
        if m.id and m.fuzzy
    ]


def unresolved_particles(lang: str, catalog: Catalog) -> list[str]:
    """Korean particles written both ways ("을(를)") anywhere but right after a field, where the value put
    in chooses one (amexhelp.render.korean): after fixed text the translation must choose."""
    if lang != "ko":
        return []
    from amexhelp.render.korean import PARTICLES

    written = re.compile(r"(?<!\})(?:" + "|".join(map(re.escape, PARTICLES)) + ")")
    found = []
    for message in catalog:
        forms = message.string if isinstance(message.string, (tuple, list)) else [message.string]
        found += [
            f"{lang}.po: a particle written both ways after fixed text in {form!r}"
            for form in forms
            if form and written.search(form)
        ]
    return found


# An ASCII colon, comma or semicolon after a Chinese or Japanese letter: these languages write the
# full-width marks ("：", "，" or "、").
_ASCII_AFTER_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3001-\u301f][:,;]")


def ascii_punctuation(lang: str, catalog: Catalog) -> list[str]:
    """Chinese and Japanese translations with an ASCII colon, comma or semicolon after their own text."""
    if lang not in ("zh", "zh-TW", "ja"):
        return []
    found = []
    for message in catalog:
        forms = message.string if isinstance(message.string, (tuple, list)) else [message.string]
        found += [
            f"{lang}.po: ASCII punctuation in {form!r}" for form in forms if form and _ASCII_AFTER_CJK.search(form)
        ]
    return found


def untranslated(lang: str, catalog: Catalog) -> list[str]:
    """The data texts one language has no translation of: shown in English, labelled as the source's."""
    return [
        f"{lang}.po: {message.context}: {message.id!r}"
        for message in catalog
        if message.id and message.context is not None and not message.string
    ]


def outputs() -> tuple[dict[Path, bytes], list[str], list[str]]:
    """Every file the catalogs are made of, as it should be, the translations' problems, and the data
    texts left untranslated (shown in English, labelled as the source's: reported, not a failure)."""
    from babel.messages.pofile import read_po

    pot = template()
    files: dict[Path, bytes] = {PO_DIR / f"{DOMAIN}.pot": _po_text(pot)}
    found: list[str] = []
    left: list[str] = []
    for lang in LANGUAGES:
        path = PO_DIR / f"{lang}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=lang.replace("-", "_"), domain=DOMAIN)
        else:
            from babel.messages.catalog import Catalog

            catalog = Catalog(locale=lang.replace("-", "_"), domain=DOMAIN)
        _set_plural_forms(catalog, lang)
        catalog.update(pot, no_fuzzy_matching=True)
        list_patterns(catalog, lang)
        catalog.obsolete.clear()
        catalog.creation_date = catalog.revision_date = _DATE
        catalog.fuzzy = False
        files[path] = _po_text(catalog, lang)
        files[LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"] = _mo_bytes(catalog, lang)
        found += problems(lang, catalog) + off_glossary(lang, catalog) + unresolved_particles(lang, catalog)
        found += ascii_punctuation(lang, catalog) + fuzzy(lang, catalog)
        left += untranslated(lang, catalog)
    return files, found, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.catalogs", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files and broken translations")
    args = parser.parse_args(argv)
    files, found, left = outputs()
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    if not args.check:
        _write(files, stale)
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}", file=sys.stderr)
    _report(left, found)
    return 1 if args.check and (stale or found) else 0


def _write(files: dict[Path, bytes], stale: list[Path]) -> None:
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[path])


def _report(left: list[str], found: list[str]) -> None:
    for text in left:
        print(f"untranslated data text: {text}", file=sys.stderr)
    for problem in found:
        print(f"problem: {problem}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
