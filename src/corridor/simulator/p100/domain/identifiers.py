"""Account numbers, wallet addresses, hashes and card numbers, reproducible from the seed.

Virtual IBANs are real, checksummed Lithuanian IBANs at the bank of Get SEPA Deposit Info's
example (schwifty builds them and checks the IBANs callers send). None of these is a
credential, so the seeded RNG may make them.
"""

from __future__ import annotations

import random
import string

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import InvalidInput

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


class Identifiers:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def _digits(self, count: int) -> str:
        return "".join(self._rng.choice(string.digits) for _ in range(count))

    def virtual_iban(self) -> str:
        return str(
            IBAN.generate("LT", bank_code=reference.SEPA_BANK_CODE, account_code=self._digits(11))
        )

    def sender_iban(self) -> str:
        """An IBAN at a Polish bank, where a simulated depositor's money comes from."""
        return str(IBAN.generate("PL", bank_code="10902402", account_code=self._digits(16)))

    def evm_address(self) -> str:
        return "0x" + "".join(self._rng.choice("0123456789abcdef") for _ in range(40))

    def wallet(self, network: str) -> str:
        """A deposit address on `network` (testnet forms for the non-EVM chains)."""
        if network in reference.EVM_NETWORKS:
            return self.evm_address()
        if network == "btc":
            return "tb1q" + "".join(self._rng.choice(_BECH32) for _ in range(38))
        if network == "ltc":
            return "tltc1q" + "".join(self._rng.choice(_BECH32) for _ in range(38))
        return "n" + "".join(self._rng.choice(_BASE58) for _ in range(33))

    def transaction_hash(self) -> str:
        return "0x" + "".join(self._rng.choice("0123456789abcdef") for _ in range(64))

    def card_number(self) -> str:
        """Sixteen digits passing the Luhn check."""
        body = "4" + self._digits(14)
        total = 0
        for position, digit in enumerate(reversed(body)):
            value = int(digit) * (2 if position % 2 == 0 else 1)
            total += value - 9 if value > 9 else value
        return body + str((10 - total % 10) % 10)

    def cvv(self) -> str:
        return self._digits(3)


def payee_iban(value: str) -> str:
    """A payout's destination as given: the valid IBAN's compact form, else the text compacted
    the same way. A payout is checked when it is processed, not at the call (the docs: business
    errors are not checked at request time), and an IBAN's checksum is no rule a request schema
    can state; `Sepa` fails the transfer then."""
    try:
        return iban(value, "destinationIban")
    except InvalidInput:
        return "".join(value.split()).upper()


def iban(value: str, field: str) -> str:
    """`value` as a valid IBAN in its compact form, or P403 naming the field."""
    try:
        return str(IBAN(value))
    except (SchwiftyException, ValueError) as error:
        raise InvalidInput(f"{field} is not a valid IBAN ({error})", field) from None
