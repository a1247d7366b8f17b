"""verify --message reads what a message asks for: a PIN, a payment, remote access, hurry. Scammers copy real
numbers, so any such red flag makes the message suspicious whatever its numbers are; genuine notices (which
say "we will never ask for your PIN") stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexhelp.directory.model import Directory
from amexhelp.verify._wording import red_flags
from amexhelp.verify.message import check_message
from harness import RunCli

# (text, message verdict, red-flag codes of its words). Every number below is a listed one, so the
# verdicts come from the words alone.
MESSAGES = [
    # Phishing with real numbers, in every language the tool reads.
    (
        "AMEX: unusual activity on your card. Reply with your PIN and CVV to keep it active, or call +1 800 528 4800.",
        "suspicious",
        ["asks-for-secret"],
    ),
    (
        "American Express: to stop the charge, text back the one-time code we sent you. Help: +1 336 393 1111",
        "suspicious",
        ["asks-for-secret"],
    ),
    (
        "Your Amex card is locked. Pay a small fee of $2.99 to unlock it. Questions: +1 800 528 4800",
        "suspicious",
        ["asks-for-payment"],
    ),
    (
        "To settle the dispute, buy two Google Play gift cards and read us the numbers. +1 800 528 4800",
        "suspicious",
        ["asks-for-payment"],
    ),
    (
        "Our agent will help you: install AnyDesk and give us the 9-digit ID. American Express +1 800 528 4800",
        "suspicious",
        ["asks-for-remote-access"],
    ),
    (
        "FINAL WARNING: your account will be closed. Call +1 800 528 4800 today.",
        "suspicious",
        ["urgency"],
    ),
    (
        "Urgent: confirm your full card number and expiry date within 24 hours or your card will be suspended."
        " Call +1 800 528 4800.",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "American Express: para evitar el bloqueo, responda con su clave y el código de seguridad. Llame al"
        " +34 900 814 500.",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "Su tarjeta será suspendida. Pague la tasa de desbloqueo con tarjetas de regalo. +34 900 814 500",
        "suspicious",
        ["asks-for-payment", "urgency"],
    ),
    (
        "American Express : veuillez nous communiquer votre code confidentiel pour débloquer votre carte."
        " Service : +33 1 47 77 72 00",
        "suspicious",
        ["asks-for-secret"],
    ),
    (
        "Votre carte sera bloquée sous 24 heures. Payez les frais de déblocage. +33 1 47 77 72 00",
        "suspicious",
        ["asks-for-payment", "urgency"],
    ),
    (
        "American Express: Bitte geben Sie Ihre PIN und die Kartenprüfnummer ein. Service: +49 69 9797 3550",
        "suspicious",
        ["asks-for-secret"],
    ),
    (
        "Ihre Karte wird gesperrt. Für den Fernzugriff installieren Sie TeamViewer. +49 69 9797 3550",
        "suspicious",
        ["asks-for-remote-access", "urgency"],
    ),
    (
        "American Express: inserisci il codice di verifica ricevuto via SMS entro 24 ore. +1 336 393 1111",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "American Express: informe a senha do cartão e o código de segurança. Central: +55 800 891 2323",
        "suspicious",
        ["asks-for-secret"],
    ),
    (
        "Pague a taxa de desbloqueio via Pix. Seu cartão será bloqueado. +55 800 891 2323",
        "suspicious",
        ["asks-for-payment", "urgency"],
    ),
    (
        "アメリカン・エキスプレス：ご本人確認のため、暗証番号とセキュリティコードを入力してください。0120-099-818",
        "suspicious",
        ["asks-for-secret"],
    ),
    (
        "【至急】カードの利用停止を解除するには手数料のお支払いが必要です。+81 120 099 818",
        "suspicious",
        ["asks-for-payment", "urgency"],
    ),
    (
        "美国运通：您的卡将被冻结，请回复验证码。客服 +86 400 820 9088",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "美國運通：請提供卡號及安全碼，並購買禮品卡支付手續費。+852 2277 2150",
        "suspicious",
        ["asks-for-secret", "asks-for-payment"],
    ),
    (
        "아메리칸 익스프레스: 카드가 정지됩니다. 인증번호를 회신해 주세요. +1 336 393 1111",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "أمريكان إكسبريس: يرجى إرسال الرقم السري ورمز التحقق خلال 24 ساعة. +966 800 124 2229",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "American Express: अपना ओटीपी और कार्ड नंबर बताएं, नहीं तो कार्ड ब्लॉक हो जाएगा। +91 1800 419 3646",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "American Express: срочно сообщите код из СМС, иначе карта будет заблокирована. +1 336 393 1111",
        "suspicious",
        ["asks-for-secret", "urgency"],
    ),
    (
        "Для разблокировки карты оплатите комиссию криптовалютой. Тел. +1 336 393 1111",
        "suspicious",
        ["asks-for-payment"],
    ),
    # Genuine notices: listed numbers, no request of a secret, no threat. They must stay clean.
    (
        "American Express Fraud Alert: did you make a $150.00 purchase at ACME on card ending 1004? Reply YES or NO."
        " Or call +1 800 528 4800.",
        "listed",
        [],
    ),
    (
        "Your one-time verification code is 482913. Never share this code: we will never call to ask for it."
        " Questions: +1 800 528 4800",
        "listed",
        [],
    ),
    (
        "Your minimum payment of $35.00 is due on 12/05. Pay in the app or call +1 800 528 4800.",
        "listed",
        [],
    ),
    (
        "Your replacement card is on its way with a new card number. Lost it again? Call +1 336 393 1111.",
        "listed",
        [],
    ),
    (
        "American Express will never ask for your PIN, your CVV or a one-time code, and never asks you to pay with"
        " gift cards or to install AnyDesk. Call +1 800 528 4800.",
        "listed",
        [],
    ),
    (
        "Nunca le pediremos su clave ni el código de seguridad por SMS. Atención al cliente: +34 900 814 500.",
        "listed",
        [],
    ),
    (
        "American Express ne vous demandera jamais votre code confidentiel. Carte perdue : +33 1 47 77 72 00.",
        "listed",
        [],
    ),
    (
        "Geben Sie Ihre PIN niemals weiter. Kundenservice: +49 69 9797 3550.",
        "listed",
        [],
    ),
    (
        "アメリカン・エキスプレスが暗証番号をお尋ねすることはありません。お問い合わせ：0120-099-818",
        "listed",
        [],
    ),
    (
        "美国运通绝不会要求您提供密码或验证码。客服 +86 400 820 9088",
        "listed",
        [],
    ),
    (
        "Your statement is ready. View it at https://www.americanexpress.com/ or call +1 800 528 4800.",
        "listed",
        [],
    ),
    (  # a request, and a secret six words later that it does not ask for
        "To confirm your identity when you call, have your card number ready: +1 800 528 4800.",
        "listed",
        [],
    ),
    (
        "새 카드번호가 적힌 카드를 보내드립니다. 문의: +1 336 393 1111",  # "we will send a card with a new number"
        "listed",
        [],
    ),
    (
        "Votre nouvelle carte vous sera envoyée le 5 mai. Perte ou vol : +33 1 47 77 72 00.",
        "listed",
        [],
    ),
    (
        "Please send us, for verification, your card number. American Express +1 800 528 4800",
        "suspicious",
        ["asks-for-secret"],
    ),
]


@pytest.mark.parametrize(("text", "verdict", "codes"), MESSAGES, ids=[f"{i:02d}" for i in range(len(MESSAGES))])
def test_message_words_table(directory: Directory, text: str, verdict: str, codes: list[str]) -> None:
    report = check_message(directory, text)
    assert report.numbers  # every row holds a number, and it is a listed one
    assert all(found.verdict.verdict == "listed" for found in report.numbers)
    assert ([flag.code for flag in report.warnings], report.verdict) == (codes, verdict)


def test_the_table_is_big_enough() -> None:
    assert len(MESSAGES) >= 30
    assert sum(verdict == "listed" for _, verdict, _ in MESSAGES) >= 10


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "Reply with your PIN and CVV now.",
            [("asks-for-secret", ("Reply with", "PIN", "CVV"), 0)],
        ),
        (
            "Hello. Within 24 hours or your account will be closed!",
            [("urgency", ("Within 24 hours or your account will be closed",), 7)],  # overlapping phrases: one quote
        ),
        (
            "Buy iTunes cards? No: buy GIFT CARDS.",
            [("asks-for-payment", ("GIFT CARDS",), 26)],
        ),
        ("暗証番号を入力", [("asks-for-secret", ("暗証番号", "入力"), 0)]),  # found inside the glued word
        ("Сообщите пароля нет", [("asks-for-secret", ("Сообщите", "пароля"), 0)]),  # a stem: парол*
    ],
)
def test_the_words_are_quoted_as_written_with_their_position(
    text: str, flags: list[tuple[str, tuple[str, ...], int]]
) -> None:
    assert [(flag.code, flag.words, flag.position) for flag in red_flags(text)] == flags


def test_a_request_inside_a_secret_s_own_words_asks_for_nothing() -> None:
    assert red_flags("Il codice di verifica è 1234.") == ()  # "verifica" is the secret's word here
    assert red_flags("The PIN pad is broken.") == ()  # a secret named, nothing asked


def test_a_negating_sentence_counts_for_nothing_but_the_next_one_does() -> None:
    assert red_flags("We will never ask for your PIN.") == ()
    flags = red_flags("We will never ask for your PIN. Today, though, enter your PIN here.")
    assert [(flag.code, flag.words) for flag in flags] == [("asks-for-secret", ("enter your", "PIN"))]


def test_a_single_line_break_does_not_end_a_sentence() -> None:
    assert [flag.code for flag in red_flags("Please reply with\nyour PIN")] == ["asks-for-secret"]
    assert red_flags("Please reply with\n\nyour PIN") == ()


def test_cli_says_why_and_exits_1(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "sms.txt"
    path.write_text(MESSAGES[0][0], encoding="utf-8")
    plain = cli("verify", "--message", str(path), "--format", "plain")
    assert plain.code == 1
    lines = plain.stdout.splitlines()
    assert lines[0].startswith("SUSPICIOUS: this message has signs of a scam in its words (asks-for-secret;")
    assert lines[1].startswith('WARNING [asks-for-secret]: Found "Reply with", "PIN", "CVV": it asks for a secret.')
    data = cli("verify", "--message", str(path), "--json").json()
    assert data["verdict"] == "suspicious"
    assert [(w["code"], w["words"], w["position"]) for w in data["warnings"]] == [
        ("asks-for-secret", ["Reply with", "PIN", "CVV"], 37)
    ]
    assert data["warnings"][0]["message"].startswith('Found "Reply with", "PIN", "CVV": it asks for a secret.')
    assert [n["verdict"] for n in data["numbers"]] == ["listed"]
