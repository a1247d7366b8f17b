"""The reports in the language asked: `faq`, `countries`, `channels`, `audit`, `sources` and the vCard export
leave no English sentence of the tool's behind in any language, show statuses translated, label the sources'
texts (which stay in English) where the reader's language is another, and keep JSON the same in every
language but the audit's `message` texts. The audit's findings are codes and values; only render words them."""

from __future__ import annotations

from typing import Any

import pytest

from amexhelp.directory.model import Directory
from amexhelp.render import _problems
from amexhelp.render.naming import Naming
from amexhelp.reports import audit
from harness import RunCli
from test_i18n import DATA, ENGLISH, FROZEN, LANGUAGES

# Report commands that print sentences, with the arguments that show each of their parts: an FAQ answer
# about another market (numbers of several standings, the pointer to the card market's lines).
REPORTS = [
    ("faq", "lost", "--card", "GB"),
    ("faq",),
    ("countries",),
    ("channels",),
    ("audit",),
    ("sources",),
]
IDS = [" ".join(args) for args in REPORTS]


def _text(cli: RunCli, args: tuple[str, ...], lang: str, fmt: str = "plain") -> str:
    result = cli(*args, "--lang", lang, "--format", fmt, env=FROZEN)
    assert result.code == 0, result.stderr
    assert result.stdout
    return result.stdout


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", REPORTS, ids=IDS)
def test_no_english_sentence_of_the_tool_is_left_in_a_report(cli: RunCli, lang: str, args: tuple[str, ...]) -> None:
    text = _text(cli, args, lang)
    assert [fragment for fragment in ENGLISH if fragment in text] == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", [("faq",), ("channels",), ("countries",)], ids=["faq", "channels", "countries"])
def test_no_english_text_of_the_data_is_left_in_a_report(cli: RunCli, lang: str, args: tuple[str, ...]) -> None:
    naming = Naming(lang)  # a name a translation keeps as it is is no English left
    for fmt in ("plain", "rich"):
        text = cli(*args, "--lang", lang, "--format", fmt, env={**FROZEN, "COLUMNS": "400"}).stdout
        assert [english for kind, english in DATA if english in text and naming.text(kind, english) != english] == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", [("countries",), ("audit",), ("channels",), ("sources",)], ids=str)
def test_no_english_sentence_is_left_in_the_rich_reports_either(cli: RunCli, lang: str, args: tuple[str, ...]) -> None:
    text = _text(cli, args, lang, "rich")
    assert [fragment for fragment in ENGLISH if fragment in text] == []


def test_the_english_reports_hold_the_sentences_the_check_looks_for(cli: RunCli) -> None:
    """The check above can fail: the English reports do hold the tool's sentences it looks for."""
    for args in REPORTS:
        text = _text(cli, args, "en")
        assert [fragment for fragment in ENGLISH if fragment in text], args


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_audit_table_header_and_the_statuses_are_translated(cli: RunCli, lang: str) -> None:
    english = _text(cli, ("audit",), "en").splitlines()
    text = _text(cli, ("audit",), lang).splitlines()
    assert english[0].split() == ["line", "serves", "number", "status", "type", "valid", "from", "abroad"]
    assert not set(text[0].split()) & {"line", "serves", "number", "status", "valid", "abroad"}  # French "type"
    us_general = next(line for line in text if line.startswith("us-general "))
    assert "confirmed" not in us_general
    assert "TOLL_FREE" in us_general


