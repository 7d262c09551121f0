from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

T = TypeVar("T", bound="PayInWebhookPayload")


@_attrs_define
class PayInWebhookPayload:
    """Payload of the pay-in status update event (PAISUP).

    Attributes:
        id (str): Pay-in id.
        status (str): Pay-in status; no enumeration is documented (the example sends "Completed").
        client_id (str): Id of the client that received the funds.
        amount (Decimal): Amount received.
        currency (str): ISO 4217 three-letter currency code.
        transaction_reference (str): SettleGo's human-readable transaction reference.
        transaction_date_time (str): Date and time of the transaction (no timezone).
        sender_name (None | str): Name of the sender, when known.
        sender_address (None | str): Address of the sender, when known.
        sender_bic (None | str): BIC of the sender's bank, when known.
        sender_iban (None | str): IBAN of the sender, when known.
        sender_information (None | str): Free-text information from the sender, when known.
    """

    id: str
    status: str
    client_id: str
    amount: Decimal
    currency: str
    transaction_reference: str
    transaction_date_time: str
    sender_name: None | str
    sender_address: None | str
    sender_bic: None | str
    sender_iban: None | str
    sender_information: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        client_id = self.client_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "clientId": client_id,
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        client_id = d.pop("clientId")

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

        pay_in_webhook_payload = cls(
            id=id,
            status=status,
            client_id=client_id,
            amount=amount,
            currency=currency,
            transaction_reference=transaction_reference,
            transaction_date_time=transaction_date_time,
            sender_name=sender_name,
            sender_address=sender_address,
            sender_bic=sender_bic,
            sender_iban=sender_iban,
            sender_information=sender_information,
        )

        pay_in_webhook_payload.additional_properties = d
        return pay_in_webhook_payload

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
