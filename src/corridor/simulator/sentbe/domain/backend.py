"""Sentbe's whole state: partners, their wallets, users, recipients and transfers, and the rules
that span them. Typed methods and named errors, no HTTP (moto's "backend")."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from corridor.providers.sentbe.credentials import (
    DEFAULT_ACCESS_ID,
    DEFAULT_PARTNER_ID,
    DEFAULT_SECRET_KEY,
)
from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.sentbe.domain.errors import NotFound
from corridor.simulator.sentbe.domain.fields import Number
from corridor.simulator.sentbe.domain.partners import Partner, Partners
from corridor.simulator.sentbe.domain.pricing import Pricing, Quote, RateBoard
from corridor.simulator.sentbe.domain.recipients import Recipient, RecipientDetails, Recipients
from corridor.simulator.sentbe.domain.transfers import Transfer, Transfers
from corridor.simulator.sentbe.domain.users import User, Users
from corridor.simulator.sentbe.domain.wallets import Deposit, Wallets


class Backend:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        rate_salt: int,
        notify: Callable[[Transfer, Partner], None],
        *,
        partner_id: str = DEFAULT_PARTNER_ID,
        access_id: str = DEFAULT_ACCESS_ID,
        secret_key: str = DEFAULT_SECRET_KEY,
    ) -> None:
        self.clock = clock
        self.partners = Partners()
        self.wallets = Wallets(clock)
        self.pricing = Pricing(RateBoard(clock, rate_salt))
        self.users = Users(clock)
        self.recipients = Recipients(clock)
        self._notify_partner = notify
        self.transfers = Transfers(clock, scheduler, self.wallets, self._notify)
        self.main_partner = self.add_partner(partner_id, access_id, secret_key)

    def add_partner(self, partner_id: str, access_id: str, secret_key: str) -> Partner:
        partner = self.partners.add(partner_id, access_id, secret_key)
        self.wallets.open(partner_id)
        return partner

    def _notify(self, transfer: Transfer) -> None:
        self._notify_partner(transfer, self._partner(transfer.partner_id))

    def _partner(self, partner_id: str) -> Partner:
        partner = self.partners.get(partner_id)
        if partner is None:
            raise NotFound(f"no partner {partner_id}", "owner")
        return partner

    def deposit(
        self, partner_id: str | None, currency: str, amount: Decimal, sender: str
    ) -> Deposit:
        """Prefunding arrives in a partner's wallet (default: the main partner's)."""
        partner = self.main_partner if partner_id is None else self.partners.get(partner_id)
        if partner is None:
            raise NotFound(f"no partner {partner_id}", "owner")
        return self.wallets.deposit(partner.partner_id, currency, amount, sender)

    def create_recipient(
        self, partner: Partner, user_id: Number, details: RecipientDetails
    ) -> Recipient:
        user = self.users.get(partner.partner_id, user_id, "user_id")
        return self.recipients.create(user, details)

    def quote(self, amount: Number, transfer_currency: str, fee_currency: str) -> Quote:
        return self.pricing.quote(amount, transfer_currency, fee_currency)

    def create_transfer(
        self,
        partner: Partner,
        user_id: Number,
        recipient_id: Number,
        external_id: str,
        amount: Number,
        transfer_currency: str,
        fee_currency: str,
    ) -> Transfer:
        """A payout from one of the partner's users to one of that user's recipients."""
        user: User = self.users.get(partner.partner_id, user_id, "user_id")
        recipient = self.recipients.get(partner.partner_id, recipient_id, "recipient_id")
        if recipient.user_id != user.id:
            raise NotFound(
                f"recipient {recipient.id} is not a recipient of user {user.id}", "recipient_id"
            )
        quote = self.quote(amount, transfer_currency, fee_currency)
        return self.transfers.create(user, recipient, external_id, quote)

    def verify_recipient(self, partner_id: str | None, recipient_id: object) -> Recipient:
        """The recipient completes verification; transfers waiting for it go on."""
        partner = self.main_partner.partner_id if partner_id is None else partner_id
        recipient = self.recipients.get(partner, recipient_id, "recipient_id")
        if self.recipients.verify(recipient):
            self.transfers.recipient_verified(recipient)
        return recipient

    def transfer(self, partner_id: str | None, transfer_id: object) -> Transfer:
        partner = self.main_partner.partner_id if partner_id is None else partner_id
        return self.transfers.get(partner, transfer_id, "transfer_id")
