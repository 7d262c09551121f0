from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonetizationSettingFilter")


@_attrs_define
class MonetizationSettingFilter:
    """Optional filters of the settings list; an empty body returns every active setting.

    Attributes:
        feature (str | Unset): Only settings of this feature code, e.g. SPOT_TRADE.
        method (str | Unset): Only settings of this method code, e.g. FEE_RATE.
        currency (str | Unset): Only settings for this currency, e.g. btc.
        user_id (str | Unset): Only settings of this end user.
    """

    feature: str | Unset = UNSET
    method: str | Unset = UNSET
    currency: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature = self.feature

        method = self.method

        currency = self.currency

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature is not UNSET:
            field_dict["feature"] = feature
        if method is not UNSET:
            field_dict["method"] = method
        if currency is not UNSET:
            field_dict["currency"] = currency
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        feature = d.pop("feature", UNSET)

        method = d.pop("method", UNSET)

        currency = d.pop("currency", UNSET)

        user_id = d.pop("user_id", UNSET)

        monetization_setting_filter = cls(
            feature=feature,
            method=method,
            currency=currency,
            user_id=user_id,
        )

        monetization_setting_filter.additional_properties = d
        return monetization_setting_filter

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
