"""verify --message: every number and link of a text or e-mail judged, one report, exit 0 only if all is listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amexhelp.directory.model import Directory
from amexhelp.verify.domains import judge
from amexhelp.verify.message import check_message
from harness import RunCli

SMS = """AMEX ALERT: a charge of $1,249.00 on your card ending 1004 was declined.
If this wasn't you, call 1-800-528-48OO now, or +1 800 582 4800 after 9pm,
or verify at https://amex-secure-verify.com/login?id=88 or americanexpress.com.evil.io.
Our lost-card line abroad: +1 336 393 1111 (collect). Details: https://www.americanexpress.com/us/.
"""

GENUINE = """Your card is on its way. Questions? Call 1-800-528-4800 or, from abroad, +1 336 393 1111.
Manage your account at https://www.americanexpress.com/ or global.americanexpress.com.
"""

EMAIL = (
    "From: American Express <alerts@americanexpress-secure.net>\r\n"
    "Reply-To: help@amex-support.co\r\n"
    "Subject: Action needed\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b"\r\n'
    "\r\n"
    "--b\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Call us at +44 1273 696 9=\r\n"
    "93 or visit https://bit.ly/3amex =E2=80=94 thank you.\r\n"
    "--b\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    '<p>Log in <a href="https://americanexpress.com@evil.io/login">here</a>.</p>\r\n'
    "--b--\r\n"
)


def codes(found: object) -> list[str]:
    return [flag.code for flag in found.verdict.warnings]  # type: ignore[attr-defined]


def test_a_scam_text_with_several_numbers_and_links(directory: Directory) -> None:
    report = check_message(directory, SMS)
    assert [(n.text, n.verdict.verdict) for n in report.numbers] == [
        ("1-800-528-48OO", "suspicious"),
        ("+1 800 582 4800", "suspicious"),
        ("+1 336 393 1111", "listed"),
    ]
    assert [codes(n) for n in report.numbers] == [["letters-for-digits"], ["look-alike"], []]
    assert [(link.verdict.host, link.verdict.verdict) for link in report.links] == [
        ("amex-secure-verify.com", "suspicious"),
        ("americanexpress.com.evil.io", "suspicious"),
        ("www.americanexpress.com", "issuer"),
    ]
    assert report.verdict == "suspicious"


def test_a_genuine_text_is_all_listed(directory: Directory) -> None:
    report = check_message(directory, GENUINE)
    assert [n.verdict.verdict for n in report.numbers] == ["listed", "listed"]
    assert [link.verdict.verdict for link in report.links] == ["issuer", "issuer"]
    assert report.verdict == "listed"


def test_an_email_is_decoded_and_its_senders_judged(directory: Directory) -> None:
    report = check_message(directory, EMAIL)
    senders = [(link.text, link.verdict.verdict) for link in report.links if link.sender]
    assert senders == [
        ("alerts@americanexpress-secure.net", "suspicious"),
        ("help@amex-support.co", "suspicious"),
    ]
    # The quoted-printable soft line break is undone: the number is whole, and one digit off.
    assert [(n.verdict.e164, codes(n)) for n in report.numbers] == [("+441273696993", ["look-alike"])]
    links = {link.verdict.host: codes(link) for link in report.links if not link.sender}
    assert links == {"bit.ly": ["link-shortener"], "evil.io": ["look-alike-domain"]}


def test_nothing_found_is_not_a_clean_bill(cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Thank you for your order.", encoding="utf-8")
    result = cli("verify", "--message", str(path), "--json")
    assert (result.code, result.json()["verdict"]) == (1, "nothing-found")
    # No number and no link, but words that ask for a secret: suspicious, not merely nothing found.
    path.write_text("Reply with your PIN to unlock your card.", encoding="utf-8")
    result = cli("verify", "--message", str(path), "--json")
    assert (result.code, result.json()["verdict"]) == (1, "suspicious")
    assert [w["code"] for w in result.json()["warnings"]] == ["asks-for-secret"]


@pytest.mark.parametrize(
    ("link", "verdict", "flags"),
    [
        ("https://www.americanexpress.com/en-us/", "issuer", []),
        ("https://global.americanexpress.com/login", "issuer", []),
        ("americanexpress.com.sa", "issuer", []),
        ("https://amexcards.com.tw/", "issuer", []),
        ("amex-secure-verify.com", "suspicious", ["look-alike-domain"]),
        ("https://americanexpress.com.evil.io/", "suspicious", ["look-alike-domain"]),
        ("https://www.americanexpress.com@evil.io/", "suspicious", ["look-alike-domain"]),
        ("https://\u0430mericanexpress.com/", "suspicious", ["look-alike-domain"]),  # Cyrillic a
        ("arnericanexpress.com", "suspicious", ["look-alike-domain"]),  # rn for m
        ("americanexpres.com", "suspicious", ["look-alike-domain"]),
        ("https://bit.ly/3xyz", "suspicious", ["link-shortener"]),
        ("http://192.168.4.1/amex", "suspicious", ["ip-address-link"]),
        ("https://www.chase.com/", "unlisted", []),
        ("example.com", "unlisted", []),
    ],
)
def test_link_domains(directory: Directory, link: str, verdict: str, flags: list[str]) -> None:
    judged = judge(link, directory.issuer_domains)
    assert (judged.verdict, [flag.code for flag in judged.warnings]) == (verdict, flags)


def test_message_cli_exit_codes_and_stdin(cli: RunCli, tmp_path: Path) -> None:
    scam = tmp_path / "scam.txt"
    scam.write_text(SMS, encoding="utf-8")
    result = cli("verify", "--message", str(scam), "--format", "plain")
    assert result.code == 1
    assert result.stdout.startswith("SUSPICIOUS:")
    assert "WARNING [look-alike-domain]" in result.stdout
    genuine = cli("verify", "--message", "-", "--json", input=GENUINE)
    assert genuine.code == 0
    data = genuine.json()
    assert data["verdict"] == "listed"
    assert [n["line"]["id"] for n in data["numbers"]] == ["us-general", "us-lost-abroad"]
    assert cli("verify", "--message", str(tmp_path / "missing.txt")).code == 2
    assert cli("verify", "+1 336 393 1111", "--message", str(scam)).code == 2


# A message's numbers are read even in ranges kept for fiction or withdrawn; asking for a PIN, a one-time
# code or the card's number is a red flag in each language; a merchant's name in an alert is not a link.
SCAM_MESSAGES = [
    ("Su tarjeta fue bloqueada. Llame al 0800-555-0123 y díganos su PIN.", "AR", ["+548005550123"], "es"),
    ("Your account is locked. Call 1850 123 456 and give us your PIN.", "IE", ["+3531850123456"], "en"),
    ("Call 020 7946 0123 now and confirm your card number.", "GB", ["+442079460123"], "en"),
    ("Votre carte est bloquée, dites-nous votre code secret.", None, [], "fr"),
    ("Ci dica il codice ricevuto per sbloccare la carta.", None, [], "it"),
    ("Nos diga a senha do cartão.", None, [], "pt"),
]


@pytest.mark.parametrize(
    ("text", "caller", "numbers", "lang"), SCAM_MESSAGES, ids=[m[3] + ": " + m[0] for m in SCAM_MESSAGES]
)
def test_a_message_asking_for_a_secret_with_a_doubtful_number_is_suspicious(
    directory: Directory, text: str, caller: str | None, numbers: list[str], lang: str
) -> None:
    report = check_message(directory, text, caller)
    assert report.verdict == "suspicious"
    assert [flag.code for flag in report.warnings][:1] == ["asks-for-secret"]
    assert [found.verdict.e164 for found in report.numbers] == numbers
    assert all(found.verdict.verdict == "suspicious" for found in report.numbers)


def test_a_merchant_name_in_an_alert_is_not_a_link(directory: Directory) -> None:
    alert = check_message(directory, "AMEX alert: a charge of $59.99 at BESTBUY.COM was approved.")
    assert (alert.links, alert.verdict) == ((), "nothing-found")
    written = check_message(directory, "Track it at www.bestbuy.com or https://BESTBUY.COM/x.")
    assert [found.text for found in written.links] == ["www.bestbuy.com", "https://BESTBUY.COM/x"]
    assert [found.text for found in check_message(directory, "Unlock it at amex-unlock.com now.").links] == [
        "amex-unlock.com"
    ]


def test_verify_says_suspicious_for_a_suspect_number_in_every_format(cli: RunCli) -> None:
    plain = cli("verify", "0800-555-0123", "--from", "AR")
    assert plain.code == 1
    assert plain.stdout.startswith("SUSPICIOUS: +54 800-555-0123")
    data = cli("verify", "0800-555-0123", "--from", "AR", "--json")
    assert data.code == 1
    assert (data.json()["verdict"], data.json()["status"]) == ("suspicious", "suspect")
    assert [flag["code"] for flag in data.json()["warnings"]] == ["fictional-pattern"]
    ireland = cli("verify", "+353 1850 882 028", "--json")  # the directory keeps it as suspect (ie-lost)
    assert ireland.code == 1
    assert [flag["code"] for flag in ireland.json()["warnings"]] == ["withdrawn-range"]
