"""`amexhelp --help` and `amexhelp COMMAND --help` in the user's language (README: Answer in the language asked).

Each help page is asked in every language, through --lang and through the locale, and compared with the
English page: no English sentence of it is left, every option name is still there, the examples are kept
as typed. A few translations are written out here by hand.
"""

from __future__ import annotations

import re

import pytest

from harness import Run, run_cli

COMMANDS = (None, "lookup", "faq", "channels", "countries", "verify", "audit", "sources", "export", "schema")
LOCALES = {
    "es": "es_ES.UTF-8",
    "fr": "fr_FR.UTF-8",
    "de": "de_DE.UTF-8",
    "it": "it_IT.UTF-8",
    "pt": "pt_BR.UTF-8",
    "ja": "ja_JP.UTF-8",
    "zh": "zh_CN.UTF-8",
    "zh-TW": "zh_TW.UTF-8",
    "ko": "ko_KR.UTF-8",
    "ar": "ar_EG.UTF-8",
    "hi": "hi_IN.UTF-8",
    "ru": "ru_RU.UTF-8",
}
# Wide enough that no help text wraps: each one is on one line, whole.
WIDE = {"COLUMNS": "2000", "NO_COLOR": "1"}
# Words of English prose that no translation uses ("a", "in" or "for" are Italian, German or Portuguese too).
ENGLISH_WORDS = frozenset(
    {
        *("the", "of", "and", "your", "you", "with", "this", "that", "from", "which", "each", "every"),
        *("when", "where", "what", "is", "are", "its", "only", "not"),
        *("examples", "commands", "default", "required", "show", "print"),
    }
)
# Words that make a clause prose rather than a list of codes.
PROSE_WORDS = ENGLISH_WORDS | {"a", "an", "or", "in", "for", "to", "by", "as", "on", "if", "it"}
_BOX = re.compile(r"[│╭╮╰╯─]")
_OPTION = re.compile(r"(?<![\w-])--?[a-z](?:[a-z-]*[a-z])?")


def help_page(command: str | None, *extra: str, env: dict[str, str | None] | None = None) -> Run:
    args = [command] if command else []
    return run_cli(*args, "--help", *extra, env={**WIDE, **(env or {})})


def segments(page: str) -> list[str]:
    """The texts of a help page, but for its usage line, option names, metavars and the examples: each
    table cell and each part of the epilog (they are set apart by two spaces or more)."""
    found = []
    for line in page.splitlines():
        if line.strip().startswith("Usage:"):
            continue
        for part in re.split(r"\s{2,}|·", _BOX.sub(" ", line)):
            part = re.sub(r"amexhelp .*", "", part).strip()  # an example, after "Examples:"
            if part and not part.startswith(("amexhelp ", "-", "<", "[")) and not part.isupper():
                found.append(part)
    return found


def sentences(page: str) -> list[str]:
    """The English page's prose: its sentences and clauses of three words or more with an English word in
    them (a list of codes, "lost-card, fraud, …", or a quoted example query is kept in every language)."""
    found = []
    for part in segments(page):
        for sentence in re.split(r"(?<=[.;:?])\s+", part):
            words = re.findall(r"[A-Za-z]+", sentence)
            quoted = re.fullmatch(r'"[^"]*"\.?', sentence)
            if len(words) >= 3 and not quoted and PROSE_WORDS & {w.casefold() for w in words}:
                found.append(sentence)
    return found


def english_left(page: str) -> list[str]:
    """English prose words left in a translated page (examples, quoted queries and option names aside)."""
    words = []
    for part in segments(page):
        part = _OPTION.sub(" ", re.sub(r'"[^"]*"', " ", part))
        words += [w for w in re.findall(r"[A-Za-z_]+", part) if w.casefold() in ENGLISH_WORDS]
    return words


def examples(page: str) -> list[str]:
    """The example command lines of a page's epilog (one per line, below "Examples:")."""
    lines = page.partition("Examples:")[2].splitlines()
    return [line.strip().split("  ·  ")[0] for line in lines if line.strip().startswith("amexhelp ")]


