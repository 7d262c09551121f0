from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body. Business errors carry errorCode, errorName and errorMessage; validation errors carry errorCode P403 and
    errorMessage without errorName; older pages show errorCode and errorName only.

        Attributes:
            error_code (str): Stable error code (P followed by three digits in every documented case) to drive program
                logic.
            error_name (str | Unset): Readable identifier of the error; omitted for validation errors (P403).
            error_message (str | Unset): Details for logs; may join several validation failures. Not meant for end users.
    """

    error_code: str
    error_name: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_name = self.error_name

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
            }
        )
        if error_name is not UNSET:
            field_dict["errorName"] = error_name
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        error_code = d.pop("errorCode")

        error_name = d.pop("errorName", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        error_response = cls(
            error_code=error_code,
            error_name=error_name,
            error_message=error_message,
        )

        error_response.additional_properties = d
        return error_response

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
