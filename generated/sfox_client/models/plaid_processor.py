from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plaid_processor_name import PlaidProcessorName
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaidProcessor")


@_attrs_define
class PlaidProcessor:
    """A Plaid processor attached to a bank account.

    Attributes:
        processor (PlaidProcessorName): Processor a Plaid processor token was created for.
        status (str): Processing status of the token (values not listed; created is shown).
        date_added (datetime.datetime): When the token was added.
        date_updated (datetime.datetime): When the token was last updated.
        bank_account_id (str | Unset): Id of the bank account.
    """

    processor: PlaidProcessorName
    status: str
    date_added: datetime.datetime
    date_updated: datetime.datetime
    bank_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processor = self.processor.value

        status = self.status

        date_added = self.date_added.isoformat()

        date_updated = self.date_updated.isoformat()

        bank_account_id = self.bank_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processor": processor,
                "status": status,
                "date_added": date_added,
                "date_updated": date_updated,
            }
        )
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        processor = PlaidProcessorName(d.pop("processor"))

        status = d.pop("status")

        date_added = datetime.datetime.fromisoformat(d.pop("date_added"))

        date_updated = datetime.datetime.fromisoformat(d.pop("date_updated"))

        bank_account_id = d.pop("bank_account_id", UNSET)

        plaid_processor = cls(
            processor=processor,
            status=status,
            date_added=date_added,
            date_updated=date_updated,
            bank_account_id=bank_account_id,
        )

        plaid_processor.additional_properties = d
        return plaid_processor

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
