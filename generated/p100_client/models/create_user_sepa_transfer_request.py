from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserSepaTransferRequest")


@_attrs_define
class CreateUserSepaTransferRequest:
    """A SEPA payout from an end user's balance to one of the user's own verified accounts. Types are not documented; the
    amount follows the SEPA transfer examples elsewhere.

        Attributes:
            amount (Decimal): Amount to send (type not documented; the transfer examples show both a number and a decimal
                string). Positive, below 10^15, at most 2 decimals (EUR).
            currency (str): Currency to send (type not documented; EUR is the module's currency, eur in the transfer
                examples).
            destination_iban (str): The user's own IBAN. It must appear with status APPROVED in the user's SEPA contact
                list, i.e. have been verified by an inbound deposit in the user's name; other IBANs cannot be paid.
            external_user_id (str | Unset): The user to pay out from (the name the current overview uses).
            source_external_user_id (str | Unset): The user to pay out from (the name the 'test' request example uses).
    """

    amount: Decimal
    currency: str
    destination_iban: str
    external_user_id: str | Unset = UNSET
    source_external_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        destination_iban = self.destination_iban

        external_user_id = self.external_user_id

        source_external_user_id = self.source_external_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "destinationIban": destination_iban,
            }
        )
        if external_user_id is not UNSET:
            field_dict["externalUserId"] = external_user_id
        if source_external_user_id is not UNSET:
            field_dict["sourceExternalUserId"] = source_external_user_id

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

        destination_iban = d.pop("destinationIban")

        external_user_id = d.pop("externalUserId", UNSET)

        source_external_user_id = d.pop("sourceExternalUserId", UNSET)

        create_user_sepa_transfer_request = cls(
            amount=amount,
            currency=currency,
            destination_iban=destination_iban,
            external_user_id=external_user_id,
            source_external_user_id=source_external_user_id,
        )

        create_user_sepa_transfer_request.additional_properties = d
        return create_user_sepa_transfer_request

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
