"""P100's whole state: the partner with its balances, its end users, and every rule spanning them.

moto calls this a backend: typed methods, named refusals, no HTTP. Handlers call it, the dialect
renders its refusals, and the events it raises become webhooks through `Notifier`.
"""

from __future__ import annotations

import hmac
import random
from collections.abc import Callable
from decimal import Decimal
from typing import Protocol

from corridor.providers.p100.credentials import DEFAULT_API_KEY
from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.cards import Cards
from corridor.simulator.p100.domain.crypto import Crypto, CryptoDeposit
from corridor.simulator.p100.domain.errors import (
    ApiKeyIncorrect,
    ApiKeyMissing,
    InvalidInput,
    SourceOrDestinationRequired,
)
from corridor.simulator.p100.domain.exchanges import Exchanges
from corridor.simulator.p100.domain.identifiers import Identifiers, iban, payee_iban
from corridor.simulator.p100.domain.ledger import PARTNER, Ledger
from corridor.simulator.p100.domain.money import Amount, currency_code
from corridor.simulator.p100.domain.money import amount as parse_amount
from corridor.simulator.p100.domain.orders import Orders
from corridor.simulator.p100.domain.sepa import Deposit, Receiver, Sepa, SepaTransfer
from corridor.simulator.p100.domain.users import User, Users

LEVEL_1, LEVEL_2 = 1, 2  # closed loop (the default) or legacy open loop SEPA payouts


class Notifier(Protocol):
    """Where the domain's events go (webhooks, once rendered in P100's shape)."""

    def kyc_file_added(self, user: User, status: str) -> None: ...

    def kyc_status_changed(self, user: User) -> None: ...

    def sepa_transfer_finished(self, transfer: SepaTransfer) -> None: ...

    def crypto_deposit_changed(self, deposit: CryptoDeposit) -> None: ...


class Backend:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        rng: random.Random,
        notify: Notifier,
        *,
        api_key: str = DEFAULT_API_KEY,
        sepa_level: int = LEVEL_1,
    ) -> None:
        if sepa_level not in (LEVEL_1, LEVEL_2):
            raise ValueError("sepa_level is 1 (closed loop) or 2 (legacy open loop)")
        self.clock = clock
        self.api_key = api_key
        self.sepa_level = sepa_level
        self.identifiers = Identifiers(rng)
        self.ledger = Ledger(clock, new_id)
        self.users = Users(clock, scheduler, new_id, self.identifiers, self.ledger, notify)
        self.partner_reference = new_id()
        self.sepa = Sepa(
            clock, scheduler, new_id, self.ledger, self.users, notify, self.partner_reference
        )
        self.exchanges = Exchanges(clock, scheduler, new_id, self.ledger)
        self.orders = Orders(clock, scheduler, new_id, self.identifiers, self.ledger)
        self.crypto = Crypto(
            clock, scheduler, new_id, self.identifiers, notify=notify, ledger=self.ledger
        )
        self.cards = Cards(clock, new_id, self.identifiers)
        self._open_partner()

    def _open_partner(self) -> None:
        evm = self.identifiers.evm_address()
        for balance in self.ledger.open(PARTNER):
            if balance.fiat:
                balance.iban, balance.status = self.identifiers.virtual_iban(), "ACTIVE"
                continue
            chain = reference.networks(balance.currency)[0].key
            evm_chain = chain in reference.EVM_NETWORKS
            balance.wallet = evm if evm_chain else self.identifiers.wallet(chain)

    def authenticate(self, api_key: str | None) -> str:
        """The partner the key belongs to; refused when the key is missing or wrong."""
        if not api_key:
            raise ApiKeyMissing("no API key (x-api-key) was sent")
        sent = api_key.encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(sent, self.api_key.encode()):
            raise ApiKeyIncorrect("the API key (x-api-key) is not the partner's")
        return PARTNER

    @property
    def partner_iban(self) -> str:
        return str(self.ledger.balance(PARTNER, "eur").iban)

    # ---- SEPA -------------------------------------------------------------------------------

    def sepa_deposit(
        self,
        amount: Amount,
        sender_name: str,
        sender_iban: str | None = None,
        title: str | None = None,
        external_user_id: str | None = None,
    ) -> Deposit:
        """Money arrives by SEPA with `title` as its reference (or the reference of the user
        named, for tests); the sender's IBAN is made up when not given."""
        exact = parse_amount(amount, "eur")
        if title is None:
            if external_user_id is None:
                title = self.partner_reference
            else:
                title = self.users.get(external_user_id).reference
        sender = (
            self.identifiers.sender_iban()
            if sender_iban is None
            else iban(sender_iban, "senderIban")
        )
        return self.sepa.deposit(title, exact, sender_name, sender)

    def partner_transfer(
        self,
        amount: Amount,
        currency: str,
        destination_iban: str,
        title: str,
        receiver: Receiver,
    ) -> SepaTransfer:
        """The partner's payout: Level 1 (closed loop) names no receiver, Level 2 must."""
        given = receiver.given()
        if self.sepa_level == LEVEL_1 and given:
            raise InvalidInput(
                f"{', '.join(given)} must not be sent at integration Level 1 (closed loop)",
                given[0],
            )
        if self.sepa_level == LEVEL_2:
            named = receiver.first_name is not None and receiver.last_name is not None
            if receiver.type is None or not (named or receiver.company_name is not None):
                raise InvalidInput(
                    "Level 2 needs receiverType and the receiver's first and last name or "
                    "companyName",
                    "receiverType",
                )
        currency_code(currency, allowed=("eur",))
        exact = parse_amount(amount, "eur")
        destination = payee_iban(destination_iban)
        return self.sepa.transfer(
            PARTNER,
            None,
            exact,
            destination,
            title,
            receiver,
            closed_loop=self.sepa_level == LEVEL_1,
        )

    def user_transfer(
        self,
        external_user_id: str | None,
        source_external_user_id: str | None,
        amount: Amount,
        currency: str,
        destination_iban: str,
        title: str | None = None,
    ) -> SepaTransfer:
        """A user's payout, always closed loop; the user is named by externalUserId (current
        overview) or sourceExternalUserId ('test' example)."""
        named = {name for name in (external_user_id, source_external_user_id) if name is not None}
        if not named:
            raise SourceOrDestinationRequired(
                "Source or destination must be provided.", "externalUserId"
            )
        if len(named) > 1:
            raise InvalidInput(
                "externalUserId and sourceExternalUserId name different users", "externalUserId"
            )
        user = self.users.get(named.pop())
        currency_code(currency, allowed=("eur",))
        exact = parse_amount(amount, "eur")
        destination = payee_iban(destination_iban)
        return self.sepa.transfer(
            user.owner,
            user,
            exact,
            destination,
            title or "SEPA payout",
            Receiver(),
            closed_loop=True,
        )

    # ---- money from outside -----------------------------------------------------------------

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> Deposit | CryptoDeposit:
        """The control API's deposit: EUR arrives by SEPA (from `sender`, by default the
        owner's own name, so its IBAN is whitelisted), crypto lands on the owner's wallet."""
        user = None if owner is None else self.users.get(owner)
        code = currency_code(currency)
        if code == "eur":
            name = sender or (reference.PARTNER_NAME if user is None else user.name) or ""
            title = self.partner_reference if user is None else user.reference
            return self.sepa_deposit(amount, name, title=title)
        return self.crypto.deposit(user, code, amount, verified_now=True)
