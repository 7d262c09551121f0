from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_purpose import TransferPurpose
from ..models.transfer_status_filter import TransferStatusFilter
from ..models.transfer_type import TransferType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferHistoryFilter")


@_attrs_define
class TransferHistoryFilter:
    """Optional filters of the transfer history.

    Attributes:
        type_ (TransferType | Unset): PAYMENT moves funds from the end user to the partner, PAYOUT from the partner to
            the end user.
        purpose (TransferPurpose | Unset): What the transfer pays for.
        status (TransferStatusFilter | Unset): Transfer status to filter the history by.
        from_date (int | str | Unset): Unix timestamp in milliseconds.
        to_date (int | str | Unset): Unix timestamp in milliseconds.
    """

    type_: TransferType | Unset = UNSET
    purpose: TransferPurpose | Unset = UNSET
    status: TransferStatusFilter | Unset = UNSET
    from_date: int | str | Unset = UNSET
    to_date: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        from_date: int | str | Unset
        if isinstance(self.from_date, Unset):
            from_date = UNSET
        else:
            from_date = self.from_date

        to_date: int | str | Unset
        if isinstance(self.to_date, Unset):
            to_date = UNSET
        else:
            to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if status is not UNSET:
            field_dict["status"] = status
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if to_date is not UNSET:
            field_dict["to_date"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TransferType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TransferType(_type_)

        _purpose = d.pop("purpose", UNSET)
        purpose: TransferPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = TransferPurpose(_purpose)

        _status = d.pop("status", UNSET)
        status: TransferStatusFilter | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TransferStatusFilter(_status)

        def _parse_from_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        from_date = _parse_from_date(d.pop("from_date", UNSET))

        def _parse_to_date(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        to_date = _parse_to_date(d.pop("to_date", UNSET))

        transfer_history_filter = cls(
            type_=type_,
            purpose=purpose,
            status=status,
            from_date=from_date,
            to_date=to_date,
        )

        transfer_history_filter.additional_properties = d
        return transfer_history_filter

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
