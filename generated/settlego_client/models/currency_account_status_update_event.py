from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency_account_status_update_event_webhook_type import (
    CurrencyAccountStatusUpdateEventWebhookType,
)

if TYPE_CHECKING:
    from ..models.webhook_envelope_payload import WebhookEnvelopePayload


T = TypeVar("T", bound="CurrencyAccountStatusUpdateEvent")


@_attrs_define
class CurrencyAccountStatusUpdateEvent:
    """Notification body of the Currency Account Status Update event (webhookType ACCSUP).

    Attributes:
        webhook_type (CurrencyAccountStatusUpdateEventWebhookType): Representative code of the event type.
        webhook_reference (str): Unique reference of the notification.
        nonce (str): Random digits that tell repeated deliveries apart; echoed in the listener's answer.
        payload (WebhookEnvelopePayload): Payload of the currency account created (ACCCRE) and status update (ACCSUP)
            events.
    """

    webhook_type: CurrencyAccountStatusUpdateEventWebhookType
    webhook_reference: str
    nonce: str
    payload: WebhookEnvelopePayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_type = self.webhook_type.value

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
        webhook_type = CurrencyAccountStatusUpdateEventWebhookType(d.pop("webhookType"))

        webhook_reference = d.pop("webhookReference")

        nonce = d.pop("nonce")

        payload = WebhookEnvelopePayload.from_dict(d.pop("payload"))

        currency_account_status_update_event = cls(
            webhook_type=webhook_type,
            webhook_reference=webhook_reference,
            nonce=nonce,
            payload=payload,
        )

        currency_account_status_update_event.additional_properties = d
        return currency_account_status_update_event

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
