"""What `python -m tools.catalogs --check` fails on in a language's plural messages: a form left out, a form
with a field the message lacks or without one it has (only the count may be said in words), a fuzzy
translation (gettext's compiler leaves it out, so English would be shown), and another term than the
glossary's in any form."""

from __future__ import annotations

from babel.messages.catalog import Catalog

from tools import catalogs

SINGULAR, PLURAL = "{count} source: {issuer} issuer.", "{count} sources: {issuer} issuer."


def _catalog(lang: str, forms: tuple[str, ...], *, fuzzy: bool = False) -> Catalog:
    catalog = Catalog(locale=lang, domain="amexhelp")
    catalog.add((SINGULAR, PLURAL), forms, flags=("fuzzy",) if fuzzy else ())
    return catalog


RU_FORMS = (
    "{count} источник: эмитента — {issuer}.",
    "{count} источника: эмитента — {issuer}.",
    "{count} источников: эмитента — {issuer}.",
)


def test_every_form_with_the_messages_fields_passes() -> None:
    assert catalogs.problems("ru", _catalog("ru", RU_FORMS)) == []
    assert catalogs.fuzzy("ru", _catalog("ru", RU_FORMS)) == []


def test_a_form_left_out_fails() -> None:
    assert catalogs.problems("ru", _catalog("ru", (*RU_FORMS[:2], ""))) == [
        f"ru.po: no translation of every plural form of {SINGULAR!r}"
    ]
    assert catalogs.problems("ru", _catalog("ru", RU_FORMS[:2])) == [
        f"ru.po: no translation of every plural form of {SINGULAR!r}"
    ]


def test_a_form_may_say_the_count_in_words_but_keep_every_other_field() -> None:
    arabic = (
        "لا مصادر",
        "مصدر واحد: {issuer}",
        "مصدران: {issuer}",
        "{count} مصادر: {issuer}",
        "{count} مصدرًا: {issuer}",
        "{count} مصدر: {issuer}",
    )
    assert catalogs.problems("ar", _catalog("ar", arabic)) == [
        f"ar.po: the fields of {SINGULAR!r} differ in 'لا مصادر'"
    ]
    added = (RU_FORMS[0], RU_FORMS[1], "{count} источников: эмитента — {issuer}, {third}.")
    assert len(catalogs.problems("ru", _catalog("ru", added))) == 1


def test_a_fuzzy_translation_fails() -> None:
    assert catalogs.fuzzy("ru", _catalog("ru", RU_FORMS, fuzzy=True)) == [
        f"ru.po: the translation of {SINGULAR!r} is marked fuzzy"
    ]


def test_the_glossary_holds_in_every_plural_form() -> None:
    """Russian's issuer is "эмитент": a form that says "банк" for it fails, the others pass."""
    term = catalogs.glossary("ru")["issuer"]["term"]
    forms = ("{count} страница эмитента", "{count} страницы эмитента", "{count} страниц банка")
    catalog = Catalog(locale="ru", domain="amexhelp")
    catalog.add(("{count} issuer page", "{count} issuer pages"), forms)
    assert catalogs.off_glossary("ru", catalog) == [f"ru.po: 'issuer' is not said {term!r} in {forms[2]!r}"]
