"""verify in the language asked: the same verdicts, message reports and batches rendered in every language
leave no English sentence of the tool's behind (names and data texts aside), print every number as it is,
and give the same JSON in every language but the warnings' messages; the language is chosen as for a
lookup (--lang, AMEXHELP_LANG, the locale), in the batch too."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from harness import RunCli
from test_i18n import DATA as DATA_TEXTS
from test_i18n import ENGLISH  # the tool's own English sentences, and the data's texts it translates
from tools import catalogs

LANGUAGES = catalogs.LANGUAGES
# Numbers that between them show every part of a verdict.
NUMBERS = [
    "900 814 500",  # listed, one reading
    "0800 917 8047",  # listed, with other readings dialled elsewhere
    "1-800-528-48OO",  # letters for digits, imitating a listed number, several readings
    "1-8OO-528-48l0",  # letters for digits, imitating nothing listed
    "+44 909 879 0000",  # an unlisted premium-rate number (and a fictional range)
    "+1 800 582 4800",  # a look-alike of a listed number
    "01273 696 993",  # a look-alike, several readings
    "+1 800 950 5114",  # unlisted, no red flag: the advice
    "1300 123 456",  # unlisted under several readings
]
# A message with a look-alike link, a request for a code and a listed number; and the shipped examples.
MESSAGE = (
    "American Express: your card is blocked. Reply with the one-time code we sent you, or log in at"
    " https://amex-secure-verify.com/login within 24 hours. Questions? Call +1 800 528 4800.\n"
)
DATA = Path(__file__).parents[1] / "data"
BATCH = "900 814 500\n1300 123 456\n+1 800 582 4800\n1-800-528-48OO\n+1 800 950 5114\n"
# Phone numbers as the tool prints them (+ form, or a national form of digits and separators).
_NUMBER = re.compile(r"\+\d[\d \-]{5,}\d|(?<![\d\-])\d[\d\-]{6,}\d(?![\d\-])")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


@pytest.fixture(scope="module")
def message_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("messages") / "code.txt"
    path.write_text(MESSAGE, encoding="utf-8")
    return str(path)


def _messages(message_file: str) -> list[str]:
    return [message_file, str(DATA / "scam-sms.txt"), str(DATA / "pin-sms.txt")]


def test_the_cases_show_what_they_are_meant_to(cli: RunCli, message_file: str) -> None:
    """The table above holds each kind of verdict and flag it claims to, so the tests below cover them."""
    codes = {number: [w["code"] for w in cli("verify", number, "--json").json()["warnings"]] for number in NUMBERS[2:7]}
    assert codes == {
        "1-800-528-48OO": ["letters-for-digits"],
        "1-8OO-528-48l0": ["letters-for-digits"],
        "+44 909 879 0000": ["premium-rate", "fictional-pattern"],
        "+1 800 582 4800": ["look-alike"],
        "01273 696 993": ["look-alike"],
    }
    report = cli("verify", "--message", message_file, "--json").json()
    assert [w["code"] for w in report["warnings"]] == ["asks-for-secret"]
    assert [w["code"] for link in report["links"] for w in link["warnings"]] == ["look-alike-domain"]
    assert [number["verdict"] for number in report["numbers"]] == ["listed"]


def test_the_english_sentences_are_found_in_english(cli: RunCli, message_file: str) -> None:
    """The check below can fail: each case, in English, shows sentences of the list it looks for."""
    cases = [(number,) for number in NUMBERS] + [("--message", path) for path in _messages(message_file)]
    for args in cases:
        text = cli("verify", *args, "--format", "plain").stdout
        assert len([fragment for fragment in ENGLISH if fragment in text]) >= 2, args
    batch = cli("verify", "-", input=BATCH).stdout
    assert "2 readings" in batch


def _english_left(text: str, lang: str) -> list[str]:
    """The tool's English sentences, the data's translated texts and the verdicts' English words in ``text``."""
    from amexhelp.render.naming import Naming

    naming = Naming(lang)
    left = [fragment for fragment in ENGLISH if fragment in text]
    left += [english for kind, english in DATA_TEXTS if english in text and naming.text(kind, english) != english]
    words = ("LISTED", "UNLISTED", "SUSPICIOUS", "NOTHING FOUND")
    return left + [line for line in text.splitlines() if line.startswith(words)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_sentence_of_a_verdict_is_left(cli: RunCli, lang: str) -> None:
    for number in NUMBERS:
        text = cli("verify", number, "--lang", lang, "--format", "plain").stdout
        assert text, number
        assert _english_left(text, lang) == [], number


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_sentence_of_a_message_report_is_left(cli: RunCli, lang: str, message_file: str) -> None:
    for path in _messages(message_file):
        text = cli("verify", "--message", path, "--lang", lang, "--format", "plain").stdout
        assert text, path
        assert _english_left(text, lang) == [], path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rich_verdicts_and_reports_are_worded_too(cli: RunCli, lang: str, message_file: str) -> None:
    for args in (("0800 917 8047",), ("1-800-528-48OO",), ("--message", message_file)):
        text = cli("verify", *args, "--lang", lang, "--format", "rich", env={"COLUMNS": "400"}).stdout
        assert text, args
        assert [fragment for fragment in ENGLISH if fragment in text] == [], args


def _numbers(text: str) -> list[str]:
    return sorted({found for found in _NUMBER.findall(text) if not _DATE.fullmatch(found)})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_are_printed_as_they_are_in_every_language(cli: RunCli, lang: str, message_file: str) -> None:
    """Every number of the English text is in the translated one, character for character (digits,
    spaces and hyphens in their order, as a left-to-right run), and no number is added."""
    cases = [(number,) for number in NUMBERS] + [("--message", path) for path in _messages(message_file)]
    for args in cases:
        english = cli("verify", *args, "--lang", "en", "--format", "plain").stdout
        translated = cli("verify", *args, "--lang", lang, "--format", "plain").stdout
        assert _numbers(english), args
        assert _numbers(translated) == _numbers(english), args


def test_numbers_stay_as_written_in_a_right_to_left_language(cli: RunCli) -> None:
    text = cli("verify", "+1 800 582 4800", "--lang", "ar", "--format", "plain").stdout
    assert "\u2066+1 800-582-4800\u2069" in text  # isolated left to right: tests/test_i18n_bidi.py lays it out
    assert "\u2066+1 800-528-4800\u2069" in text
    assert not any(mark in text for mark in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2067\u2068")
    assert text.count("\u2066") == text.count("\u2069")


def _without_messages(document: Any) -> tuple[Any, list[str]]:
    """A JSON document with every warning's message and every batch record's error message taken out (in
    order), and those messages."""
    messages: list[str] = []

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            out = {key: strip(item) for key, item in value.items() if key not in ("warnings", "error")}
            if "error" in value:
                messages.append(value["error"])
            if "warnings" in value:
                out["warnings"] = []
                for warning in value["warnings"]:
                    messages.append(warning["message"])
                    out["warnings"].append({k: strip(v) for k, v in warning.items() if k != "message"})
            return out
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    return strip(document), messages


def _same_but_messages(english: Any, translated: Any, lang: str) -> None:
    data, messages = _without_messages(translated)
    english_data, english_messages = _without_messages(english)
    assert data == english_data, lang
    assert len(messages) == len(english_messages), lang
    for ours, theirs in zip(messages, english_messages, strict=True):
        assert ours != theirs, lang


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("number", NUMBERS)
def test_verdict_json_is_the_same_in_every_language_but_the_messages(cli: RunCli, number: str, lang: str) -> None:
    english = cli("verify", number, "--json").json()
    assert cli("verify", number, "--json", "--lang", "en").json() == english
    _same_but_messages(english, cli("verify", number, "--json", "--lang", lang).json(), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_message_json_is_the_same_in_every_language_but_the_messages(cli: RunCli, message_file: str, lang: str) -> None:
    for path in _messages(message_file):
        english = cli("verify", "--message", path, "--json").json()
        _same_but_messages(english, cli("verify", "--message", path, "--json", "--lang", lang).json(), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("full", [(), ("--full",)], ids=["by-id", "full"])
def test_batch_json_is_the_same_in_every_language_but_the_messages(
    cli: RunCli, full: tuple[str, ...], lang: str
) -> None:
    import json

    def records(*options: str) -> list[Any]:
        out = cli("verify", "-", "--json", *full, *options, input=BATCH + "12\n").stdout
        return [json.loads(line) for line in out.splitlines()]

    english = records()
    assert any(record["warnings"] for record in english)
    for ours, theirs in zip(records("--lang", lang), english, strict=True):
        _same_but_messages(theirs, ours, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_batch_text_keeps_its_codes_and_words_the_rest(cli: RunCli, lang: str) -> None:
    english = cli("verify", "-", input=BATCH).stdout.splitlines()
    lines = cli("verify", "-", "--lang", lang, input=BATCH).stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [line.split("\t")[:2] for line in english]
    # The codes of the third column stay: a line's id, flag codes, a number.
    assert lines[0].startswith("listed\t900 814 500\tes-general-2 (")
    assert lines[2:] == english[2:]
    assert lines[1] != english[1]
    assert lines[1].split("\t")[2].count("2") == 1
    assert [fragment for fragment in ENGLISH if fragment in "\n".join(lines)] == []


# Translations written by hand, not copied from the catalogs.
LITERAL = [
    (
        "es",
        "900 814 500",
        "EN LA LISTA: +34 900 814 500 (marcado en España) figura en este directorio de atención de American Express.",
    ),
    (
        "ja",
        "900 814 500",
        "掲載あり：+34 900 814 500（スペインでダイヤル）はこのアメリカン・エキスプレスのサポート電話帳に載っています。",
    ),
    ("fr", "+1 800 950 5114", "NON RÉPERTORIÉ\u00a0: +1 800-950-5114 ne figure pas dans cet annuaire."),
    ("de", "+1 800 582 4800", "VERDÄCHTIG: +1 800-582-4800 zeigt Anzeichen einer Betrugsnummer."),
    (
        "es",
        "+1 800 582 4800",
        "ADVERTENCIA [look-alike]: +1 800-582-4800 es +1 800-528-4800 con dos dígitos contiguos intercambiados: el"
        " número de American Express Estados Unidos: Atención al cliente general (tarjetas de crédito, de cargo y"
        " prepago) (confirmado).",
    ),
    (
        "ru",
        "1-8OO-528-48l0",
        "ПРЕДУПРЕЖДЕНИЕ [letters-for-digits]: Вместо цифр написаны буквы (O вместо 0, l вместо 1): маскировка, чтобы"
        " обмануть беглый взгляд. Если читать как цифры, это тоже не номер из этого справочника.",
    ),
    ("it", "1300 123 456", "- Letto come +61 1300 123 456 (composto in: Australia), costo ripartito"),
    (
        "pt",
        "+44 909 879 0000",
        "ALERTA [premium-rate]: +44 909 879 0000 é um número de tarifa especial, cobrado a um preço"
        " alto por minuto: as linhas de apoio dos emissores de cartões nunca o são.",
    ),
]


@pytest.mark.parametrize(("lang", "number", "line"), LITERAL)
def test_literal_translations(cli: RunCli, lang: str, number: str, line: str) -> None:
    text = cli("verify", number, "--lang", lang, "--format", "plain").stdout
    assert any(shown.startswith(line) for shown in text.splitlines()), text


def test_a_message_report_in_spanish(cli: RunCli, message_file: str) -> None:
    text = cli("verify", "--message", message_file, "--lang", "es", "--format", "plain").stdout.splitlines()
    assert text[0] == (
        "SOSPECHOSO: el texto de este mensaje presenta indicios de estafa (asks-for-secret; comprobados:"
        " 1 número de teléfono y 1 enlace o dirección)."
    )
    assert text[1].startswith(
        'ADVERTENCIA [asks-for-secret]: Se ha encontrado "Reply with", "one-time code we sent": pide un dato'
    )
    assert "  enlace hacia amex-secure-verify.com: señales de alerta" in text


LANGUAGE_CHOICE = [
    # (options, environment, the language the verdict is in)
    (("--lang", "fr"), {"AMEXHELP_LANG": "de", "LANG": "ja_JP.UTF-8"}, "fr"),
    ((), {"AMEXHELP_LANG": "de", "LANG": "ja_JP.UTF-8"}, "de"),
    ((), {"LANG": "ja_JP.UTF-8"}, "ja"),
    ((), {"LC_ALL": "it_IT.UTF-8", "LANG": "ja_JP.UTF-8"}, "it"),
    ((), {"LANG": "en_US.UTF-8"}, "en"),
    ((), {"LANG": "C.UTF-8"}, "en"),
]
# The detail of "1300 123 456", unlisted under two readings, in each of those languages.
TWO_READINGS = {"fr": "2 lectures", "de": "2 Lesarten", "ja": "2通りの読み方", "it": "2 letture", "en": "2 readings"}
UNLISTED_TAIL = {
    "fr": "ne figure pas dans cet annuaire.",
    "de": "steht nicht in diesem Verzeichnis.",
    "ja": "はこの電話帳に載っていません。",
    "it": "non è in questo elenco.",
    "en": "is not in this directory.",
}


@pytest.mark.parametrize(("options", "env", "lang"), LANGUAGE_CHOICE)
def test_the_language_is_chosen_in_order(
    cli: RunCli, options: tuple[str, ...], env: dict[str, str], lang: str, message_file: str
) -> None:
    verdict = cli("verify", "+1 800 950 5114", *options, "--format", "plain", env=env).stdout
    assert verdict.splitlines()[0].endswith(UNLISTED_TAIL[lang])
    batch = cli("verify", "-", *options, env=env, input="1300 123 456\n").stdout
    assert batch == f"unlisted\t1300 123 456\t{TWO_READINGS[lang]}\n"
    report = cli("verify", "--message", message_file, *options, "--json", env=env).json()
    english = "it asks for a secret" in report["warnings"][0]["message"]
    assert english == (lang == "en")


def test_a_language_that_is_not_one_of_ours_is_refused_before_any_output(cli: RunCli) -> None:
    for args in (("+1 800 950 5114", "--json"), ("-",)):
        result = cli("verify", *args, env={"AMEXHELP_LANG": "xx"}, input="+1 800 950 5114\n")
        assert (result.code, result.stdout) == (2, "")
        assert result.stderr.startswith("amexhelp: error: no names in language 'xx' for AMEXHELP_LANG")


def test_english_reads_no_catalog(cli: RunCli, monkeypatch: pytest.MonkeyPatch, message_file: str) -> None:
    from amexhelp.directory import index

    real = index.read_package_file

    def no_catalog(*parts: str) -> bytes:
        assert "locale" not in parts, parts
        return real(*parts)

    monkeypatch.setattr(index, "read_package_file", no_catalog)
    for args in (("1-800-528-48OO", "--format", "plain"), ("1-800-528-48OO", "--json"), ("--message", message_file)):
        assert cli("verify", *args).stdout
    assert cli("verify", "-", "--json", input=BATCH).stdout


# Texts that are no complete phone number, each for another reason (and --from, where it matters).
NOT_NUMBERS = [
    ("12", None),  # too short
    ("911", None),  # no valid number under any reading
    ("hello", None),  # no digits
    ("+1 800 528 480", None),  # too short, read as written
    ("1" * 200, None),  # longer than any number is written
    ("069 910 1000", "US"),  # no valid number there, but one elsewhere
    ("555 12", "GB"),  # too short where --from says
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_why_a_text_is_no_number_is_worded_in_every_language(cli: RunCli, lang: str) -> None:
    batch = "".join(text + "\n" for text, caller in NOT_NUMBERS if caller is None)
    english = cli("verify", "-", input=batch).stdout.splitlines()
    lines = cli("verify", "-", "--lang", lang, input=batch).stdout.splitlines()
    assert [line.split("\t")[:2] for line in lines] == [line.split("\t")[:2] for line in english]
    assert all(line.startswith("error\t") for line in lines)
    for ours, theirs in zip(lines, english, strict=True):
        assert ours != theirs
    assert [fragment for fragment in ENGLISH if fragment in "\n".join(lines)] == []
    for text, caller in NOT_NUMBERS:
        where = ("--from", caller) if caller else ()
        result = cli("verify", text, *where, "--lang", lang)
        assert (result.code, result.stdout) == (2, "")
        assert result.stderr.startswith("amexhelp: error: ")
        assert result.stderr.count("\n") == 1
        assert [fragment for fragment in ENGLISH if fragment in result.stderr] == [], text


def test_the_batch_json_words_its_error_in_the_language_beside_a_stable_code(cli: RunCli) -> None:
    """A batch record's ``error`` is a message: in the language of --lang, like the warnings' messages; its
    ``error_code`` is the same in every language, for a script to match."""
    import json

    said = {
        "en": "not a complete phone number: '12' (too short) (check it digit by digit against the issuer's website,"
        " app or statement)",
        "es": "no es un número de teléfono completo: '12' (demasiado corto) (compárelo dígito a dígito con el"
        " sitio web, la aplicación o el extracto del emisor)",
    }
    for lang, error in said.items():
        (record,) = [
            json.loads(line) for line in cli("verify", "-", "--json", "--lang", lang, input="12\n").stdout.splitlines()
        ]
        assert (record["error"], record["error_code"]) == (error, "incomplete-number")


def test_why_a_text_is_no_number_in_spanish(cli: RunCli) -> None:
    assert cli("verify", "-", "--lang", "es", input="12\n").stdout == (
        "error\t12\tno es un número de teléfono completo: '12' (demasiado corto) (compárelo dígito a dígito con el"
        " sitio web, la aplicación o el extracto del emisor)\n"
    )
    assert cli("verify", "abc", "--lang", "de").stderr == (
        "amexhelp: error: keine Telefonnummer: 'abc' (geben Sie Ziffern an, z. B. +1 800 528 4800)\n"
    )
