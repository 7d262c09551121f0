from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferWebhookPayload")


@_attrs_define
class TransferWebhookPayload:
    """Payload of the transfer status update event (TRASUP).

    Attributes:
        id (str): Transfer id.
        client_id (str): Id of the client the notification is for.
        external_id (None | str): Client-supplied external reference, when given.
        sender_client_id (str): Id of the client sending the funds.
        receiver_client_id (str): Id of the client receiving the funds.
        currency (str): ISO 4217 three-letter currency code.
        amount (Decimal): Amount transferred.
        transfer_reference (None | str): Client-supplied transfer reference, when given.
        transfer_reason (None | str): Client-supplied reason for the transfer, when given.
        transaction_reference (str): SettleGo's human-readable transaction reference.
        status (TransferStatus | Unset):
    """

    id: str
    client_id: str
    external_id: None | str
    sender_client_id: str
    receiver_client_id: str
    currency: str
    amount: Decimal
    transfer_reference: None | str
    transfer_reason: None | str
    transaction_reference: str
    status: TransferStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        external_id: None | str
        external_id = self.external_id

        sender_client_id = self.sender_client_id

        receiver_client_id = self.receiver_client_id

        currency = self.currency

        amount = self.amount

        transfer_reference: None | str
        transfer_reference = self.transfer_reference

        transfer_reason: None | str
        transfer_reason = self.transfer_reason

        transaction_reference = self.transaction_reference

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "externalId": external_id,
                "senderClientId": sender_client_id,
                "receiverClientId": receiver_client_id,
                "currency": currency,
                "amount": amount,
                "transferReference": transfer_reference,
                "transferReason": transfer_reason,
                "transactionReference": transaction_reference,
            }
        )
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
        id = d.pop("id")

        client_id = d.pop("clientId")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId"))

        sender_client_id = d.pop("senderClientId")

        receiver_client_id = d.pop("receiverClientId")

        currency = d.pop("currency")

        amount = to_decimal(d.pop("amount"))

        def _parse_transfer_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transfer_reference = _parse_transfer_reference(d.pop("transferReference"))

        def _parse_transfer_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        transfer_reason = _parse_transfer_reason(d.pop("transferReason"))

        transaction_reference = d.pop("transactionReference")

        _status = d.pop("status", UNSET)
        status: TransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TransferStatus(_status)

        transfer_webhook_payload = cls(
            id=id,
            client_id=client_id,
            external_id=external_id,
            sender_client_id=sender_client_id,
            receiver_client_id=receiver_client_id,
            currency=currency,
            amount=amount,
            transfer_reference=transfer_reference,
            transfer_reason=transfer_reason,
            transaction_reference=transaction_reference,
            status=status,
        )

        transfer_webhook_payload.additional_properties = d
        return transfer_webhook_payload

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