class _EnglishPages(dict[str | None, str]):
    """Each command's English help page, made when a test first asks for it (in the test's own pinned
    environment: made when the module is imported, it would be in whatever language the developer exported)."""

    def __missing__(self, command: str | None) -> str:
        self[command] = page = help_page(command).stdout
        return page


ENGLISH = _EnglishPages()


def test_the_english_pages_are_read_as_expected() -> None:
    """The helpers above find what they must in the English pages, so the checks below can fail."""
    lookup = ENGLISH["lookup"]
    assert "a code (JP, JPN), a name (Japan, UK, México) or a place (Tokyo, Bayern)." in sentences(lookup)
    assert "Where you are:" in sentences(lookup)
    assert "Show this message and exit." in sentences(lookup)
    assert "lost-card, fraud, dispute, travel, business, rewards, premium, general." not in sentences(lookup)
    assert english_left(lookup)
    assert examples(lookup) == [
        'amexhelp lookup "lost card in Japan"',
        "amexhelp lookup lost card in Rome --card US",
        "amexhelp lookup --country JP --from US",
        "amexhelp lookup -c JP --card GB --brief | head -1",
        "amexhelp lookup --country JP --need travel --json | jq -r '.lines[0].\"e164\"'",
    ]
    assert {"--country", "-c", "--need", "--from", "--all", "--help", "-h"} <= set(_OPTION.findall(lookup))


# Chosen with --lang in the quick suite, and by the locale in the rest (the choice itself is tested below).
@pytest.mark.parametrize("how", ["--lang", pytest.param("LANG", marks=pytest.mark.exhaustive)])
@pytest.mark.parametrize("lang", list(LOCALES))
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c or "app")
def test_help_is_in_the_language_asked(command: str | None, lang: str, how: str) -> None:
    by_option = how == "--lang"
    result = help_page(command, "--lang", lang) if by_option else help_page(command, env={"LANG": LOCALES[lang]})
    assert (result.code, result.stderr) == (0, "")
    page, english = result.stdout, ENGLISH[command]
    flat = " ".join(page.split())
    left = [sentence for sentence in sentences(english) if sentence in flat]
    assert left == [], f"English left in {lang}"
    assert english_left(page) == [], f"English words left in {lang}"
    assert set(_OPTION.findall(english)) <= set(_OPTION.findall(page))
    for example in examples(english):
        assert example in flat


def test_spanish_help_by_hand() -> None:
    page = " ".join(help_page("lookup", "--lang", "es").stdout.split())
    for text in (
        "Argumentos",
        "Opciones",
        "Dónde está: un código (JP, JPN), un nombre (Japan, UK, México) o un lugar (Tokyo, Bayern).",
        "Imprime solo los números que marcar, uno por línea, el mejor primero.",
        "Muestra este mensaje y sale.",
        "[por defecto: auto]",
        'Ejemplos: amexhelp lookup "lost card in Japan" amexhelp lookup lost card in Rome --card US',
    ):
        assert text in page
    app = help_page(None, env={"LANG": "es_MX.UTF-8"}).stdout
    assert "Comandos" in app
    assert "Instala el autocompletado para el shell actual." in app
    assert "Todas las formas de contactar con el servicio de atención además del teléfono, y cómo protegerse." in app


def test_japanese_help_by_hand() -> None:
    app = help_page(None, env={"LANG": "ja_JP.UTF-8"}).stdout
    for text in (
        "現在地に合った、正しい American Express 公式サポート番号をオフラインで。",
        "オプション",
        "コマンド",
        "バージョンと使用中のデータを表示します。",
        "このメッセージを表示して終了します。",
    ):
        assert text in app
    schema = " ".join(help_page("schema", "--lang", "ja").stdout.split())
    assert "引数" in schema
    assert "[必須]" in schema
    assert "使用例: amexhelp schema lookup amexhelp schema verify-batch > verify-batch.schema.json" in schema


def test_japanese_help_folds_instead_of_being_cut_short() -> None:
    """Japanese has no spaces to break a line at: a long text folds at the edge of its column."""
    page = run_cli("--help", env={"COLUMNS": "80", "LANG": "ja_JP.UTF-8"}).stdout
    squeezed = re.sub(r"\s", "", _BOX.sub("", page))
    assert "現在のシェルの補完を表示します（コピーしたり、インストールをカスタマイズしたりするため）。" in squeezed
    assert "…" not in page


