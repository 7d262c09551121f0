from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.fiat_balance_status import FiatBalanceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatBalance")


@_attrs_define
class FiatBalance:
    """One fiat balance.

    Attributes:
        id (str | Unset): Balance id in P100.
        amount (Decimal | Unset): Balance amount as a decimal string.
        name (str | Unset): Currency of the balance, lower case (eur).
        rate (Decimal | Unset): Rate of the currency (type inferred from the documented example).
        iban (None | str | Unset): IBAN of the balance; null until it has been generated.
        status (FiatBalanceStatus | Unset): Whether the balance can be used yet.
    """

    id: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    name: str | Unset = UNSET
    rate: Decimal | Unset = UNSET
    iban: None | str | Unset = UNSET
    status: FiatBalanceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        name = self.name

        rate = self.rate

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if name is not UNSET:
            field_dict["name"] = name
        if rate is not UNSET:
            field_dict["rate"] = rate
        if iban is not UNSET:
            field_dict["iban"] = iban
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        name = d.pop("name", UNSET)

        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        _status = d.pop("status", UNSET)
        status: FiatBalanceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FiatBalanceStatus(_status)

        fiat_balance = cls(
            id=id,
            amount=amount,
            name=name,
            rate=rate,
            iban=iban,
            status=status,
        )

        fiat_balance.additional_properties = d
        return fiat_balance

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
