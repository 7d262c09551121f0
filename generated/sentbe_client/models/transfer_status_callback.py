from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_status import TransferStatus

T = TypeVar("T", bound="TransferStatusCallback")


@_attrs_define
class TransferStatusCallback:
    """A transfer status notification.

    Attributes:
        token (str): The partner's access_id; compare it with your own before trusting the call.
        external_id (str): The partner's id of the transfer (external_id of create transfer).
        status (TransferStatus): Stage of a transfer. Waiting verification - the payee has yet to verify; Processing -
            the bank transfer is under way; AML filtered - held by the anti-money-laundering filter; Complete - paid out;
            Canceled - cancelled; Expired - the payee did not verify in time; Refunded - the money was given back.
    """

    token: str
    external_id: str
    status: TransferStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        external_id = self.external_id

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "external_id": external_id,
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
        token = d.pop("token")

        external_id = d.pop("external_id")

        status = TransferStatus(d.pop("status"))

        transfer_status_callback = cls(
            token=token,
            external_id=external_id,
            status=status,
        )

        transfer_status_callback.additional_properties = d
        return transfer_status_callback

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
