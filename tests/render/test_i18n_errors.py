"""Error messages in the user's language: the core raises codes and values, the renderers word them.

Every bad input below is run in each of the twelve languages, chosen with --lang and with the locale
(LANG): the line on stderr must be the only output, keep its exit code, name what was typed and the
options as they are, and hold no word of the English template it translates.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import pytest

from amexhelp.errors import CODES, DataError, InputError, NotFoundError
from harness import RunCli

LANGS = ("es", "fr", "de", "it", "pt", "ja", "zh", "zh-TW", "ko", "ar", "hi", "ru")
LOCALES = {
    "es": "es_ES",
    "fr": "fr_FR",
    "de": "de_DE",
    "it": "it_IT",
    "pt": "pt_BR",
    "ja": "ja_JP",
    "zh": "zh_CN",
    "zh-TW": "zh_TW",
    "ko": "ko_KR",
    "ar": "ar_EG",
    "hi": "hi_IN",
    "ru": "ru_RU",
}
PREFIX = "amexhelp: error: "
MISSING = "/nonexistent/amexhelp-directory.json"


class Case(NamedTuple):
    args: tuple[str, ...]
    english: str  # the whole line on stderr in English, as it has always read
    code: int
    kept: tuple[str, ...]  # what every language shows unchanged: the typed value, option names...
    env: tuple[tuple[str, str], ...] = ()  # variables set for the run
    lang_option: bool = True  # the command takes --lang (sources and schema do not: the locale decides)


CASES = {
    "country-typo": Case(
        ("lookup", "--country", "Japn"),
        "unknown country for --country: 'Japn' (did you mean Japan?)",
        2,
        ("'Japn'", "--country"),
    ),
    "country-markup": Case(
        ("lookup", "--country", "J[P]"),
        "unexpected character '[' in --country: 'J[P]' (give a country code, a country name or a place, e.g. JP,"
        " Japan or Tokyo)",
        2,
        ("'J[P]'", "'['", "--country", "JP"),
    ),
    "need-typo": Case(
        ("lookup", "--country", "JP", "--need", "travle"),
        "unknown need for --need: 'travle' (did you mean travel?)",
        2,
        ("'travle'", "--need", "travel"),
    ),
    "bad-tz": Case(
        ("lookup", "--country", "JP", "--tz", "Europe/Pariss"),
        "unknown time zone for --tz: 'Europe/Pariss' (did you mean Europe/Paris?)",
        2,
        ("'Europe/Pariss'", "--tz", "Europe/Paris"),
    ),
    "not-a-number": Case(
        ("verify", "hello"),
        "not a phone number: 'hello' (give digits, e.g. +1 800 528 4800)",
        2,
        ("'hello'", "+1 800 528 4800"),
    ),
    "short-number": Case(
        ("verify", "12"),
        "not a complete phone number: '12' (too short) (check it digit by digit against the issuer's website, app"
        " or statement)",
        2,
        ("'12'",),
    ),
    "too-long": Case(
        ("lookup", "--country", "x" * 101),
        "--country is too long (101 characters; at most 100)",
        2,
        ("--country", "101", "100"),
    ),
    "query-too-long": Case(
        ("lookup", "y" * 501),
        "query is too long (501 characters; at most 500)",
        2,
        ("501", "500"),
    ),
    "missing-data": Case(
        ("lookup", "--country", "JP"),
        f"cannot read directory data {MISSING} (from AMEXHELP_DATA): No such file or directory",
        2,
        (MISSING, "AMEXHELP_DATA", "No such file or directory"),  # the reason is the system's
        (("AMEXHELP_DATA", MISSING),),
    ),
    "brief-all": Case(
        ("lookup", "--country", "JP", "--brief", "--all"),
        "--brief prints bare numbers; it does not mix with --all",
        2,
        ("--brief", "--all"),
    ),
    "batch-only": Case(
        ("verify", "+1 800 528 4800", "--full"),
        "--full applies to a batch only (give '-' as NUMBER to read stdin)",
        2,
        ("--full", "'-'", "NUMBER"),
    ),
    "no-faq": Case(
        ("faq", "zzqqxxvv"),
        "no FAQ matches 'zzqqxxvv' (run `amexhelp faq` to list them all)",
        1,
        ("'zzqqxxvv'", "`amexhelp faq`"),
    ),
    "source-kind": Case(
        ("sources", "--kind", "official"),
        "unknown source kind for --kind: 'official' (one of: issuer, issuer-partner, third-party)",
        2,
        ("'official'", "--kind", "issuer, issuer-partner, third-party"),
        lang_option=False,
    ),
    "schema-typo": Case(
        ("schema", "lokup"),
        "no JSON schema for 'lokup' (did you mean lookup?)",
        2,
        ("'lokup'", "lookup"),
        lang_option=False,
    ),
}

# Words a translation keeps as the English message has them: names of things to type or of formats.
_KEPT_WORDS = re.compile(r"\b[A-Z]{2,}\b|`[^`]*`|--[a-z-]+|\S*/\S*")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Country names in the suggestion come from the name tables; German spells Japan as English does.
_SAME_NAMES = {"Japan", "Tokyo"}
# Words of these languages that English writes the same way.
_COGNATES = {
    "de": {"in", "app", "website", "schema"},
    "it": {"in", "app", "schema"},
    "fr": {"long", "code", "source"},
    "es": {"no"},
}


def _template_words(line: str, kept: tuple[str, ...]) -> set[str]:
    """The words in Latin letters of a line that belong to its template, not to the values, option
    names and format names shown in it."""
    for value in sorted(kept, key=len, reverse=True):
        line = line.replace(value, " ")
    line = _KEPT_WORDS.sub(" ", line)
    return {word.casefold() for word in _WORD.findall(line) if word not in _SAME_NAMES}


def _run(cli: RunCli, case: Case, lang: str, via: str) -> Any:
    if via == "option":
        return cli(*case.args, "--lang", lang, env=dict(case.env))
    return cli(*case.args, env={**dict(case.env), "LANG": f"{LOCALES[lang]}.UTF-8"})


@pytest.mark.parametrize("name", CASES)
def test_the_english_line_is_as_it_always_was(cli: RunCli, name: str) -> None:
    case = CASES[name]
    result = cli(*case.args, env=dict(case.env))
    assert (result.code, result.stdout, result.stderr) == (case.code, "", f"{PREFIX}{case.english}\n")


RUNS = [
    (name, lang, via)
    for name, case in CASES.items()
    for lang in LANGS
    for via in (("option", "locale") if case.lang_option else ("locale",))
]


@pytest.mark.parametrize(("name", "lang", "via"), RUNS)
def test_every_error_is_worded_in_the_chosen_language(cli: RunCli, name: str, lang: str, via: str) -> None:
    case = CASES[name]
    result = _run(cli, case, lang, via)
    assert result.code == case.code
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stderr.endswith("\n")
    assert lines[0].startswith(PREFIX)
    # As read: without the invisible isolates that keep its numbers in order in right-to-left text.
    line = lines[0].removeprefix(PREFIX).translate(dict.fromkeys(map(ord, "\u2066\u2069")))
    assert line != case.english
    for value in case.kept:
        assert value in line, (value, line)
    # What a translation leaves of the English template, beyond what it keeps on purpose.
    left = _template_words(case.english, case.kept) & _template_words(line, case.kept)
    assert left - _COGNATES.get(lang, set()) == set(), line


def test_the_template_words_are_found_where_a_line_is_left_in_english() -> None:
    """The check above would see an untranslated line (it can fail)."""
    case = CASES["country-typo"]
    assert _template_words(case.english, case.kept) == {"unknown", "country", "for", "did", "you", "mean"}
    case = CASES["batch-only"]
    assert _template_words(case.english, case.kept) == {"applies", "to", "batch", "only", "give", "as", "read", "stdin"}


# Lines written by hand, not copied from the catalogs.
LITERAL = [
    ("es", "country-typo", "país desconocido para --country: 'Japn' (¿quiso decir Japón?)"),
    ("es", "not-a-number", "no es un número de teléfono: 'hello' (indique dígitos, p. ej. +1 800 528 4800)"),
    ("es", "too-long", "--country es demasiado largo (101 caracteres; como máximo 100)"),
    ("es", "no-faq", "ninguna pregunta frecuente coincide con 'zzqqxxvv' (ejecute `amexhelp faq` para verlas todas)"),
    ("es", "brief-all", "--brief imprime solo los números; no se combina con --all"),
    ("ja", "country-typo", "--country の国が不明です：'Japn'（日本 のことですか？）"),
    ("ja", "need-typo", "--need の用件が不明です：'travle'（travel のことですか？）"),
    ("ja", "brief-all", "--brief は番号だけを表示するため、--all とは併用できません"),
    (
        "ja",
        "short-number",
        "完全な電話番号ではありません：'12'（短すぎます）"
        "（発行会社のウェブサイト、アプリ、または利用明細書と1桁ずつ照らし合わせてください）",
    ),
    ("ja", "query-too-long", "検索語が長すぎます（501 文字、最大 500 文字）"),
]


@pytest.mark.parametrize(("lang", "name", "expected"), LITERAL)
def test_literal_translations(cli: RunCli, lang: str, name: str, expected: str) -> None:
    case = CASES[name]
    for via in ("option", "locale") if case.lang_option else ("locale",):
        assert _run(cli, case, lang, via).stderr == f"{PREFIX}{expected}\n"


def test_lang_is_read_in_both_forms_and_wins_over_the_environment(cli: RunCli) -> None:
    spanish = f"{PREFIX}país desconocido para --country: 'Japn' (¿quiso decir Japón?)\n"
    japanese = f"{PREFIX}--country の国が不明です：'Japn'（日本 のことですか？）\n"
    assert cli("lookup", "--lang=es", "--country", "Japn").stderr == spanish
    assert cli("lookup", "--lang", "es", "--country", "Japn", env={"AMEXHELP_LANG": "ja"}).stderr == spanish
    assert cli("lookup", "--country", "Japn", env={"AMEXHELP_LANG": "ja", "LANG": "es_ES.UTF-8"}).stderr == japanese
    assert cli("lookup", "--country", "Japn", env={"LC_ALL": "ja_JP.UTF-8", "LANG": "es_ES.UTF-8"}).stderr == japanese
    assert cli("lookup", "--country", "Japn", env={"LC_MESSAGES": "es_ES.UTF-8"}).stderr == spanish


def test_a_failure_before_the_command_runs_is_worded_in_the_language_asked(cli: RunCli) -> None:
    """The data file is read before any option is checked: --lang is read from the command line itself."""
    result = cli("lookup", "--country", "JP", "--lang", "es", env={"AMEXHELP_DATA": MISSING})
    assert result.stderr == (
        f"{PREFIX}no se pueden leer los datos del directorio {MISSING} (de AMEXHELP_DATA): No such file or directory\n"
    )


def test_lang_is_read_from_the_options_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from amexhelp.cli._app import _error_language

    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "AMEXHELP_LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert _error_language(["verify", "--", "--lang", "es"]) == "en"  # after --, a NUMBER
    assert _error_language(["verify", "--lang", "es", "--lang=ja", "12"]) == "ja"  # the last one, as Typer takes it
    assert _error_language(["verify", "--lang"]) == "en"


ENGLISH_LANG = "no names in language 'xx' for --lang (one of: en, ar, de, es, fr, hi, it, ja, ko, pt, ru, zh, zh-TW)"


@pytest.mark.parametrize("env", [{}, {"LANG": "ja_JP.UTF-8"}, {"AMEXHELP_LANG": "es"}])
def test_an_unknown_lang_is_reported_in_english(cli: RunCli, env: dict[str, str]) -> None:
    result = cli("lookup", "--country", "JP", "--lang", "xx", env=env)
    assert (result.code, result.stdout, result.stderr) == (2, "", f"{PREFIX}{ENGLISH_LANG}\n")


def test_an_unknown_amexhelp_lang_leaves_other_errors_in_english(cli: RunCli) -> None:
    result = cli("lookup", "--country", "Japn", env={"AMEXHELP_LANG": "xx", "LANG": "ja_JP.UTF-8"})
    assert result.stderr == f"{PREFIX}unknown country for --country: 'Japn' (did you mean Japan?)\n"


def test_a_bug_is_reported_in_the_chosen_language(cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    from amexhelp.cli import _environment

    def broken() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(_environment, "directory", broken)
    result = cli("lookup", "--country", "JP", "--lang", "es")
    assert result.code == 70
    assert result.stdout == ""
    assert result.stderr == (
        f"{PREFIX}error interno (RuntimeError: boom); es un fallo de amexhelp, no de lo que ha pedido: infórmelo"
        " junto con el comando que ejecutó (AMEXHELP_DEBUG=1 muestra los detalles):"
        " https://github.com/amexhelp/amexhelp/issues\n"
    )
    english = cli("lookup", "--country", "JP")
    assert english.stderr == (
        f"{PREFIX}internal error (RuntimeError: boom); this is a bug in amexhelp, not in what you asked: please"
        " report it with the command you ran (AMEXHELP_DEBUG=1 shows the details): https://github.com/amexhelp/amexhelp/issues\n"
    )
    with pytest.raises(RuntimeError, match="boom"):
        cli("lookup", "--country", "JP", "--lang", "es", env={"AMEXHELP_DEBUG": "1"})


def test_batch_errors_follow_the_language_and_json_keeps_their_code(cli: RunCli) -> None:
    """An unreadable line's error is a message, in the language chosen, in JSON as in a text line; JSON
    keeps its stable code beside it (``error_code``), the same in every language."""
    result = cli("verify", "-", "--json", input="hello\n", env={"LANG": "ja_JP.UTF-8"})
    assert result.json()["error"] == "電話番号ではありません：'hello'（数字を入力してください（例：+1 800 528 4800））"
    assert result.json()["error_code"] == "not-a-number"
    english = cli("verify", "-", "--json", input="hello\n")
    assert english.json()["error"] == "not a phone number: 'hello' (give digits, e.g. +1 800 528 4800)"
    assert english.json()["error_code"] == "not-a-number"
    plain = cli("verify", "-", input="hello\n", env={"LANG": "es_ES.UTF-8"})
    assert (
        plain.stdout == "error\thello\tno es un número de teléfono: 'hello' (indique dígitos, p. ej. +1 800 528 4800)\n"
    )


def test_the_core_raises_codes_and_values_not_sentences(directory: Any) -> None:
    from amexhelp.lookup.answer import resolve_need
    from amexhelp.lookup.places import resolve_country
    from amexhelp.verify.checker import verify

    with pytest.raises(InputError) as country:
        resolve_country("Frnace", option="--card")
    assert (country.value.code, dict(country.value.values)) == (
        "unknown-country",
        {"option": "--card", "value": "Frnace", "close": ("FR",), "blank": False},
    )
    with pytest.raises(InputError) as need:
        resolve_need(directory, "fruad")
    assert (need.value.code, need.value.values["value"], need.value.values["close"]) == (
        "unknown-need",
        "fruad",
        "fraud",
    )
    with pytest.raises(InputError) as number:
        verify(directory, "020 1234", "GB")
    assert number.value.code == "incomplete-number"
    assert (number.value.values["why"], number.value.values["region"]) == ("not-valid-there", "GB")


def test_an_error_reads_as_its_code_until_the_renderers_word_it() -> None:
    """The kernel words nothing itself: without the renderers' wording, an error is its code and values."""
    from amexhelp import errors

    error = NotFoundError("no-faq", query="zz")
    saved = errors._english
    try:
        errors._english = None
        assert str(error) == "no-faq: query='zz'"
    finally:
        errors._english = saved
    assert str(error) == "no FAQ matches 'zz' (run `amexhelp faq` to list them all)"
    assert (error.message, error.suggestion) == ("no FAQ matches 'zz'", "run `amexhelp faq` to list them all")
    assert str(DataError("data-invalid", origin="x.json", path="", reason="not-object", got="list")) == (
        "invalid directory data in x.json: top level: expected an object, got a list"
    )


