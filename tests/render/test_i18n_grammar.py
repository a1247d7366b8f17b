"""Grammar by the catalogs' means: each language's plural rule, Korean particles chosen by the word before
them, Russian names declined after a preposition, French punctuation's no-break spaces. Expected forms
are written by hand from each language's grammar, never taken from the code's output."""

from __future__ import annotations

import gettext
import re

import pytest

from harness import RunCli
from tools import catalogs

COUNTS = (0, 1, 2, 5, 11, 21, 101)
# The plural form each count takes, from CLDR's rules as gettext numbers the forms (the Romance
# languages with gettext's two forms): ru one = n%10=1 and n%100!=11, few = n%10 in 2..4 and n%100 not
# in 12..14; ar zero, one, two, few = n%100 in 3..10, many = n%100 in 11..99, other; hi and fr and pt
# one = 0 or 1; es, it, de one = 1; ja, zh, ko one form.
PLURAL_CHOICE = {
    "ru": (2, 0, 1, 2, 2, 0, 0),
    "ar": (0, 1, 2, 3, 4, 4, 5),
    **dict.fromkeys(("hi", "fr", "pt"), (0, 0, 1, 1, 1, 1, 1)),
    **dict.fromkeys(("es", "it", "de"), (1, 0, 1, 1, 1, 1, 1)),
    **dict.fromkeys(("ja", "zh", "zh-TW", "ko"), (0, 0, 0, 0, 0, 0, 0)),
}


def test_every_language_has_its_plural_rule() -> None:
    assert sorted(PLURAL_CHOICE) == sorted(catalogs.LANGUAGES)


@pytest.mark.parametrize("lang", sorted(PLURAL_CHOICE))
def test_the_catalogs_choose_each_languages_plural_form(lang: str) -> None:
    from babel.messages.pofile import read_po

    from amexhelp.render.naming import Naming

    po_text = (catalogs.PO_DIR / f"{lang}.po").read_text(encoding="utf-8")
    header = re.search(r'^"Plural-Forms: (.*)\\n"$', po_text, re.MULTILINE)
    assert header is not None
    path = catalogs.LOCALE_DIR / lang / "LC_MESSAGES" / "amexhelp.mo"
    with path.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    assert compiled.info()["plural-forms"] == header.group(1)
    assert [compiled.plural(n) for n in COUNTS] == list(PLURAL_CHOICE[lang])  # type: ignore[attr-defined]
    # ngettext picks the .po's form of that number.
    with (catalogs.PO_DIR / f"{lang}.po").open("rb") as handle:
        forms = read_po(handle).get("{count} more piece of advice").string
    naming = Naming(lang)
    for count, index in zip(COUNTS, PLURAL_CHOICE[lang], strict=True):
        chosen = naming.ngettext("{count} more piece of advice", "{count} more pieces of advice", count)
        assert _plain(chosen) == _plain(forms[index]).replace("\u202f", " ")


def _plain(text: str) -> str:
    return re.sub("[\u2066-\u2069]", "", text).replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("name", "object_", "toward"),
    [
        ("일본", "일본을", "일본으로"),
        ("캐나다", "캐나다를", "캐나다로"),
        ("미국", "미국을", "미국으로"),
        ("서울", "서울을", "서울로"),  # after ㄹ, (으)로 is 로
        ("독일", "독일을", "독일로"),
        ("프랑스", "프랑스를", "프랑스로"),
        ("Visa", "Visa를", "Visa로"),  # 비자
        ("--from", "--from을", "--from으로"),  # 프롬
        ("+1 336-393-1111", "+1 336-393-1111을", "+1 336-393-1111로"),  # 일
        ("0120-099-818", "0120-099-818을", "0120-099-818로"),  # 팔
        ("03-3220-6100", "03-3220-6100을", "03-3220-6100으로"),  # 영
        ("+44 20 7946 0959", "+44 20 7946 0959를", "+44 20 7946 0959로"),  # 구
    ],
)
def test_korean_particles_follow_the_last_syllable(name: str, object_: str, toward: str) -> None:
    from amexhelp.render.naming import Naming

    _ = Naming("ko")._
    assert _("did you mean {name}?").format(name=name) == f"{object_} 말씀하신 건가요?"
    read = _("Read {code} as {place}.").format(code="x", place=name)
    assert read == f"x를 {toward} 보았습니다."


