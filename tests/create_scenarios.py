"""Every create a facade makes safe to retry, set up against its own in-process simulator.

One `Scenario` per create with an idempotency handle: SettleGo payments, beneficiaries,
conversions and transfers (externalId), sFOX end users (user_id) and transfers (transfer_id),
P100 user accounts (externalUserId) and Sentbe transfers (external_id). Each knows how to
make its `index`-th intended create through the facade, what that create consumes (a fresh
quote per conversion, the exact funds per transfer or payment, credited through the control
API, so that a retry finds them used up), which objects the simulator holds for each intended
create (found by what the create sent, not by its handle), and whether an object handed back
is the one that create asked for. The reliability suite drives them under each injected fault.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any, ClassVar

from p100_client.api.user_operations_onboarding_kyc_flow import create_user_account
from p100_client.models import CreateUserAccountRequest
from sentbe_calls import PARTNER as SENTBE_PARTNER
from sentbe_calls import Sentbe
from sentbe_client.api.transfers import create_transfer as create_sentbe_transfer
from sentbe_client.models import CreateTransferParameters
from settlego_client.api.beneficiaries import create_beneficiary
from settlego_client.api.conversions import create_conversion, create_conversion_quote
from settlego_client.api.currency_accounts import create_currency_account
from settlego_client.api.linked_clients import create_linked_client
from settlego_client.api.payments import create_payment
from settlego_client.api.transfers import create_transfer as create_settlego_transfer
from settlego_client.models import (
    ConversionQuoteRequest,
    CreateBeneficiaryRequest,
    CreateConversionRequest,
    CreateCurrencyAccountRequest,
    CreateLinkedClientRequest,
    CreatePaymentRequest,
    CreateTransferRequest,
)
from sfox_client.api.end_users import create_end_user
from sfox_client.models import CreateEndUserRequest
from test_settlego_docs_behaviour import docs_example

from corridor import p100, sentbe, settlego, sfox
from corridor.simulator import Simulator
from corridor.simulator.p100 import DEFAULT_API_KEY as P100_API_KEY
from corridor.simulator.session import SimulatorSession
from corridor.simulator.settlego import DEFAULT_API_KEY, DEFAULT_LOGIN_ID
from corridor.simulator.settlego.reference import PAYMENT_FEES
from corridor.simulator.sfox import DEFAULT_ENTERPRISE_API_KEY
from tests.sfox_wire import SFoxWire, individual
from tests.test_reliable_creates import BENEFICIARY, amount, payment

# No waiting between tries; four tries, then the caller hears "outcome unknown" and calls again.
FAST = settlego.Retries(attempts=4, initial=0, maximum=0, jitter=0)
# The facades' timeout here: an answer held back longer ("late-answer") is given up on.
CLIENT_TIMEOUT = 0.05
SETUP_TIMEOUT = 10.0

Stored = tuple[str, str]  # (handle, identity) of an object the simulator holds


class Scenario:
    """One create with an idempotency handle, against a simulator of its own."""

    name: ClassVar[str]  # "SettleGo createConversion"
    operation: ClassVar[str]  # the operationId the faults hit
    facade_chooses: ClassVar[bool] = False  # the first call leaves the handle to the facade

    def __init__(self, seed: int) -> None:
        self.simulator = self.start(seed)

    def start(self, seed: int) -> Simulator:
        raise NotImplementedError

    def handle_for(self, index: int) -> str:
        """The handle the caller gives create `index` (or gives it after the facade chose)."""
        raise NotImplementedError

    def prepare(self, index: int) -> None:
        """What create `index` consumes, made fresh for it (nothing, for most creates)."""

    def create(self, index: int, handle: str | None) -> Any:
        """One facade call for create `index`; `handle` None leaves it to the facade."""
        raise NotImplementedError

    def identity_of(self, made: Any) -> str:
        """Which stored object a returned answer names."""
        raise NotImplementedError

    def stored(self) -> dict[int, list[Stored]]:
        """The objects the simulator holds, by the intended create they were made for."""
        raise NotImplementedError

    def faithful(self, index: int, made: Any) -> bool:
        """Whether `made` is what create `index` asked for."""
        return True

    def check_money(self, indexes: range) -> None:
        """The money moved once per object made for `indexes` (nothing to check by default)."""

    def broken_invariants(self) -> list[Any]:
        check = getattr(self.simulator.provider, "broken_invariants", None)
        return list(check()) if check is not None else []


def _index(text: str, prefix: str) -> int:
    return int(text.removeprefix(prefix))


# ------------------------------------------------------------------------------- SettleGo


class SettleGoScenario(Scenario):
    def start(self, seed: int) -> Simulator:
        session = SimulatorSession("settlego", strict=False, seed=seed)
        self.control = session.control
        self.client = settlego.connect(
            DEFAULT_LOGIN_ID,
            DEFAULT_API_KEY,
            base_url=session.base_url,
            retries=FAST,
            timeout=CLIENT_TIMEOUT,
            httpx_args={"transport": session.transport},
        )
        # set-up is not under test: no short timeout for it on a busy machine
        self.setup = settlego.with_options(self.client, timeout=SETUP_TIMEOUT)
        self.backend: Any = session.backend
        return session.simulator

    def account(self, currency: str, on_behalf_of: str | None = None) -> None:
        body = {"currency": currency} | ({"onBehalfOf": on_behalf_of} if on_behalf_of else {})
        create_currency_account.sync(
            client=self.setup, body=CreateCurrencyAccountRequest.from_dict(body)
        )

    def balance(self, currency: str, client_id: str | None = None) -> Decimal:
        owner = client_id or self.backend.main_client_id
        balance: Decimal = self.backend.ledger.account(owner, currency).balance
        return balance

    def identity_of(self, made: Any) -> str:
        return str(made.id)


class SettleGoPayments(SettleGoScenario):
    name = "SettleGo createPayment"
    operation = "createPayment"
    facade_chooses = True  # externalId is optional: the facade makes one up

    def start(self, seed: int) -> Simulator:
        simulator = super().start(seed)
        self.account("GBP")
        beneficiary = create_beneficiary.sync(
            client=self.setup, body=CreateBeneficiaryRequest.from_dict(BENEFICIARY)
        )
        self.beneficiary_id = beneficiary.id
        return simulator

    def handle_for(self, index: int) -> str:
        return f"pay-{index}"

    def prepare(self, index: int) -> None:
        # exactly what the payment debits, so it is paid at once and a second would wait
        self.control.credit("GBP", amount(index) + PAYMENT_FEES["standard"])

    def create(self, index: int, handle: str | None) -> Any:
        body = payment(self.beneficiary_id, index) | ({"externalId": handle} if handle else {})
        return create_payment.sync(client=self.client, body=CreatePaymentRequest.from_dict(body))

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for made in self.backend.payments.records:
            index = _index(made.order.payment_reference, "INV-")
            held[index].append((made.order.external_id, made.id))
        return held

    def faithful(self, index: int, made: Any) -> bool:
        return bool(made.amount == amount(index) and made.payment_reference == f"INV-{index}")

    def check_money(self, indexes: range) -> None:
        assert self.balance("GBP") == 0, "each payment debited once, as soon as it was made"


class SettleGoBeneficiaries(SettleGoScenario):
    name = "SettleGo createBeneficiary"
    operation = "createBeneficiary"

    def handle_for(self, index: int) -> str:
        return f"supplier-{index}"

    def create(self, index: int, handle: str | None) -> Any:
        body = BENEFICIARY | {"externalId": handle, "name": f"Supplier {index}"}
        return create_beneficiary.sync(
            client=self.client, body=CreateBeneficiaryRequest.from_dict(body)
        )

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for made in self.backend.beneficiaries.records:
            if made.fields["name"].startswith("Supplier "):
                index = _index(made.fields["name"], "Supplier ")
                held[index].append((made.external_id, made.id))
        return held

    def faithful(self, index: int, made: Any) -> bool:
        return bool(made.name == f"Supplier {index}")


def conversion_amount(index: int) -> Decimal:
    return Decimal("10.00") + index


class SettleGoConversions(SettleGoScenario):
    """A fresh quote per conversion: a quote can be used once, so a retry of a conversion that
    was made finds its quote gone (the refusal the facade once passed on as "no such quote")."""

    name = "SettleGo createConversion"
    operation = "createConversion"

    def start(self, seed: int) -> Simulator:
        simulator = super().start(seed)
        self.account("GBP")
        self.account("USD")
        self.quotes: dict[int, str] = {}
        self.sold = Decimal(0)
        return simulator

    def handle_for(self, index: int) -> str:
        return f"fx-{index}"

    def prepare(self, index: int) -> None:
        quote = docs_example("createConversionQuote", "request") | {
            "amount": str(conversion_amount(index)),
            "conversionDate": "2026-01-06",
        }
        offer = create_conversion_quote.sync(
            client=self.setup, body=ConversionQuoteRequest.from_dict(quote)
        )
        self.quotes[index] = offer.id
        self.control.credit("GBP", offer.sell_amount)  # exactly what the conversion sells
        self.sold += offer.sell_amount

    def create(self, index: int, handle: str | None) -> Any:
        body = {"quoteId": self.quotes[index], "termAgreement": "true", "externalId": handle}
        return create_conversion.sync(
            client=self.client, body=CreateConversionRequest.from_dict(body)
        )

    def stored(self) -> dict[int, list[Stored]]:
        by_quote = {quote: index for index, quote in self.quotes.items()}
        held: dict[int, list[Stored]] = defaultdict(list)
        for made in self.backend.conversions.records:
            held[by_quote[made.quote.id]].append((made.external_id, made.id))
        return held

    def faithful(self, index: int, made: Any) -> bool:
        return bool(made.buy_amount == conversion_amount(index))

    def check_money(self, indexes: range) -> None:
        assert self.sold > 0
        assert self.balance("GBP") == 0, "each conversion sold its GBP once"


def transfer_amount(index: int) -> Decimal:
    return Decimal("1.01") + index


class SettleGoTransfers(SettleGoScenario):
    """Each transfer's exact amount is credited before it: a retry of a transfer that was made
    finds the balance spent (the refusal it must not hear as "insufficient balance")."""

    name = "SettleGo createTransfer"
    operation = "createTransfer"

    def start(self, seed: int) -> Simulator:
        simulator = super().start(seed)
        linked = create_linked_client.sync(
            client=self.setup,
            body=CreateLinkedClientRequest.from_dict(
                docs_example("createLinkedClient", "request", "corporate")
            ),
        )
        self.linked_id = linked.id
        self.account("GBP")
        self.account("GBP", on_behalf_of=linked.id)
        return simulator

    def handle_for(self, index: int) -> str:
        return f"move-{index}"

    def prepare(self, index: int) -> None:
        self.control.credit("GBP", transfer_amount(index))

    def create(self, index: int, handle: str | None) -> Any:
        body = {
            "currency": "GBP",
            "amount": transfer_amount(index),
            "receiverClientId": self.linked_id,
            "externalId": handle,
            "transferReference": f"T-{index}",
        }
        return create_settlego_transfer.sync(
            client=self.client, body=CreateTransferRequest.from_dict(body)
        )

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for made in self.backend.transfers.records:
            held[_index(made.transfer_reference, "T-")].append((made.external_id, made.id))
        return held

    def faithful(self, index: int, made: Any) -> bool:
        return bool(
            made.amount == transfer_amount(index) and made.transfer_reference == f"T-{index}"
        )

    def check_money(self, indexes: range) -> None:
        moved = sum((transfer_amount(index) for index in indexes), Decimal(0))
        assert (self.balance("GBP"), self.balance("GBP", self.linked_id)) == (Decimal(0), moved)


# ------------------------------------------------------------------------------- sFOX


class SFoxScenario(Scenario):
    def start(self, seed: int) -> Simulator:
        self.wire = SFoxWire(seed=seed)
        self.partner = sfox.connect(
            DEFAULT_ENTERPRISE_API_KEY,
            base_url=self.wire.session.base_url,
            retries=FAST,
            timeout=CLIENT_TIMEOUT,
            httpx_args={"transport": self.wire.session.transport},
        )
        return self.wire.simulator


class SFoxEndUsers(SFoxScenario):
    name = "sFOX createEndUser"
    operation = "createEndUser"

    def handle_for(self, index: int) -> str:
        return f"user-{index}"

    def create(self, index: int, handle: str | None) -> Any:
        registration = individual(str(handle), last_name=f"Fox{index}")
        return create_end_user.sync(
            client=self.partner, body=CreateEndUserRequest.from_dict(registration)
        )

    def identity_of(self, made: Any) -> str:
        return str(made.data["user_id"])

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for user in self.wire.backend.users.records:
            index = _index(user.registration.last_name, "Fox")
            held[index].append((user.id, user.id))
        return held

    def faithful(self, index: int, made: Any) -> bool:
        return bool(made.data["last_name"] == f"Fox{index}")


SFOX_UNIT = Decimal("0.001")


class SFoxTransfers(SFoxScenario):
    """A PAYMENT holds the user's funds: each one's exact quantity is credited before it."""

    name = "sFOX createTransfer"
    operation = "createTransfer"

    def start(self, seed: int) -> Simulator:
        simulator = super().start(seed)
        self.wire.register(individual("ClientAccount1"))
        return simulator

    def handle_for(self, index: int) -> str:
        return f"gift-{index}"

    def prepare(self, index: int) -> None:
        self.wire.control.credit("eth", SFOX_UNIT * (index + 1), owner="ClientAccount1")

    def create(self, index: int, handle: str | None) -> Any:
        return sfox.create_transfer(
            self.partner,
            user_id="ClientAccount1",
            type_="PAYMENT",
            purpose="GOOD",
            currency="eth",
            quantity=SFOX_UNIT * (index + 1),
            rate=2000,
            description=f"gift card {index}",
            transfer_id=handle,
        )

    def identity_of(self, made: Any) -> str:
        return str(made.transfer_id)

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for transfer in self.wire.backend.transfers.records:
            index = _index(transfer.order.description, "gift card ")
            held[index].append((transfer.id, transfer.id))
        return held

    def faithful(self, index: int, made: Any) -> bool:
        return bool(made.quantity == SFOX_UNIT * (index + 1))

    def check_money(self, indexes: range) -> None:
        held = sum((SFOX_UNIT * (index + 1) for index in indexes), Decimal(0))
        assert self.wire.balance("ClientAccount1", "eth") == (Decimal(0), held)


# ------------------------------------------------------------------------------- P100


class P100UserAccounts(Scenario):
    name = "P100 createUserAccount"
    operation = "createUserAccount"

    def start(self, seed: int) -> Simulator:
        session = SimulatorSession("p100", seed=seed)
        self.client = p100.connect(
            P100_API_KEY,
            base_url=session.base_url,
            retries=FAST,
            timeout=CLIENT_TIMEOUT,
            httpx_args={"transport": session.transport},
        )
        return session.simulator

    def handle_for(self, index: int) -> str:
        return f"customer-{index}"

    def create(self, index: int, handle: str | None) -> Any:
        body = {
            "externalUserId": handle,
            "firstName": f"Jan{index}",
            "citizenship": "PL",
            "hasAcceptedP100Tc": True,
        }
        return create_user_account.sync(
            client=self.client, body=CreateUserAccountRequest.from_dict(body)
        )

    def identity_of(self, made: Any) -> str:
        return str(made.user_id)

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for user in self.simulator.provider.backend.users:  # type: ignore[attr-defined]
            index = _index(user.profile.first_name, "Jan")
            held[index].append((user.external_id, user.user_id))
        return held


# ------------------------------------------------------------------------------- Sentbe

SEND_KRW = 1_000_000


class SentbeTransfers(Scenario):
    """Each transfer's KRW is credited before it (its USD fee comes from a float credited once)."""

    name = "Sentbe createTransfer"
    operation = "createTransfer"

    def start(self, seed: int) -> Simulator:
        self.world = Sentbe.start(seed=seed)
        self.world.control.credit("USD", "100000.00")
        user = self.world.user()
        self.pair = (user["id"], self.world.recipient(user["id"])["id"])
        partner_id, access_id, secret_key = SENTBE_PARTNER
        self.client = sentbe.connect(
            partner_id,
            access_id,
            secret_key,
            base_url=self.world.session.base_url,
            retries=FAST,
            timeout=CLIENT_TIMEOUT,
            httpx_args={"transport": self.world.session.transport},
        )
        return self.world.simulator

    def handle_for(self, index: int) -> str:
        return f"remit-{index}"

    def prepare(self, index: int) -> None:
        self.world.control.credit("KRW", str(SEND_KRW))

    def create(self, index: int, handle: str | None) -> Any:
        user_id, recipient_id = self.pair
        body = CreateTransferParameters.from_dict(
            {
                "user_id": str(user_id),
                "recipient_id": str(recipient_id),
                "external_id": handle,
                "transfer_info": {"send_amount": str(SEND_KRW), "send_amount_currency": "KRW"},
                "wallet_info": {"transfer_currency": "KRW", "fee_currency": "USD"},
            }
        )
        return create_sentbe_transfer.sync(client=self.client, body=body)

    def identity_of(self, made: Any) -> str:
        return str(made.data.transfer_info.transfer_id)

    def stored(self) -> dict[int, list[Stored]]:
        held: dict[int, list[Stored]] = defaultdict(list)
        for transfer in self.simulator.provider.backend.transfers.records:  # type: ignore[attr-defined]
            held[_index(transfer.external_id, "remit-")].append((transfer.external_id, transfer.id))
        return held

    def check_money(self, indexes: range) -> None:
        assert self.world.balances()["KRW"] == 0, "each transfer charged its KRW once"


SCENARIOS: tuple[type[Scenario], ...] = (
    SettleGoPayments,
    SettleGoBeneficiaries,
    SettleGoConversions,
    SettleGoTransfers,
    SFoxEndUsers,
    SFoxTransfers,
    P100UserAccounts,
    SentbeTransfers,
)
