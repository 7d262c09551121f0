from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.billing_item import BillingItem
    from ..models.transfer_info import TransferInfo


T = TypeVar("T", bound="Transfer")


@_attrs_define
class Transfer:
    """A transfer with what it cost the partner.

    Attributes:
        transfer_info (TransferInfo): A transfer and its progress.
        billing_info (list[BillingItem]): What is taken from the partner's wallets, one entry per wallet charge.
    """

    transfer_info: TransferInfo
    billing_info: list[BillingItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_info = self.transfer_info.to_dict()

        billing_info = []
        for componentsschemas_billing_info_item_data in self.billing_info:
            componentsschemas_billing_info_item = (
                componentsschemas_billing_info_item_data.to_dict()
            )
            billing_info.append(componentsschemas_billing_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transfer_info": transfer_info,
                "billing_info": billing_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_item import BillingItem
        from ..models.transfer_info import TransferInfo

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        transfer_info = TransferInfo.from_dict(d.pop("transfer_info"))

        billing_info = []
        _billing_info = d.pop("billing_info")
        for componentsschemas_billing_info_item_data in _billing_info:
            componentsschemas_billing_info_item = BillingItem.from_dict(
                componentsschemas_billing_info_item_data
            )

            billing_info.append(componentsschemas_billing_info_item)

        transfer = cls(
            transfer_info=transfer_info,
            billing_info=billing_info,
        )

        transfer.additional_properties = d
        return transfer

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
