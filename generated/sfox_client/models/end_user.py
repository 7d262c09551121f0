from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.end_user_status import EndUserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.end_user_requirements import EndUserRequirements


T = TypeVar("T", bound="EndUser")


@_attrs_define
class EndUser:
    """One of the partner's end users.

    Attributes:
        account_type (str): individual or corporation.
        account_role (str): Client or Advisor.
        user_id (str): The partner's id of the user.
        advisor_user_id (None | str): user_id of the user's advisor, if any.
        email (str): Email address of the user.
        first_name (str): First name.
        last_name (str): Last name.
        phone_number (str): Phone number in E.164 format.
        status (EndUserStatus | Unset): Verification status of an end user's sFOX account.
        requirements (EndUserRequirements | Unset): Verification steps still outstanding (true means still needed).
    """

    account_type: str
    account_role: str
    user_id: str
    advisor_user_id: None | str
    email: str
    first_name: str
    last_name: str
    phone_number: str
    status: EndUserStatus | Unset = UNSET
    requirements: EndUserRequirements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type

        account_role = self.account_role

        user_id = self.user_id

        advisor_user_id: None | str
        advisor_user_id = self.advisor_user_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        phone_number = self.phone_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "account_role": account_role,
                "user_id": user_id,
                "advisor_user_id": advisor_user_id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "phone_number": phone_number,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.end_user_requirements import EndUserRequirements

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        account_type = d.pop("account_type")

        account_role = d.pop("account_role")

        user_id = d.pop("user_id")

        def _parse_advisor_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        advisor_user_id = _parse_advisor_user_id(d.pop("advisor_user_id"))

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        phone_number = d.pop("phone_number")

        _status = d.pop("status", UNSET)
        status: EndUserStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EndUserStatus(_status)

        _requirements = d.pop("requirements", UNSET)
        requirements: EndUserRequirements | Unset
        if isinstance(_requirements, Unset):
            requirements = UNSET
        else:
            requirements = EndUserRequirements.from_dict(_requirements)

        end_user = cls(
            account_type=account_type,
            account_role=account_role,
            user_id=user_id,
            advisor_user_id=advisor_user_id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            status=status,
            requirements=requirements,
        )

        end_user.additional_properties = d
        return end_user

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
