from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayIn")


@_attrs_define
class PayIn:
    """A deposit received into a currency account. Sender details are only present when the paying bank supplied them.
    Returned by get pay-in and (with clientId) list pay-ins.

        Attributes:
            id (str): Pay-in id.
            amount (Decimal): Amount received.
            currency (str): ISO 4217 three-letter currency code.
            transaction_reference (str): Human-readable SettleGo reference of the transaction.
            transaction_date_time (str): Date and time of the transaction (no timezone).
            sender_name (None | str): Name of the sender.
            sender_address (None | str): Address of the sender.
            sender_bic (None | str): Bank identifier code of the sender's bank.
            sender_iban (None | str): IBAN of the sender.
            sender_information (None | str): Free text the sender attached.
            client_id (str | Unset): Id of the client that received the pay-in (list operation only).
    """

    id: str
    amount: Decimal
    currency: str
    transaction_reference: str
    transaction_date_time: str
    sender_name: None | str
    sender_address: None | str
    sender_bic: None | str
    sender_iban: None | str
    sender_information: None | str
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        transaction_reference = self.transaction_reference

        transaction_date_time = self.transaction_date_time

        sender_name: None | str
        sender_name = self.sender_name

        sender_address: None | str
        sender_address = self.sender_address

        sender_bic: None | str
        sender_bic = self.sender_bic

        sender_iban: None | str
        sender_iban = self.sender_iban

        sender_information: None | str
        sender_information = self.sender_information

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "currency": currency,
                "transactionReference": transaction_reference,
                "transactionDateTime": transaction_date_time,
                "senderName": sender_name,
                "senderAddress": sender_address,
                "senderBic": sender_bic,
                "senderIban": sender_iban,
                "senderInformation": sender_information,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        amount = to_decimal(d.pop("amount"))

        currency = d.pop("currency")

        transaction_reference = d.pop("transactionReference")

        transaction_date_time = d.pop("transactionDateTime")

        def _parse_sender_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_name = _parse_sender_name(d.pop("senderName"))

        def _parse_sender_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_address = _parse_sender_address(d.pop("senderAddress"))

        def _parse_sender_bic(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_bic = _parse_sender_bic(d.pop("senderBic"))

        def _parse_sender_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_iban = _parse_sender_iban(d.pop("senderIban"))

        def _parse_sender_information(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sender_information = _parse_sender_information(d.pop("senderInformation"))

        client_id = d.pop("clientId", UNSET)

        pay_in = cls(
            id=id,
            amount=amount,
            currency=currency,
            transaction_reference=transaction_reference,
            transaction_date_time=transaction_date_time,
            sender_name=sender_name,
            sender_address=sender_address,
            sender_bic=sender_bic,
            sender_iban=sender_iban,
            sender_information=sender_information,
            client_id=client_id,
        )

        pay_in.additional_properties = d
        return pay_in

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
