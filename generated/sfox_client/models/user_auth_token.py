from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserAuthToken")


@_attrs_define
class UserAuthToken:
    """A token that acts on one end user's account, with its expiry.

    Attributes:
        token (str): The user auth token; send it as the bearer token of userToken operations.
        partner_user_id (str): The user_id of the end user the token acts for.
        expires (datetime.datetime): When the token stops working (UTC, 24 hours after issue).
    """

    token: str
    partner_user_id: str
    expires: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        partner_user_id = self.partner_user_id

        expires = self.expires.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "partner_user_id": partner_user_id,
                "expires": expires,
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

        partner_user_id = d.pop("partner_user_id")

        expires = datetime.datetime.fromisoformat(d.pop("expires"))

        user_auth_token = cls(
            token=token,
            partner_user_id=partner_user_id,
            expires=expires,
        )

        user_auth_token.additional_properties = d
        return user_auth_token

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
