from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.transfer_purpose import TransferPurpose
from ..models.transfer_type import TransferType

T = TypeVar("T", bound="CreateTransferRequest")


@_attrs_define
class CreateTransferRequest:
    """A transfer between the partner and one end user.

    Attributes:
        transfer_id (str): The partner's own id of the transfer, and its idempotency key - a second request with the
            same value is refused with 422.
        description (str): Memo of the transfer.
        purpose (TransferPurpose): What the transfer pays for.
        type_ (TransferType): PAYMENT moves funds from the end user to the partner, PAYOUT from the partner to the end
            user.
        user_id (str): The end user whose account is charged or credited.
        currency (str): Currency transferred, e.g. eth.
        quantity (Decimal): Amount of the currency transferred, greater than 0, in no finer steps than the currency has
            (usd 2 decimal places, usdc and usdt 6, the others 8).
        rate (Decimal): USD exchange rate of the transfer (a user paying 0.1 ETH for a $200 gift card gives 2000),
            greater than 0, with at most 8 decimal places.
    """

    transfer_id: str
    description: str
    purpose: TransferPurpose
    type_: TransferType
    user_id: str
    currency: str
    quantity: Decimal
    rate: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_id = self.transfer_id

        description = self.description

        purpose = self.purpose.value

        type_ = self.type_.value

        user_id = self.user_id

        currency = self.currency

        quantity = self.quantity

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_id": transfer_id,
                "description": description,
                "purpose": purpose,
                "type": type_,
                "user_id": user_id,
                "currency": currency,
                "quantity": quantity,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        transfer_id = d.pop("transfer_id")

        description = d.pop("description")

        purpose = TransferPurpose(d.pop("purpose"))

        type_ = TransferType(d.pop("type"))

        user_id = d.pop("user_id")

        currency = d.pop("currency")

        quantity = to_decimal(d.pop("quantity"))

        rate = to_decimal(d.pop("rate"))

        create_transfer_request = cls(
            transfer_id=transfer_id,
            description=description,
            purpose=purpose,
            type_=type_,
            user_id=user_id,
            currency=currency,
            quantity=quantity,
            rate=rate,
        )

        create_transfer_request.additional_properties = d
        return create_transfer_request

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
