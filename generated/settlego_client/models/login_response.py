from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.login_response_phone_list_type_0 import LoginResponsePhoneListType0


T = TypeVar("T", bound="LoginResponse")


@_attrs_define
class LoginResponse:
    """Session token and two-factor/contact settings of the logged-in user.

    Attributes:
        token (str): Session token to send as x-auth-token on every later call.
        tfa_enabled (bool): Whether two-factor authentication is on for the user.
        tfa_type (None | str): Kind of two-factor authentication in use, if any.
        phone_list (LoginResponsePhoneListType0 | None): The user's phone.
        email (None | str): The user's email address.
        mobile_phone_verified (bool): Whether the user's mobile phone number has been verified.
    """

    token: str
    tfa_enabled: bool
    tfa_type: None | str
    phone_list: LoginResponsePhoneListType0 | None
    email: None | str
    mobile_phone_verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.login_response_phone_list_type_0 import (
            LoginResponsePhoneListType0,
        )

        token = self.token

        tfa_enabled = self.tfa_enabled

        tfa_type: None | str
        tfa_type = self.tfa_type

        phone_list: dict[str, Any] | None
        if isinstance(self.phone_list, LoginResponsePhoneListType0):
            phone_list = self.phone_list.to_dict()
        else:
            phone_list = self.phone_list

        email: None | str
        email = self.email

        mobile_phone_verified = self.mobile_phone_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "tfaEnabled": tfa_enabled,
                "tfaType": tfa_type,
                "phoneList": phone_list,
                "email": email,
                "mobilePhoneVerified": mobile_phone_verified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.login_response_phone_list_type_0 import (
            LoginResponsePhoneListType0,
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        token = d.pop("token")

        tfa_enabled = d.pop("tfaEnabled")

        def _parse_tfa_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tfa_type = _parse_tfa_type(d.pop("tfaType"))

        def _parse_phone_list(data: object) -> LoginResponsePhoneListType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_list_type_0 = LoginResponsePhoneListType0.from_dict(data)

                return phone_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoginResponsePhoneListType0 | None, data)

        phone_list = _parse_phone_list(d.pop("phoneList"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        mobile_phone_verified = d.pop("mobilePhoneVerified")

        login_response = cls(
            token=token,
            tfa_enabled=tfa_enabled,
            tfa_type=tfa_type,
            phone_list=phone_list,
            email=email,
            mobile_phone_verified=mobile_phone_verified,
        )

        login_response.additional_properties = d
        return login_response

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
