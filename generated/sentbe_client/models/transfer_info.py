from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferInfo")


@_attrs_define
class TransferInfo:
    """A transfer and its progress.

    Attributes:
        user_id (int): Id of the sender.
        recipient_id (int): Id of the payee.
        transfer_id (int): Sentbe's id of the transfer.
        receive_amount (Decimal): Amount the payee receives.
        receive_amount_currency (str): ISO 4217 three-letter currency code.
        status (TransferStatus): Stage of a transfer. Waiting verification - the payee has yet to verify; Processing -
            the bank transfer is under way; AML filtered - held by the anti-money-laundering filter; Complete - paid out;
            Canceled - cancelled; Expired - the payee did not verify in time; Refunded - the money was given back.
        created_at (datetime.datetime): When the transfer was created.
        sender_country (str | Unset): The sender's nationality.
    """

    user_id: int
    recipient_id: int
    transfer_id: int
    receive_amount: Decimal
    receive_amount_currency: str
    status: TransferStatus
    created_at: datetime.datetime
    sender_country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        recipient_id = self.recipient_id

        transfer_id = self.transfer_id

        receive_amount = self.receive_amount

        receive_amount_currency = self.receive_amount_currency

        status = self.status.value

        created_at = self.created_at.isoformat()

        sender_country = self.sender_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "recipient_id": recipient_id,
                "transfer_id": transfer_id,
                "receive_amount": receive_amount,
                "receive_amount_currency": receive_amount_currency,
                "status": status,
                "created_at": created_at,
            }
        )
        if sender_country is not UNSET:
            field_dict["sender_country"] = sender_country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        user_id = d.pop("user_id")

        recipient_id = d.pop("recipient_id")

        transfer_id = d.pop("transfer_id")

        receive_amount = to_decimal(d.pop("receive_amount"))

        receive_amount_currency = d.pop("receive_amount_currency")

        status = TransferStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        sender_country = d.pop("sender_country", UNSET)

        transfer_info = cls(
            user_id=user_id,
            recipient_id=recipient_id,
            transfer_id=transfer_id,
            receive_amount=receive_amount,
            receive_amount_currency=receive_amount_currency,
            status=status,
            created_at=created_at,
            sender_country=sender_country,
        )

        transfer_info.additional_properties = d
        return transfer_info

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