def test_every_code_has_a_wording_and_no_other() -> None:
    from amexhelp.render import errors as words

    assert set(words._WORDING) == set(CODES)
    with pytest.raises(ValueError, match="unknown error code"):
        InputError("no-such-code")


# One set of values for every code, as the core gives them.
SAMPLES: dict[str, dict[str, Any]] = {
    "too-long": {"option": "--need", "length": 101, "limit": 100},
    "too-many-arguments": {"count": 160_002, "limit": 1_000},
    "unknown-country": {"option": "--from", "value": "Frnace", "close": ("FR", "IE"), "blank": False},
    "odd-character": {"option": "--card", "value": "<b>", "char": "<"},
    "unknown-need": {"value": "xyz", "close": None, "known": ("lost-card", "fraud")},
    "unknown-product": {"value": "gold", "close": None, "known": ("personal", "business")},
    "unknown-lang": {"option": "AMEXHELP_LANG", "value": "xx", "known": ("en", "es")},
    "unknown-tz": {"value": "Mars/Base", "close": None},
    "no-tz-database": {},
    "unknown-kind": {"value": "x", "known": ("issuer", "third-party")},
    "unknown-schema": {"value": "x", "close": None, "known": ("lookup", "faq")},
    "unknown-encoding": {"value": "klingon-8"},
    "format-clash": {"format": "plain"},
    "jq-missing": {},
    "jq-invalid": {"value": ".lines[", "detail": "syntax error, unexpected end of file"},
    "qr-with-json": {},
    "brief-with-format": {},
    "brief-with-all": {},
    "batch-only": {"option": "--encoding"},
    "full-without-json": {},
    "number-and-message": {},
    "no-number": {},
    "no-stdin-numbers": {},
    "no-stdin-message": {},
    "cannot-read": {"path": "sms.txt", "reason": "Permission denied"},
    "message-too-long": {"length": 123_456, "limit": 100_000},
    "number-too-long": {"length": 101, "limit": 100},
    "not-a-number": {"value": "abc"},
    "incomplete-number": {"value": "020 1234", "why": "not-valid-there", "region": "GB", "elsewhere": True},
    "input-not-text": {"encoding": "utf-8-sig", "line": 1_234, "reason": "invalid start byte", "encoding_given": False},
    "input-has-nul": {},
    "input-utf16": {"encoding": "utf-16-le"},
    "output-not-a-file": {"path": "/dev/null"},
    "output-failed": {"reason": "No space left on device"},
    "data-not-a-file": {"path": "/dev/zero", "variable": "AMEXHELP_DATA"},
    "data-too-large": {"path": "d.json", "limit": 67108864},
    "data-too-deep": {"path": "d.json", "limit": 32},
    "file-exists": {"path": "amex.vcf"},
    "cannot-write": {"path": "/x/amex.vcf", "reason": "Read-only file system"},
    "no-tel-link": {"number": "0120-020-222"},
    "no-qr-line": {},
    "no-faq": {"query": "zz"},
    "data-unreadable": {"path": "d.json", "variable": "AMEXHELP_DATA", "reason": "Is a directory"},
    "data-not-utf8": {"path": "d.json", "byte": 7},
    "data-not-json": {"path": "d.json", "line": 3, "column": 9, "detail": "Expecting value"},
    "data-invalid": {"origin": "d.json", "path": "lines[2].area", "reason": "not-area", "value": "mars", "choices": ()},
    "data-not-a-number": {"number": "+999", "detail": "(1) The string supplied did not seem to be a phone number."},
    "output-closed": {},
}