# The app's page and lookup's in the quick suite; every other command's in the rest.
@pytest.mark.parametrize(
    "command",
    [c if c in (None, "lookup") else pytest.param(c, marks=pytest.mark.exhaustive) for c in COMMANDS],
    ids=lambda c: c or "app",
)
def test_english_help_is_the_same_however_english_is_chosen(command: str | None) -> None:
    english = ENGLISH[command]
    assert help_page(command, "--lang", "en").stdout == english
    assert help_page(command, env={"LANG": "en_US.UTF-8"}).stdout == english
    assert help_page(command, env={"AMEXHELP_LANG": "en", "LANG": "ja_JP.UTF-8"}).stdout == english
    assert help_page(command, env={"LANG": "C"}).stdout == english
    assert help_page(command, env={"LANG": "sv_SE.UTF-8"}).stdout == english  # a language we do not answer in


def test_english_help_reads_as_it_did() -> None:
    assert "The right, official American Express support number for where you are, offline." in ENGLISH[None]
    # Not a terminal: the panels are drawn without lines (their titles stay).
    assert "\n  --help                -h        Show this message and exit." in ENGLISH[None]
    assert "\n   Commands " in ENGLISH[None]
    assert not _BOX.search(ENGLISH[None])
    lookup = ENGLISH["lookup"]
    assert "Output format: auto is rich in a terminal, plain when piped, NO_COLOR or TERM=dumb. [default: auto]" in (
        " ".join(lookup.split())
    )
    epilog = [line.strip() for line in lookup.partition(" Examples:")[2].splitlines() if line.strip()]
    assert epilog == [
        'amexhelp lookup "lost card in Japan"',
        "amexhelp lookup lost card in Rome --card US",
        "amexhelp lookup --country JP --from US",
        "amexhelp lookup -c JP --card GB --brief | head -1",
        "amexhelp lookup --country JP --need travel --json | jq -r '.lines[0].\"e164\"'",
    ]
    assert "Usage: amexhelp schema [OPTIONS] {COMMAND}" in ENGLISH["schema"]
    assert "[required]" in ENGLISH["schema"]


def test_lang_order_for_help_is_option_then_setting_then_locale() -> None:
    page = help_page("faq", "--lang", "de", env={"AMEXHELP_LANG": "fr", "LANG": "ja_JP.UTF-8"}).stdout
    assert "Beispiele: amexhelp faq" in " ".join(page.split())
    page = help_page("faq", env={"AMEXHELP_LANG": "fr", "LANG": "ja_JP.UTF-8"}).stdout
    assert "Exemples : amexhelp faq" in " ".join(page.split())
    page = help_page("faq", env={"LC_ALL": "ru_RU.UTF-8", "LANG": "ja_JP.UTF-8"}).stdout
    assert "Примеры: amexhelp faq" in " ".join(page.split())


@pytest.mark.parametrize(
    "args",
    [["--lang", "ko"], ["--lang=ko", "-h"], ["audit", "--lang", "ko", "--help"], ["audit", "-h", "--lang=ko"]],
)
def test_help_takes_lang_anywhere_even_where_the_command_reads_none(args: list[str]) -> None:
    result = run_cli(*args, env=WIDE)
    assert "옵션" in result.stdout
    assert (result.code, result.stderr) == (0, "")  # no command: the help, as without --lang


def test_lang_outside_help_is_still_refused_where_the_command_reads_none() -> None:
    result = run_cli("schema", "lookup", "--lang", "es")
    assert result.code == 2
    assert result.stderr == "amexhelp: error: No such option: --lang\n"


def test_a_language_we_do_not_answer_in_still_gives_help_in_english() -> None:
    result = help_page("lookup", "--lang", "xx")
    assert (result.code, result.stdout) == (0, ENGLISH["lookup"])


def test_english_help_after_another_language_is_english_again() -> None:
    """Typer's panel titles are module constants: set for one page, they are put back after it."""
    assert "Opciones" in help_page("channels", "--lang", "es").stdout
    assert help_page("channels").stdout == ENGLISH["channels"]
    assert "\n   Options " in ENGLISH["channels"]
