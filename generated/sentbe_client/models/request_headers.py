from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestHeaders")


@_attrs_define
class RequestHeaders:
    """The headers every call sends, as the docs list them. SIGNATURE is left out by calls without parameters.

    Attributes:
        content_type (str): Always "application/json; charset=utf-8".
        partner_id (str): The partner id.
        key (str): The partner's access_id.
        signature (str | Unset): The encrypted parameters (the JSON text of a SignatureEnvelope).
    """

    content_type: str
    partner_id: str
    key: str
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        partner_id = self.partner_id

        key = self.key

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Content-Type": content_type,
                "PARTNER-ID": partner_id,
                "KEY": key,
            }
        )
        if signature is not UNSET:
            field_dict["SIGNATURE"] = signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        content_type = d.pop("Content-Type")

        partner_id = d.pop("PARTNER-ID")

        key = d.pop("KEY")

        signature = d.pop("SIGNATURE", UNSET)

        request_headers = cls(
            content_type=content_type,
            partner_id=partner_id,
            key=key,
            signature=signature,
        )

        request_headers.additional_properties = d
        return request_headers

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
