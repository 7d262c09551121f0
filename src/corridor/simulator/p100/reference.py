"""P100's reference data as the docs give it, and the values the simulator chooses where they don't.

Documented: the currencies (Get Network Fee's list), the rates, networks and limits of the
balance examples, P100's bank details on Get SEPA Deposit Info, the card countries and the
countries that needed proof of address (older GitHub docs). Chosen, and listed in
docs/simulators/p100.md: the rates of eth, ltc, doge and eurt, the limits of networks no example
shows, the spreads, fees and every timing below.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from corridor.providers.p100.currencies import CRYPTO as CRYPTO

FIAT: Final = ("eur",)
CURRENCIES: Final = FIAT + CRYPTO

# Minor units: eur "0.00", usdc/usdt "0.000000", pol and btc "0.00000000" in the examples; the
# Error Handling page's message caps amounts at 8 decimal places.
DECIMAL_PLACES: Final = MappingProxyType(
    {"eur": 2, "usdc": 6, "usdt": 6, "eurt": 6}
    | {c: 8 for c in ("btc", "doge", "eth", "ltc", "pol")}
)

# Value of one unit in EUR (the balances' `rate`). usdc, usdt: partner balances example; pol, btc:
# the older Create User Account example; the rest are the simulator's choice.
EUR_RATES: Final = MappingProxyType(
    {
        "eur": Decimal(1),
        "usdc": Decimal("0.963728"),
        "usdt": Decimal("0.963486"),
        "pol": Decimal("0.19598695"),
        "btc": Decimal("102178.03394219"),
        "eth": Decimal("3245.17"),
        "ltc": Decimal("88.41"),
        "doge": Decimal("0.2114"),
        "eurt": Decimal("0.9981"),
    }
)

EXCHANGE_SPREAD: Final = Decimal("0.005")  # taken off the mid rate of a locked exchange
ORDER_SPREAD: Final = Decimal("0.01")  # taken off the mid rate of a locked order


@dataclass(frozen=True)
class Network:
    key: str  # as in networkConfig and the `network` parameters, lower case
    name: str  # the staging chain's name (sepolia, amoy)
    fee: Decimal  # feeWithdrawal: charged on top of a withdrawal, and Get Network Fee's answer
    min_withdrawal: Decimal
    min_deposit: Decimal


def _evm(key: str, name: str, fee: str, minimum: str, deposit: str) -> Network:
    return Network(key, name, Decimal(fee), Decimal(minimum), Decimal(deposit))


# First network of each currency: its default (the older docs: usdc and usdt go out on Ethereum
# unless `network` is polygon). usdc/usdt: partner balances example; pol and btc's fee: older
# Create User Account example; eth's fee: the Get Network Fee example (0.000469).
NETWORKS: Final = MappingProxyType(
    {
        "usdc": (
            _evm("ethereum", "sepolia", "10", "15", "5"),
            _evm("polygon", "amoy", "10", "15", "5"),
        ),
        "usdt": (
            _evm("ethereum", "sepolia", "10", "15", "5"),
            _evm("polygon", "amoy", "10", "15", "5"),
        ),
        "pol": (_evm("polygon", "amoy", "0.001", "0.00005", "0"),),
        "btc": (_evm("btc", "test", "0.0003", "0.0001", "0"),),
        "eth": (_evm("ethereum", "sepolia", "0.000469", "0.001", "0"),),
        "eurt": (_evm("ethereum", "sepolia", "2", "5", "1"),),
        "ltc": (_evm("ltc", "test", "0.001", "0.01", "0"),),
        "doge": (_evm("doge", "test", "2", "10", "0"),),
    }
)
EVM_NETWORKS: Final = frozenset({"ethereum", "polygon"})

# P100's own account for incoming SEPA (Get SEPA Deposit Info example); virtual IBANs are
# Lithuanian accounts at the bank whose SWIFT code that example gives.
SEPA_BANK_CODE: Final = "31300"
SEPA_SWIFT: Final = "BZENLT22"
SEPA_ACCOUNT_HOLDER: Final = "P100 sp. z o.o."
SEPA_ADDRESS: Final = "Połonińska 19"

# Create Virtual Card (older GitHub docs): where cards are issued, and the per-user limits.
CARD_COUNTRIES: Final = frozenset(
    {
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    }
)
CARDS_HELD_AT_ONCE: Final = 10
CARD_CREATION_LIMITS: Final = ((1, 5), (30, 10), (365, 20))  # (days, cards created at most)

# Older GitHub docs: customers from these countries also needed proof of address.
POA_COUNTRIES: Final = frozenset({"AM", "AR", "AZ", "GE", "IL", "MD", "UA"})

# Fees the examples show per transfer: 0 on the partner webhook, 1 on the user-group transfer.
PARTNER_SEPA_FEE: Final = Decimal(0)
USER_SEPA_FEE: Final = Decimal(1)

# Timings (seconds on the simulator clock); the docs give none.
EXCHANGE_LOCK_SECONDS: Final = 30
ORDER_LOCK_SECONDS: Final = 300
EXCHANGE_SETTLEMENT_SECONDS: Final = 5
SEPA_RISK_CHECK_SECONDS: Final = 10
KYC_FILE_HANDLING_SECONDS: Final = 5
KYC_REVIEW_START_SECONDS: Final = 10
KYC_REVIEW_SECONDS: Final = 60
CRYPTO_VERIFICATION_SECONDS: Final = 30
CRYPTO_WITHDRAWAL_SECONDS: Final = 30
ORDER_WALLET_SECONDS: Final = 5
ORDER_PAYMENT_WINDOW_SECONDS: Final = 1800
ORDER_BLOCK_SECONDS: Final = 10
ORDER_REQUIRED_CONFIRMATIONS: Final = 3

PARTNER_NAME: Final = "Sandbox Partner Sp. z o.o."


def networks(currency: str) -> tuple[Network, ...]:
    return NETWORKS.get(currency, ())


def network(currency: str, key: str | None) -> Network | None:
    """The currency's network named `key` (any case), its default for None, or None if it has
    no such network."""
    offered = networks(currency)
    if not offered:
        return None
    if key is None:
        return offered[0]
    wanted = key.lower()
    return next((net for net in offered if net.key == wanted), None)
