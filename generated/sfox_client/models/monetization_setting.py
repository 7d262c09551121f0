from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from corridor.kit.money import to_decimal

from ..types import UNSET, Unset

T = TypeVar("T", bound="MonetizationSetting")


@_attrs_define
class MonetizationSetting:
    """A fee the partner earns.

    Attributes:
        monetization_id (int): Id of the setting.
        monetization_feature (str): Feature in words, e.g. Spot Trading.
        monetization_feature_code (str): Feature code, e.g. SPOT_TRADE.
        monetization_method (str): Method in words, e.g. Fee Rate.
        monetization_method_code (str): Method code, e.g. FEE_RATE.
        monetization_amount (Decimal): Amount of the fee as a decimal.
        user_id (None | str): End user the setting applies to; null for all users.
        currency_code (None | str): Currency the setting applies to; null for all or not applicable.
        date_updated (datetime.datetime): When the setting was created or last changed.
        currency_pair (None | str | Unset): Instrument the setting applies to; null for all or not applicable.
        security_pair_raw (None | str | Unset): Instrument the setting applies to, under the name the Update and Get
            Settings examples use.
    """

    monetization_id: int
    monetization_feature: str
    monetization_feature_code: str
    monetization_method: str
    monetization_method_code: str
    monetization_amount: Decimal
    user_id: None | str
    currency_code: None | str
    date_updated: datetime.datetime
    currency_pair: None | str | Unset = UNSET
    security_pair_raw: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monetization_id = self.monetization_id

        monetization_feature = self.monetization_feature

        monetization_feature_code = self.monetization_feature_code

        monetization_method = self.monetization_method

        monetization_method_code = self.monetization_method_code

        monetization_amount = self.monetization_amount

        user_id: None | str
        user_id = self.user_id

        currency_code: None | str
        currency_code = self.currency_code

        date_updated = self.date_updated.isoformat()

        currency_pair: None | str | Unset
        if isinstance(self.currency_pair, Unset):
            currency_pair = UNSET
        else:
            currency_pair = self.currency_pair

        security_pair_raw: None | str | Unset
        if isinstance(self.security_pair_raw, Unset):
            security_pair_raw = UNSET
        else:
            security_pair_raw = self.security_pair_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monetization_id": monetization_id,
                "monetization_feature": monetization_feature,
                "monetization_feature_code": monetization_feature_code,
                "monetization_method": monetization_method,
                "monetization_method_code": monetization_method_code,
                "monetization_amount": monetization_amount,
                "user_id": user_id,
                "currency_code": currency_code,
                "date_updated": date_updated,
            }
        )
        if currency_pair is not UNSET:
            field_dict["currency_pair"] = currency_pair
        if security_pair_raw is not UNSET:
            field_dict["security_pair_raw"] = security_pair_raw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        monetization_id = d.pop("monetization_id")

        monetization_feature = d.pop("monetization_feature")

        monetization_feature_code = d.pop("monetization_feature_code")

        monetization_method = d.pop("monetization_method")

        monetization_method_code = d.pop("monetization_method_code")

        monetization_amount = to_decimal(d.pop("monetization_amount"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency_code = _parse_currency_code(d.pop("currency_code"))

        date_updated = datetime.datetime.fromisoformat(d.pop("date_updated"))

        def _parse_currency_pair(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_pair = _parse_currency_pair(d.pop("currency_pair", UNSET))

        def _parse_security_pair_raw(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        security_pair_raw = _parse_security_pair_raw(d.pop("security_pair_raw", UNSET))

        monetization_setting = cls(
            monetization_id=monetization_id,
            monetization_feature=monetization_feature,
            monetization_feature_code=monetization_feature_code,
            monetization_method=monetization_method,
            monetization_method_code=monetization_method_code,
            monetization_amount=monetization_amount,
            user_id=user_id,
            currency_code=currency_code,
            date_updated=date_updated,
            currency_pair=currency_pair,
            security_pair_raw=security_pair_raw,
        )

        monetization_setting.additional_properties = d
        return monetization_setting

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
