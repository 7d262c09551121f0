"""Reference data: the banks recipients can be paid at, country codes, wallet currencies.

The docs' bank info example shows two five-digit codes, "10316" (새마을은행) and "10307" (IBK기업),
while every request example pays into bank "002" or "020" (docs/sentbe/api/_bank_info.md,
_create_recipient.md, _update_recipient_info.md). The simulator offers both: the two documented
entries as written, and the three-digit codes of Korea's interbank network (KFTC), which "002"
and "020" belong to.
"""

from __future__ import annotations

BANKS: dict[str, str] = {
    "10316": "새마을은행",
    "10307": "IBK기업",
    "002": "KDB산업은행",
    "003": "IBK기업은행",
    "004": "KB국민은행",
    "007": "수협은행",
    "011": "NH농협은행",
    "020": "우리은행",
    "023": "SC제일은행",
    "027": "한국씨티은행",
    "031": "대구은행",
    "032": "부산은행",
    "034": "광주은행",
    "035": "제주은행",
    "037": "전북은행",
    "039": "경남은행",
    "045": "새마을금고",
    "048": "신협",
    "071": "우체국",
    "081": "하나은행",
    "088": "신한은행",
    "089": "케이뱅크",
    "090": "카카오뱅크",
    "092": "토스뱅크",
}

# The wallets a partner holds ("currently supported 'USD' and 'KRW'", _balance_info.md) and the
# decimal places each keeps.
WALLET_CURRENCIES: dict[str, int] = {"USD": 2, "KRW": 0}
PAYOUT_CURRENCY = "KRW"  # send_amount_currency: "'KRW' fixed value"

# ISO 3166-1 alpha-2, the officially assigned codes.
_ISO_3166_ALPHA_2 = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
"""
COUNTRIES = frozenset(_ISO_3166_ALPHA_2.split())