ENGLISH_SAMPLES = {
    "too-many-arguments": "too many command-line arguments (160,002; at most 1,000)",
    "message-too-long": "message is too long (123,456 characters; at most 100,000)",
    "incomplete-number": "not a complete phone number: '020 1234' (no valid number when dialled in the United Kingdom)"
    " (a number when dialled elsewhere: without --from (or AMEXHELP_FROM) every reading is judged)",
    "input-not-text": "the input is not UTF-8 text: line 1,234 (invalid start byte) (give --encoding if it is text"
    " in another encoding)",
    "unknown-country": "unknown country for --from: 'Frnace' (did you mean France or Ireland?)",
    "data-not-a-number": "'+999' is not a phone number: (1) The string supplied did not seem to be a phone number.",
    "data-invalid": "invalid directory data in d.json: lines[2].area: 'mars' is not one of the areas: none",
}


def test_every_code_is_worded_in_every_language() -> None:
    from amexhelp.render import errors as words
    from amexhelp.render.naming import Naming

    assert set(SAMPLES) == set(CODES)
    for code, values in SAMPLES.items():
        error = InputError(code, **values)
        english = words.word(error)
        assert english == str(error)
        assert "{" not in english, english
        if code in ENGLISH_SAMPLES:
            assert english == ENGLISH_SAMPLES[code]
        for lang in LANGS:
            line = words.word(error, Naming(lang))
            assert "{" not in line, (lang, line)
            assert "\n" not in line, (lang, line)
            assert line != english, (lang, line)


