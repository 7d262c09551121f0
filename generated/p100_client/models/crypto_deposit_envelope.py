from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_deposit_envelope_event_type import CryptoDepositEnvelopeEventType

if TYPE_CHECKING:
    from ..models.crypto_deposit_payload import CryptoDepositPayload


T = TypeVar("T", bound="CryptoDepositEnvelope")


@_attrs_define
class CryptoDepositEnvelope:
    """Enveloped crypto deposit notification as shown in the older FAQ.

    Attributes:
        event_type (CryptoDepositEnvelopeEventType):
        data (CryptoDepositPayload): Flat crypto deposit notification (types inferred from the documented example).
    """

    event_type: CryptoDepositEnvelopeEventType
    data: CryptoDepositPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.crypto_deposit_payload import CryptoDepositPayload

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_type = CryptoDepositEnvelopeEventType(d.pop("event_type"))

        data = CryptoDepositPayload.from_dict(d.pop("data"))

        crypto_deposit_envelope = cls(
            event_type=event_type,
            data=data,
        )

        crypto_deposit_envelope.additional_properties = d
        return crypto_deposit_envelope

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
