from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignatureEnvelope")


@_attrs_define
class SignatureEnvelope:
    """The SIGNATURE header value once parsed as JSON: the AES-256-CBC ciphertext of the double-JSON-encoded parameters
    with the IV and salt needed to decrypt it.

        Attributes:
            ct (str): Ciphertext, standard base64.
            iv (str): The 16-byte IV, lower-case hex.
            s (str): The random 8-byte salt, lower-case hex.
    """

    ct: str
    iv: str
    s: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ct = self.ct

        iv = self.iv

        s = self.s

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ct": ct,
                "iv": iv,
                "s": s,
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
        ct = d.pop("ct")

        iv = d.pop("iv")

        s = d.pop("s")

        signature_envelope = cls(
            ct=ct,
            iv=iv,
            s=s,
        )

        signature_envelope.additional_properties = d
        return signature_envelope

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