LITERAL = [
    # (language, command, a line the output must hold, written out by hand)
    (
        "es",
        ("countries",),
        "Estado: [C] confirmado en una página del emisor · [R] corroborado por al menos 3 páginas independientes de"
        " terceros · [G] solo en una guía de terceros",
    ),
    ("es", ("countries",), "[S] sospechoso: una señal de alerta, no llame"),
    ("ja", ("countries",), "[S] 不審：危険信号があります。かけないでください"),
    ("fr", ("channels",), "1. Assistance téléphonique : La référence"),
    (
        "fr",
        ("channels",),
        "   Sur le site d'American Express, cherchez le lien Aide ou Nous contacter en bas de n'importe",
    ),
    ("es", ("faq", "lost", "--card", "GB"), "2. ¿Cómo denuncio la pérdida o el robo de una tarjeta American Express?"),
    (
        "de",
        ("faq", "lost"),
        "   Rufen Sie sofort die Betrugsmeldeleitung unter 1-800-297-9407 (USA) oder den allgemeinen",
    ),
    (
        "es",
        ("faq", "lost", "--card", "GB"),
        "   Para tarjetas emitidas en Reino Unido, llame en su lugar a (confirmado):",
    ),
    (
        "es",
        ("faq", "lost", "--card", "GB"),
        "   Número: 1-800-297-9407 [D] en disputa (us-fraud); llame en su lugar al +1 800-528-4800 (confirmado)",
    ),
    (
        "ja",
        ("faq", "lost", "--card", "GB"),
        "   アメリカ合衆国で発行されたカードについて · 出典：第三者: American Express Company",
    ),
    (
        "es",
        ("audit",),
        "    EN CUARENTENA withdrawn-range: +3531850882028 está en el rango 1850 de IE, retirado el 2022-01-01"
        " (fuente wikipedia-ie-numbering) (estado sospechoso: nunca se ofrece primero ni se exporta)",
    ),
    ("ja", ("audit",), "    イギリスから対応：国際電話になります"),
    (
        "de",
        ("audit",),
        "Märkte (Leitungen: bestätigt / durch Dritte belegt / nur Drittanbieter / strittig / verdächtig):",
    ),
    (
        "de",
        ("sources",),
        "Seitentitel und andere aus den Quellen zitierte Texte stehen so da, wie die Quellen sie drucken, auf"
        " Englisch.",
    ),
    ("ru", ("countries",), "   1800 026 288          [D] Обслуживание клиентов в Австралии"),
]


