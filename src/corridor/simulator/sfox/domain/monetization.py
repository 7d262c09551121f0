"""Fees the partner earns on its users' activity: settings, the permissions sFOX grants, and the
ledger of fees actually charged.

A setting adds a fee to a feature (RFQ, spot trading, withdrawals) by a method (a fee rate, a
flat fee or a spread adjustment), for every user or one, and optionally one instrument or
currency. Only the feature/method pairs the partner is permitted can be set, and two active
settings never share a scope. Of the features, only withdrawals happen in this simulator
(trades are the standard sFOX API's): a WITHDRAW flat fee is charged on each processed
withdrawal and appears in the history once processed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from corridor.simulator.clock import Clock
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import (
    INVALID_MONETIZATION_ID,
    NO_DELETE_PERMISSION,
    SETTING_EXISTS,
    Forbidden,
    Unprocessable,
)
from corridor.simulator.sfox.domain.money import positive
from corridor.simulator.store import Numbers, OwnedBy, Records

RATE_METHODS = ("FEE_RATE", "SPREAD_ADJUSTMENT")
FIRST_SETTING_ID = 1310717  # the docs' first example id
PARTNER = "partner"


@dataclass(frozen=True)
class SettingOrder:
    feature: str
    method: str
    amount: Decimal
    user_id: str | None
    security_pair: str | None
    currency: str | None

    @property
    def scope(self) -> tuple[str, str, str | None, str | None, str | None]:
        return (self.feature, self.method, self.user_id, self.security_pair, self.currency)


@dataclass
class Setting:
    monetization_id: int
    order: SettingOrder
    amount: Decimal
    updated_at: datetime
    active: bool = True

    @property
    def id(self) -> str:
        return str(self.monetization_id)


@dataclass(frozen=True)
class Fee:
    """A fee charged to a user, once processed."""

    monetization_ledger_id: int
    added_at: datetime
    processed_at: datetime
    user_id: str | None
    currency: str
    atx_id: int | None
    feature: str
    method: str
    rate: Decimal  # the setting's amount
    fee_amount: Decimal

    @property
    def id(self) -> str:
        return str(self.monetization_ledger_id)


class Monetization:
    def __init__(
        self,
        clock: Clock,
        permissions: Iterable[tuple[str, str]] = reference.DEFAULT_MONETIZATION_PERMISSIONS,
        *,
        may_delete: bool = True,
    ) -> None:
        self.clock = clock
        self.permissions = tuple(permissions)  # (feature name, method name) pairs
        self.may_delete = may_delete
        self.settings: Records[Setting] = Records(OwnedBy(always=[PARTNER]))
        self.fees: Records[Fee] = Records(OwnedBy(always=[PARTNER]))
        self._scopes: dict[tuple[str, str, str | None, str | None, str | None], Setting] = {}
        self._setting_ids = Numbers(FIRST_SETTING_ID)
        self._fee_ids = Numbers(1)

    # ---- settings ------------------------------------------------------------------------------

    def create(self, order: SettingOrder) -> Setting:
        feature_name = reference.FEATURE_NAMES[order.feature]
        method_name = reference.METHOD_NAMES[order.method]
        if all(feature != feature_name for feature, _ in self.permissions):
            raise Forbidden(f"You do not have {order.feature} monetization permission", "feature")
        if (feature_name, method_name) not in self.permissions:
            raise Forbidden(
                f"You do not have {order.method} monetization permission for {order.feature}",
                "method",
            )
        if order.security_pair is not None and order.method not in RATE_METHODS:
            raise Unprocessable(
                "security_pair applies to FEE_RATE and SPREAD_ADJUSTMENT only", "security_pair"
            )
        amount = _amount(order.method, order.amount, "amount")
        if order.scope in self._scopes:
            raise Unprocessable(SETTING_EXISTS)
        setting = Setting(next(self._setting_ids), order, amount, self.clock.now())
        self._scopes[order.scope] = setting
        return self.settings.add(setting)

    def active(self, monetization_id: int) -> Setting:
        setting = self.settings.get(str(monetization_id))
        if setting is None or not setting.active:
            raise Unprocessable(INVALID_MONETIZATION_ID, "id")
        return setting

    def update(self, monetization_id: int, amount: Decimal) -> Setting:
        setting = self.active(monetization_id)
        setting.amount = _amount(setting.order.method, amount, "new_monetization_amount")
        setting.updated_at = self.clock.now()
        return setting

    def delete(self, monetization_id: int) -> None:
        if not self.may_delete:
            raise Forbidden(NO_DELETE_PERMISSION)
        setting = self.active(monetization_id)
        setting.active = False
        setting.updated_at = self.clock.now()
        del self._scopes[setting.order.scope]

    def listed(
        self,
        feature: str | None,
        method: str | None,
        currency: str | None,
        user_id: str | None,
    ) -> Iterator[Setting]:
        for setting in self.settings.of([PARTNER]):
            order = setting.order
            if (
                setting.active
                and (feature is None or order.feature == feature)
                and (method is None or order.method == method)
                and (currency is None or (order.currency or "").lower() == currency.lower())
                and (user_id is None or order.user_id == user_id)
            ):
                yield setting

    # ---- withdrawal fees ---------------------------------------------------------------------

    def withdrawal_fee(self, user_id: str, currency: str) -> tuple[Decimal, int | None]:
        """The flat fee the most specific WITHDRAW setting adds (user and currency beat
        "all users" and "all currencies"), and that setting's id; (0, None) without one."""
        for user in (user_id, None):
            for code in (currency, None):
                setting = self._scopes.get(("WITHDRAW", "FEE_FLAT", user, None, code))
                if setting is not None:
                    return setting.amount, setting.monetization_id
        return Decimal(0), None

    def charge(
        self,
        setting_id: int,
        user_id: str,
        currency: str,
        atx_id: int,
        fee: Decimal,
        added_at: datetime,
    ) -> Fee:
        """Record a processed fee (of a setting that may have been deleted since)."""
        setting = self.settings.get(str(setting_id))
        rate = setting.amount if setting is not None else fee
        entry = Fee(
            monetization_ledger_id=next(self._fee_ids),
            added_at=added_at,
            processed_at=self.clock.now(),
            user_id=user_id,
            currency=currency,
            atx_id=atx_id,
            feature="WITHDRAW",
            method="FEE_FLAT",
            rate=rate,
            fee_amount=fee,
        )
        return self.fees.add(entry)

    def history(
        self,
        *,
        start: datetime | None,
        end: datetime | None,
        feature: str | None,
        method: str | None,
        user_id: str | None,
        currency: str | None,
        limit: int,
    ) -> list[Fee]:
        found: list[Fee] = []
        for fee in self.fees.of([PARTNER]):
            if (
                (start is None or start <= fee.added_at)
                and (end is None or fee.added_at <= end)
                and (feature is None or fee.feature == feature)
                and (method is None or fee.method == method)
                and (user_id is None or fee.user_id == user_id)
                and (currency is None or fee.currency == currency.lower())
            ):
                found.append(fee)
                if len(found) == limit:
                    break
        return found


def _amount(method: str, value: Decimal, field: str) -> Decimal:
    amount = positive(value, field)
    if method in RATE_METHODS and amount >= 1:
        raise Unprocessable(f"{field} is a rate and must be below 1 (0.01 is 1%)", field)
    return amount
