from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePartnerExchangeRequest")


@_attrs_define
class CreatePartnerExchangeRequest:
    """An exchange to execute at a locked rate.

    Attributes:
        lock_id (str): Id of the rate lock from Retrieve Exchange Rate and Create a Lock; mandatory (type inferred from
            the documented example, a UUID).
        amount (Decimal | Unset): Amount to exchange (type inferred from the documented example): positive, below 10^15,
            at most 8 decimals; the sold currency's own places (the lock's) may allow fewer.
        currency_from (str | Unset): Currency sold, lower case as in the example (type inferred from the documented
            example).
        currency_to (str | Unset): Currency bought (type inferred from the documented example).
    """

    lock_id: str
    amount: Decimal | Unset = UNSET
    currency_from: str | Unset = UNSET
    currency_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_id = self.lock_id

        amount = self.amount

        currency_from = self.currency_from

        currency_to = self.currency_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lockId": lock_id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_from is not UNSET:
            field_dict["currencyFrom"] = currency_from
        if currency_to is not UNSET:
            field_dict["currencyTo"] = currency_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        lock_id = d.pop("lockId")

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        currency_from = d.pop("currencyFrom", UNSET)

        currency_to = d.pop("currencyTo", UNSET)

        create_partner_exchange_request = cls(
            lock_id=lock_id,
            amount=amount,
            currency_from=currency_from,
            currency_to=currency_to,
        )

        create_partner_exchange_request.additional_properties = d
        return create_partner_exchange_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