@pytest.mark.parametrize(("lang", "args", "expected"), LITERAL, ids=[f"{c[0]} {c[1][0]}" for c in LITERAL])
def test_a_report_says_what_a_translator_wrote(cli: RunCli, lang: str, args: tuple[str, ...], expected: str) -> None:
    assert expected in _text(cli, args, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sources_texts_are_labelled_in_another_language(cli: RunCli, lang: str) -> None:
    """A text of the data with no translation is shown as the source prints it, with a label saying so;
    the FAQ and the channels are translated, so they carry none; the listings of sources end with the
    note; both only where the reader's language is not English, the sources' language."""
    naming = Naming(lang)
    untranslated = "A text the catalogs have no translation of."
    labelled = naming.quoted("line note", untranslated)
    assert labelled.startswith(untranslated + " [")
    assert labelled.endswith("]")
    label = labelled[len(untranslated) :]
    assert naming.language("en") in label
    assert naming.quoted("line note", "English support available 24/7.") != "English support available 24/7."
    question = "2. How do I report a lost or stolen American Express card?"
    assert question in _text(cli, ("faq", "lost"), "en").splitlines()
    faq = _text(cli, ("faq", "lost"), lang)
    assert question not in faq
    assert label not in faq
    assert label not in _text(cli, ("channels",), lang)
    notes = {_text(cli, (command,), lang).splitlines()[-2] for command in ("audit", "sources")}
    assert len(notes) == 1
    assert Naming(lang).language("en") in notes.pop()


def test_in_english_the_sources_texts_need_no_label(cli: RunCli) -> None:
    for args in REPORTS:
        text = _text(cli, args, "en")
        assert "as the source prints it" not in text
        assert "as they print them" not in text
    assert "2. How do I report a lost or stolen American Express card?\n" in _text(cli, ("faq", "lost"), "en")


def _without_messages(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    messages = [item.pop("message") for key in ("problems", "quarantined") for item in data.get(key, [])]
    return data, messages


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("args", REPORTS, ids=IDS)
def test_json_is_the_same_in_every_language_but_the_audit_messages(
    cli: RunCli, args: tuple[str, ...], lang: str
) -> None:
    english, english_messages = _without_messages(cli(*args, "--json", env=FROZEN).json())
    data, messages = _without_messages(cli(*args, "--lang", lang, "--json", env=FROZEN).json())
    assert data == english
    assert len(messages) == len(english_messages)
    if english_messages:
        assert messages != english_messages


def test_the_audit_json_keeps_its_english_messages_by_default(cli: RunCli) -> None:
    data = cli("audit", "--json", env=FROZEN).json()
    assert {"line": "ie-lost", "code": "withdrawn-range", "message": (
        "+3531850882028 is in IE's 1850 range, withdrawn on 2022-01-01 (source wikipedia-ie-numbering)"
    )} in data["quarantined"]  # fmt: skip
    assert {"line": "ar-general", "code": "fictional-pattern", "message": (
        "+548005550123 follows a pattern kept for fictional numbers"
    )} in data["quarantined"]  # fmt: skip
    spanish = cli("audit", "--json", env={**FROZEN, "AMEXHELP_LANG": "es"}).json()
    assert {"line": "ar-general", "code": "fictional-pattern", "message": (
        "+548005550123 sigue un patrón reservado para números ficticios"
    )} in spanish["quarantined"]  # fmt: skip


def test_an_audit_problem_is_a_code_and_values(directory: Directory) -> None:
    report = audit.audit(directory)
    found = {(p.line, p.code): dict(p.values) for p in report.quarantined}
    assert found[("ie-lost", "withdrawn-range")] == {
        "e164": "+3531850882028",
        "country": "IE",
        "range": "1850",
        "withdrawn": "2022-01-01",
        "source": "wikipedia-ie-numbering",
    }
    assert found[("ar-general", "fictional-pattern")] == {"e164": "+548005550123"}
    assert not hasattr(report.quarantined[0], "message")


# One problem of each code, with values made up for the test (the wording must hold every value).
SAMPLES = [
    audit.Problem("x", audit.INVALID, {"e164": "+10000000001"}),
    audit.Problem("x", audit.UNDIALLABLE, {"e164": "+820079800001"}),
    audit.Problem("x", audit.FICTIONAL, {"e164": "+12025550123"}),
    audit.Problem(
        "x",
        audit.WITHDRAWN,
        {"e164": "+3531850000000", "country": "IE", "range": "1850", "withdrawn": "2022-01-01", "source": "src-id"},
    ),
    audit.Problem("x", audit.TOLL_FREE, {"toll_free": "True", "number_type": "FIXED_LINE"}),
    audit.Problem("x", audit.STALE, {"field": "national", "stored": "'1 2'", "now": "'12'"}),
    audit.Problem("x", audit.NO_SOURCE, {}),
    audit.Problem("x", audit.OFF_DOMAIN, {"source": "src-id", "url": "https://example.org/"}),
    audit.Problem("x", audit.STATUS, {"stored": "confirmed", "now": "guide-only"}),
]


def test_every_problem_code_has_a_sample() -> None:
    assert sorted(p.code for p in SAMPLES) == sorted(audit.CODES)


ENGLISH_WORDING = {
    audit.INVALID: "+10000000001 is not a valid number",
    audit.UNDIALLABLE: "+820079800001 puts 00 after the country code: no phone dials that form",
    audit.FICTIONAL: "+12025550123 follows a pattern kept for fictional numbers",
    audit.WITHDRAWN: "+3531850000000 is in IE's 1850 range, withdrawn on 2022-01-01 (source src-id)",
    audit.TOLL_FREE: "toll_free is True but the number type is FIXED_LINE",
    audit.STALE: "national is '1 2' in the data but '12' by phonenumbers",
    audit.NO_SOURCE: "no source prints this number",
    audit.OFF_DOMAIN: "source src-id is counted as the issuer's but https://example.org/ is not on its domains",
    audit.STATUS: "status is 'confirmed' in the data but 'guide-only' by its evidence",
}


@pytest.mark.parametrize("problem", SAMPLES, ids=[p.code for p in SAMPLES])
def test_each_problem_is_worded_in_english_as_before(problem: audit.Problem) -> None:
    assert _problems.word(problem) == ENGLISH_WORDING[problem.code]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("problem", SAMPLES, ids=[p.code for p in SAMPLES])
def test_each_problem_is_worded_in_every_language(problem: audit.Problem, lang: str) -> None:
    text = _problems.word(problem, Naming(lang))
    assert text != ENGLISH_WORDING[problem.code]
    for field, value in problem.values.items():
        if field not in ("stored", "now") or problem.code != audit.STATUS:
            assert value in text, field


def test_a_stale_status_names_the_statuses_translated() -> None:
    assert _problems.word(SAMPLES[-1], Naming("es")) == (
        "el estado es 'confirmado' en los datos, pero 'solo en guía' según sus pruebas"
    )
    assert (
        _problems.word(SAMPLES[-1], Naming("ja"))
        == "確認状況がデータでは '確認済み' ですが、根拠からは 'ガイドのみ' です"
    )


@pytest.mark.parametrize("command", ["channels", "audit", "sources"])
def test_the_language_chain_applies_to_the_reports(cli: RunCli, command: str) -> None:
    english = _text(cli, (command,), "en")
    by_setting = cli(command, "--format", "plain", env={**FROZEN, "AMEXHELP_LANG": "es"}).stdout
    by_locale = cli(command, "--format", "plain", env={**FROZEN, "LANG": "es_ES.UTF-8"}).stdout
    by_option = cli(command, "--lang", "es", "--format", "plain", env={**FROZEN, "AMEXHELP_LANG": "ja"}).stdout
    assert by_setting == by_locale == by_option == _text(cli, (command,), "es") != english


@pytest.mark.parametrize(
    "args", [("channels",), ("audit",), ("sources",), ("export", "--format", "vcf"), ("export", "--format", "csv")]
)
def test_a_language_we_do_not_answer_in_is_refused(cli: RunCli, args: tuple[str, ...]) -> None:
    result = cli(*args, "--lang", "xx", env=FROZEN)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.startswith("amexhelp: error: no names in language 'xx' for --lang")


def _unfolded(vcard: str) -> str:
    return vcard.replace("\r\n ", "")


def test_a_vcard_is_worded_in_the_language_asked(cli: RunCli) -> None:
    args = ("export", "--format", "vcf", "--country", "JP", "--card", "US", "--from", "JP")
    english = _unfolded(cli(*args, env=FROZEN).stdout)
    spanish = _unfolded(cli(*args, "--lang", "es", env=FROZEN).stdout)
    assert "FN:American Express (Japan)" in english
    assert "FN:American Express (Japón)" in spanish
    assert "FN:American Express (Todo el mundo)" in spanish
    assert "Números tal como se marcan desde Japón. Confirme con el número del reverso de su tarjeta." in spanish
    assert "Confirm with the number on the back of your card." not in spanish
    # The numbers saved are the same: only the words for people change.
    tels = [line for line in english.splitlines() if ".TEL;" in line]
    assert tels
    assert tels == [line for line in spanish.splitlines() if ".TEL;" in line]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_exports_are_for_programs_and_the_same_in_every_language(cli: RunCli, fmt: str) -> None:
    english = cli("export", "--format", fmt, "--from", "JP", env=FROZEN).stdout
    for lang in ("es", "ja", "ar"):
        assert cli("export", "--format", fmt, "--from", "JP", "--lang", lang, env=FROZEN).stdout == english


def test_english_reports_read_no_catalog(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    from amexhelp.directory import index

    read: list[tuple[str, ...]] = []
    original = index.read_package_file

    def recording(*parts: str) -> bytes:
        read.append(parts)
        return original(*parts)

    monkeypatch.setattr(index, "read_package_file", recording)
    for args in REPORTS:
        _text(cli, args, "en")
    cli("export", "--format", "vcf", env=FROZEN)
    assert [parts for parts in read if parts[0] == "locale"] == []
    from amexhelp.render.i18n import _catalog, data_translator, translator

    for cached in (_catalog, translator, data_translator):
        cached.cache_clear()  # the check can fail: another language reads its catalog, and only its
    _text(cli, ("audit",), "ko")
    assert [parts for parts in read if parts[0] == "locale"] == [("locale", "ko", "LC_MESSAGES", "amexhelp.mo")]
