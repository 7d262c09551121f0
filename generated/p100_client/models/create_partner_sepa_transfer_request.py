from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePartnerSepaTransferRequest")


@_attrs_define
class CreatePartnerSepaTransferRequest:
    """An outgoing SEPA transfer. At Level 1 (closed loop) send only amount, currency, destinationIban and transferTitle,
    and only to the partner's own account matching its KYC profile; at Level 2 (legacy open loop) also send receiverType
    and the receiver's names or company name. Types are not documented on this page; they follow the matching fields of
    the SEPA transfer examples elsewhere.

        Attributes:
            amount (Decimal): Amount to send (type not documented; the transfer examples show both a number and a decimal
                string). Positive, below 10^15, at most 2 decimals (EUR).
            currency (str): Currency of the transfer (type not documented; eur in the transfer examples).
            destination_iban (str): IBAN to pay. At Level 1 it must be an account of the partner itself, checked against its
                KYC profile.
            transfer_title (str): Title of the transfer.
            receiver_type (str | Unset): Kind of recipient (values not documented). Level 2 only; must not be sent at Level
                1.
            receiver_first_name (str | Unset): Recipient's first name, for an individual. Level 2 only.
            receiver_last_name (str | Unset): Recipient's last name, for an individual. Level 2 only.
            company_name (str | Unset): Recipient's company name, for a company. Level 2 only.
    """

    amount: Decimal
    currency: str
    destination_iban: str
    transfer_title: str
    receiver_type: str | Unset = UNSET
    receiver_first_name: str | Unset = UNSET
    receiver_last_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        destination_iban = self.destination_iban

        transfer_title = self.transfer_title

        receiver_type = self.receiver_type

        receiver_first_name = self.receiver_first_name

        receiver_last_name = self.receiver_last_name

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "destinationIban": destination_iban,
                "transferTitle": transfer_title,
            }
        )
        if receiver_type is not UNSET:
            field_dict["receiverType"] = receiver_type
        if receiver_first_name is not UNSET:
            field_dict["receiverFirstName"] = receiver_first_name
        if receiver_last_name is not UNSET:
            field_dict["receiverLastName"] = receiver_last_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name

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

        transfer_title = d.pop("transferTitle")

        receiver_type = d.pop("receiverType", UNSET)

        receiver_first_name = d.pop("receiverFirstName", UNSET)

        receiver_last_name = d.pop("receiverLastName", UNSET)

        company_name = d.pop("companyName", UNSET)

        create_partner_sepa_transfer_request = cls(
            amount=amount,
            currency=currency,
            destination_iban=destination_iban,
            transfer_title=transfer_title,
            receiver_type=receiver_type,
            receiver_first_name=receiver_first_name,
            receiver_last_name=receiver_last_name,
            company_name=company_name,
        )

        create_partner_sepa_transfer_request.additional_properties = d
        return create_partner_sepa_transfer_request

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
