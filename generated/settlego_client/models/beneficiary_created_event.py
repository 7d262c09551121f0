from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_envelope_payload import WebhookEnvelopePayload


T = TypeVar("T", bound="BeneficiaryCreatedEvent")


@_attrs_define
class BeneficiaryCreatedEvent:
    """Notification body of the Beneficiary Created event.

    Attributes:
        webhook_type (str): Representative code of the event type.
        webhook_reference (str): Unique reference of the notification.
        nonce (str): Random digits that tell repeated deliveries apart; echoed in the listener's answer.
        payload (WebhookEnvelopePayload): Payload of the beneficiary created and beneficiary updated events: the
            beneficiary as stored. Fields that apply to one beneficiary type or bank country only are null otherwise.
    """

    webhook_type: str
    webhook_reference: str
    nonce: str
    payload: WebhookEnvelopePayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_type = self.webhook_type

        webhook_reference = self.webhook_reference

        nonce = self.nonce

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookType": webhook_type,
                "webhookReference": webhook_reference,
                "nonce": nonce,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_envelope_payload import WebhookEnvelopePayload

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        webhook_type = d.pop("webhookType")

        webhook_reference = d.pop("webhookReference")

        nonce = d.pop("nonce")

        payload = WebhookEnvelopePayload.from_dict(d.pop("payload"))

        beneficiary_created_event = cls(
            webhook_type=webhook_type,
            webhook_reference=webhook_reference,
            nonce=nonce,
            payload=payload,
        )

        beneficiary_created_event.additional_properties = d
        return beneficiary_created_event

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
