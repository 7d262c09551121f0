from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kyc_file_status import KycFileStatus

T = TypeVar("T", bound="KycFileAddedEvent")


@_attrs_define
class KycFileAddedEvent:
    """Outcome of a KYC document upload (types inferred from the documented example).

    Attributes:
        external_user_id (str): The user the document belongs to.
        status (KycFileStatus): ADDED (accepted, queued for verification) or ERROR (could not be processed).
    """

    external_user_id: str
    status: KycFileStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_user_id = self.external_user_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalUserId": external_user_id,
                "status": status,
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
        external_user_id = d.pop("externalUserId")

        status = KycFileStatus(d.pop("status"))

        kyc_file_added_event = cls(
            external_user_id=external_user_id,
            status=status,
        )

        kyc_file_added_event.additional_properties = d
        return kyc_file_added_event

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