def test_korean_answers_leave_no_particle_written_both_ways(cli: RunCli) -> None:
    runs = [
        ("lookup", "lost card in Tokyo"),
        ("lookup", "germnay lost card"),
        ("lookup", "turkey sandwich charge"),
        ("lookup", "--country", "Japn"),
        ("verify", "+1 336-393-1111"),
        ("verify", "+1 800 555 0100"),
        ("verify", "+81 3-3220-6100"),
    ]
    texts = [cli(*args, "--lang", "ko", "--format", "plain") for args in runs]
    shown = "\n".join(result.stdout + result.stderr for result in texts)
    assert re.findall(r"\((?:를|을|가|이|는|은|와|과|으)\)", shown) == []
    assert "'Tokyo'를 일본의 지명으로 보았습니다." in shown
    assert "'germnay'를 인식하지 못해 가장 비슷한 이름인 독일로 보았습니다." in shown
    assert "'turkey'를 튀르키예가 아닌 일반 단어로 보았습니다." in shown
    assert "일본을 말씀하신 건가요?" in shown
    assert "+1 800-555-0100은" in shown


@pytest.mark.parametrize(
    ("code", "in_", "from_", "for_"),
    [
        ("JP", "в Японии", "из Японии", "для Японии"),
        ("FR", "во Франции", "из Франции", "для Франции"),
        ("VN", "во Вьетнаме", "из Вьетнама", "для Вьетнама"),
        ("US", "в Соединенных Штатах", "из Соединенных Штатов", "для Соединенных Штатов"),
        ("KR", "в Республике Корея", "из Республики Корея", "для Республики Корея"),
        ("CU", "на Кубе", "с Кубы", "для Кубы"),
        ("BA", "в Боснии и Герцеговине", "из Боснии и Герцеговины", "для Боснии и Герцеговины"),
        ("PE", "в Перу", "из Перу", "для Перу"),
        ("NL", "в Нидерландах", "из Нидерландов", "для Нидерландов"),
        # A name the dictionary cannot decline keeps the nominative after a word that takes the case.
        ("BM", "в стране Бермудские о-ва", "из страны Бермудские о-ва", "для страны Бермудские о-ва"),
    ],
)
def test_russian_names_take_the_case_of_their_preposition(code: str, in_: str, from_: str, for_: str) -> None:
    from amexhelp.render.naming import Naming

    naming = Naming("ru")
    name = naming.country(code)
    _ = naming._
    assert _("Read the card as one issued in {country}.").format(country=name) == f"Карта принята как выпущенная {in_}."
    served = _("served from {country}: an international call").format(country=name)
    assert served == f"обслуживается {from_}: международный звонок"
    assert _("{country} has no line of its own in the directory").format(country=name).endswith(for_)


def test_russian_regions_read_in_take_the_case_of_their_preposition() -> None:
    """Where a number is read: one country, or alternatives each declined after its own preposition."""
    from amexhelp.render._flags import DIALLED_IN, PRINTED_FOR, in_regions
    from amexhelp.render.naming import Naming

    naming = Naming("ru")
    assert in_regions(DIALLED_IN, "+1", ("ES",), naming) == "+1 (при наборе в Испании)"
    assert in_regions(DIALLED_IN, "+1", ("PH",), naming) == "+1 (при наборе на Филиппинах)"
    assert in_regions(DIALLED_IN, "+1", ("CA", "FR"), naming) == "+1 (при наборе в Канаде или во Франции)"
    three = in_regions(PRINTED_FOR, "+1", ("CA", "FR", "DE"), naming)
    assert three.endswith("для Канады, для Франции или для Германии)")


def test_russian_answers_decline_the_names(cli: RunCli) -> None:
    text = cli("lookup", "--country", "FR", "--from", "JP", "--card", "US", "--all", "--lang", "ru").stdout
    assert "выпущенных в Соединенных Штатах" in text
    assert "в стране" not in text


FRENCH_LOOKUPS = [("--country", "JP"), ("--country", "JP", "--from", "FR", "--card", "US"), ("lost card in Tokyo",)]


@pytest.mark.parametrize("args", FRENCH_LOOKUPS)
def test_french_punctuation_takes_its_no_break_spaces(cli: RunCli, args: tuple[str, ...]) -> None:
    text = cli("lookup", *args, "--lang", "fr", "--format", "plain").stdout
    assert "Composez\u00a0:" in text
    assert "Conseils de sécurité\u00a0:" in text or "Conseils\u00a0:" in text or "\u00a0:\n" in text
    # No ':', ';', '?' or '!' of a sentence without its space (a URL's, a time's or tel:'s are no sentence's,
    # nor is a source's title, quoted as it is in English).
    french = text.replace("tel:", "").replace("American Express Company: ", "")
    assert re.findall(r"[^\u00a0\u202f][;?!:](?=\s)", french) == []
    assert re.findall(r"[ ][;?!:](?=\s)", text) == []


def test_french_colon_sits_in_the_compiled_catalog() -> None:
    from amexhelp.render.naming import Naming

    _ = Naming("fr")._
    assert _("Notice: {text}").format(text="x") == "Avis\u00a0: x"
    assert _("did you mean {name}?").format(name="Japon") == "vouliez-vous dire Japon\u202f?"
