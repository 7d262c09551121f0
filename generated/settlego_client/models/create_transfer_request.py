from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTransferRequest")


@_attrs_define
class CreateTransferRequest:
    """Funds to move from the sender's currency account to another client's account in the same currency.

    Attributes:
        amount (Decimal): Amount to transfer.
        currency (str): ISO 4217 three-letter currency code.
        receiver_client_id (str): Id of the client that receives the funds.
        external_id (str): Client-generated unique reference for the transfer.
        on_behalf_of (str | Unset): Id of the linked client whose funds the main client transfers.
        transfer_reference (str | Unset): Client-chosen reference for the transfer.
        transfer_reason (str | Unset): Client-stated reason for the transfer.
    """

    amount: Decimal
    currency: str
    receiver_client_id: str
    external_id: str
    on_behalf_of: str | Unset = UNSET
    transfer_reference: str | Unset = UNSET
    transfer_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        receiver_client_id = self.receiver_client_id

        external_id = self.external_id

        on_behalf_of = self.on_behalf_of

        transfer_reference = self.transfer_reference

        transfer_reason = self.transfer_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "receiverClientId": receiver_client_id,
                "externalId": external_id,
            }
        )
        if on_behalf_of is not UNSET:
            field_dict["onBehalfOf"] = on_behalf_of
        if transfer_reference is not UNSET:
            field_dict["transferReference"] = transfer_reference
        if transfer_reason is not UNSET:
            field_dict["transferReason"] = transfer_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        amount = to_decimal(d.pop("amount"))

        currency = d.pop("currency")

        receiver_client_id = d.pop("receiverClientId")

        external_id = d.pop("externalId")

        on_behalf_of = d.pop("onBehalfOf", UNSET)

        transfer_reference = d.pop("transferReference", UNSET)

        transfer_reason = d.pop("transferReason", UNSET)

        create_transfer_request = cls(
            amount=amount,
            currency=currency,
            receiver_client_id=receiver_client_id,
            external_id=external_id,
            on_behalf_of=on_behalf_of,
            transfer_reference=transfer_reference,
            transfer_reason=transfer_reason,
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
