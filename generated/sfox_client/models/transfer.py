from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.transfer_purpose import TransferPurpose
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """A transfer between the partner and an end user.

    Attributes:
        transfer_id (str): The partner's id and idempotency key of the transfer.
        transfer_status_code (str): Status of the transfer (PENDING, COMPLETE, CANCELED and INITIATED appear in the
            docs).
        type_ (TransferType): PAYMENT moves funds from the end user to the partner, PAYOUT from the partner to the end
            user.
        quantity (Decimal): Amount transferred.
        currency (str): Currency transferred (lower-case in the examples).
        user_id (str): The end user of the transfer.
        rate (Decimal): USD exchange rate of the transfer.
        purpose (TransferPurpose): What the transfer pays for.
        description (str): The partner's memo.
        atx_id_charged (int): Id of the account transaction on the charged side.
        atx_id_credited (int): Id of the account transaction on the credited side.
        atx_status_charged (int | str): Status code of one side's account transaction.
        atx_status_credited (int | str): Status code of one side's account transaction.
        transfer_date (datetime.datetime | Unset): When the transfer was made.
    """

    transfer_id: str
    transfer_status_code: str
    type_: TransferType
    quantity: Decimal
    currency: str
    user_id: str
    rate: Decimal
    purpose: TransferPurpose
    description: str
    atx_id_charged: int
    atx_id_credited: int
    atx_status_charged: int | str
    atx_status_credited: int | str
    transfer_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        transfer_status_code = self.transfer_status_code

        type_ = self.type_.value

        quantity = self.quantity

        currency = self.currency

        user_id = self.user_id

        rate = self.rate

        purpose = self.purpose.value

        description = self.description

        atx_id_charged = self.atx_id_charged

        atx_id_credited = self.atx_id_credited

        atx_status_charged: int | str
        atx_status_charged = self.atx_status_charged

        atx_status_credited: int | str
        atx_status_credited = self.atx_status_credited

        transfer_date: str | Unset = UNSET
        if not isinstance(self.transfer_date, Unset):
            transfer_date = self.transfer_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "transfer_status_code": transfer_status_code,
                "type": type_,
                "quantity": quantity,
                "currency": currency,
                "user_id": user_id,
                "rate": rate,
                "purpose": purpose,
                "description": description,
                "atx_id_charged": atx_id_charged,
                "atx_id_credited": atx_id_credited,
                "atx_status_charged": atx_status_charged,
                "atx_status_credited": atx_status_credited,
            }
        )
        if transfer_date is not UNSET:
            field_dict["transfer_date"] = transfer_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id")

        transfer_status_code = d.pop("transfer_status_code")

        type_ = TransferType(d.pop("type"))

        quantity = to_decimal(d.pop("quantity"))

        currency = d.pop("currency")

        user_id = d.pop("user_id")

        rate = to_decimal(d.pop("rate"))

        purpose = TransferPurpose(d.pop("purpose"))

        description = d.pop("description")

        atx_id_charged = d.pop("atx_id_charged")

        atx_id_credited = d.pop("atx_id_credited")

        def _parse_atx_status_charged(data: object) -> int | str:
            return cast(int | str, data)

        atx_status_charged = _parse_atx_status_charged(d.pop("atx_status_charged"))

        def _parse_atx_status_credited(data: object) -> int | str:
            return cast(int | str, data)

        atx_status_credited = _parse_atx_status_credited(d.pop("atx_status_credited"))

        _transfer_date = d.pop("transfer_date", UNSET)
        transfer_date: datetime.datetime | Unset
        if isinstance(_transfer_date, Unset):
            transfer_date = UNSET
        else:
            transfer_date = datetime.datetime.fromisoformat(_transfer_date)

        transfer = cls(
            transfer_id=transfer_id,
            transfer_status_code=transfer_status_code,
            type_=type_,
            quantity=quantity,
            currency=currency,
            user_id=user_id,
            rate=rate,
            purpose=purpose,
            description=description,
            atx_id_charged=atx_id_charged,
            atx_id_credited=atx_id_credited,
            atx_status_charged=atx_status_charged,
            atx_status_credited=atx_status_credited,
            transfer_date=transfer_date,
        )

        transfer.additional_properties = d
        return transfer

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
