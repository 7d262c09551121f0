from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """One reason a call failed.

    Attributes:
        message (str): Human-readable explanation.
        error_code (ErrorCode): E0000 internal error; E0001 authentication failed (credentials or IP address); E0002
            unknown id; E0003 bad header key; E0004 bad SIGNATURE; E0005 missing or unpermitted parameter; E0006 method not
            supported; E0007 currency not available; E0008 bad calc_by; E0009 bad transfer status; E0010 payee can no longer
            be changed; E0011 bad country code; E0012 bank not supported; E0013 bad external transfer id; E0014 wallet
            balance too low.
    """

    message: str
    error_code: ErrorCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error_code = self.error_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "error_code": error_code,
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
        message = d.pop("message")

        error_code = ErrorCode(d.pop("error_code"))

        error_detail = cls(
            message=message,
            error_code=error_code,
        )

        error_detail.additional_properties = d
        return error_detail

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
