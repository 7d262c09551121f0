"""End users' withdrawals: waiting for the emailed code, confirmed, processed, or cancelled.

Withdrawals are requested through the standard sFOX API, which this spec does not cover; the
simulator's control API starts them. The amount (and any withdrawal fee the partner earns) is
held from the moment the withdrawal is requested; sFOX emails a 6-digit code, and once the code
is confirmed the withdrawal is processed after a while: the amount leaves sFOX and the fee goes
to the partner. Until it is processed it can be cancelled, which releases the hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import (
    INVALID_CODE,
    NotFound,
    Unprocessable,
    code_expired,
)
from corridor.simulator.sfox.domain.inbox import Inbox, OneTimeCode
from corridor.simulator.sfox.domain.ledger import MASTER, Ledger
from corridor.simulator.sfox.domain.users import EMAIL, EndUser
from corridor.simulator.store import OwnedBy, Records


@dataclass
class Withdrawal:
    atx_id: int
    user_id: str
    currency: str
    amount: Decimal
    fee: Decimal
    fee_setting: int | None  # monetization_id of the setting that set the fee
    code: OneTimeCode
    created_at: datetime
    status: int = reference.WITHDRAWAL_AWAITING_CODE
    confirmed_at: datetime | None = None
    processed_at: datetime | None = None

    @property
    def id(self) -> str:
        return str(self.atx_id)

    @property
    def cancellable(self) -> bool:
        return self.status in (reference.WITHDRAWAL_AWAITING_CODE, reference.WITHDRAWAL_CONFIRMED)


# (withdrawal) -> None: the partner's fee was processed
FeeProcessed = Callable[[Withdrawal], None]


class Withdrawals:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        ledger: Ledger,
        inbox: Inbox,
        next_atx: Callable[[], int],
        fee_processed: FeeProcessed,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.ledger = ledger
        self.inbox = inbox
        self.next_atx = next_atx
        self.fee_processed = fee_processed
        self.records: Records[Withdrawal] = Records(OwnedBy("user_id"))

    def request(
        self,
        user: EndUser,
        currency: str,
        amount: Decimal,
        fee: Decimal,
        fee_setting: int | None,
    ) -> Withdrawal:
        """Hold the amount and the fee, and email the confirmation code."""
        self.ledger.require_available(user.id, currency, amount + fee)
        atx_id = self.next_atx()
        self.ledger.hold(user.id, currency, amount + fee, "withdrawal requested", atx_id)
        code = self.inbox.send(
            user.id,
            EMAIL,
            user.registration.email,
            "Confirm your sFOX withdrawal",
            details={"atx_id": atx_id, "currency": currency, "amount": str(amount)},
        )
        withdrawal = Withdrawal(
            atx_id, user.id, currency, amount, fee, fee_setting, code, self.clock.now()
        )
        return self.records.add(withdrawal)

    def owned(self, user: EndUser, atx_id: int) -> Withdrawal:
        withdrawal = self.records.owned(user.id, str(atx_id))
        if withdrawal is None:
            raise NotFound(f"Transaction {atx_id} not found.", "atx_id")
        return withdrawal

    def _awaiting_code(self, user: EndUser, atx_id: int) -> Withdrawal:
        withdrawal = self.owned(user, atx_id)
        if withdrawal.status != reference.WITHDRAWAL_AWAITING_CODE:
            raise Unprocessable("The withdrawal is not awaiting confirmation.", "atx_id")
        return withdrawal

    def confirm(self, user: EndUser, atx_id: int, otp: str) -> tuple[bool, Withdrawal]:
        """(True, the withdrawal): the right code starts processing; a wrong or expired one is
        the 422 every one-time code gets."""
        withdrawal = self._awaiting_code(user, atx_id)
        if withdrawal.code.expired(self.clock.now()):
            raise Unprocessable(code_expired("withdrawal"), "otp")
        if not withdrawal.code.matches(otp):
            raise Unprocessable(INVALID_CODE, "otp")
        withdrawal.status = reference.WITHDRAWAL_CONFIRMED
        withdrawal.confirmed_at = self.clock.now()
        due = self.clock.now() + reference.WITHDRAWAL_PROCESSING
        self.scheduler.at(due, self._process, withdrawal)
        return True, withdrawal

    def resend(self, user: EndUser, atx_id: int) -> Withdrawal:
        withdrawal = self._awaiting_code(user, atx_id)
        withdrawal.code = self.inbox.send(
            user.id,
            EMAIL,
            user.registration.email,
            "Your new sFOX withdrawal code",
            details={"atx_id": atx_id},
        )
        return withdrawal

    def cancel(self, user: EndUser, atx_id: int) -> Withdrawal:
        withdrawal = self.owned(user, atx_id)
        if not withdrawal.cancellable:
            state = (
                "cancelled" if withdrawal.status == reference.WITHDRAWAL_CANCELED else "processed"
            )
            raise Unprocessable(
                f"The withdrawal has already been {state} and cannot be cancelled.", "atx_id"
            )
        held = withdrawal.amount + withdrawal.fee
        self.ledger.release(
            user.id, withdrawal.currency, held, "withdrawal cancelled", withdrawal.atx_id
        )
        withdrawal.status = reference.WITHDRAWAL_CANCELED
        return withdrawal

    def _process(self, withdrawal: Withdrawal) -> None:
        if withdrawal.status != reference.WITHDRAWAL_CONFIRMED:
            return  # cancelled meanwhile
        user_id, currency, atx_id = withdrawal.user_id, withdrawal.currency, withdrawal.atx_id
        self.ledger.pay_out_held(user_id, currency, withdrawal.amount, "withdrawal", atx_id)
        if withdrawal.fee:
            self.ledger.settle_held(
                user_id, MASTER, currency, withdrawal.fee, "withdrawal fee", atx_id
            )
        withdrawal.status = reference.WITHDRAWAL_DONE
        withdrawal.processed_at = self.clock.now()
        if withdrawal.fee:
            self.fee_processed(withdrawal)
