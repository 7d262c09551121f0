from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_account import CurrencyAccount
    from ..models.pagination import Pagination


T = TypeVar("T", bound="CurrencyAccountListResponse")


@_attrs_define
class CurrencyAccountListResponse:
    """One page of currency accounts.

    Attributes:
        currency_account_list (list[CurrencyAccount]):
        pagination (Pagination | Unset): Paging envelope returned by every list operation.
    """

    currency_account_list: list[CurrencyAccount]
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_account_list = []
        for currency_account_list_item_data in self.currency_account_list:
            currency_account_list_item = currency_account_list_item_data.to_dict()
            currency_account_list.append(currency_account_list_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currencyAccountList": currency_account_list,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency_account import CurrencyAccount
        from ..models.pagination import Pagination

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        currency_account_list = []
        _currency_account_list = d.pop("currencyAccountList")
        for currency_account_list_item_data in _currency_account_list:
            currency_account_list_item = CurrencyAccount.from_dict(
                currency_account_list_item_data
            )

            currency_account_list.append(currency_account_list_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        currency_account_list_response = cls(
            currency_account_list=currency_account_list,
            pagination=pagination,
        )

        currency_account_list_response.additional_properties = d
        return currency_account_list_response

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