@pytest.mark.parametrize(
    ("document", "english", "spanish"),
    [
        ("[]", "top level: expected an object, got a list", "nivel superior: se esperaba un objeto y hay una lista"),
        (
            '{"schema_version": 9}',
            "schema_version: version 9 is not supported; this release reads schema version 1, 2",
            "schema_version: la versión 9 no es compatible; esta versión lee el esquema 1, 2",
        ),
        (
            '{"schema_version": 2}',
            "source: required field is missing",
            "source: falta un campo obligatorio",
        ),
    ],
)
def test_a_broken_data_file_is_reported_in_the_chosen_language(
    cli: RunCli, tmp_path: Any, document: str, english: str, spanish: str
) -> None:
    """The schema's reasons are codes too: worded, with the field's path as it is, in every language."""
    path = tmp_path / "directory.json"
    path.write_text(document, encoding="utf-8")
    env = {"AMEXHELP_DATA": str(path)}
    assert cli("lookup", "--country", "JP", env=env).stderr == (
        f"{PREFIX}invalid directory data in {path}: {english}\n"
    )
    result = cli("lookup", "--country", "JP", "--lang", "es", env=env)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == f"{PREFIX}datos del directorio no válidos en {path}: {spanish}\n"
    for lang in LANGS:
        line = cli("lookup", "--country", "JP", env={**env, "LANG": f"{LOCALES[lang]}.UTF-8"}).stderr
        assert str(path) in line
        assert "expected" not in line
        assert "required" not in line
