from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_client_legal_entity_type import LinkedClientLegalEntityType
from ..models.linked_client_status import LinkedClientStatus

T = TypeVar("T", bound="LinkedClientSummary")


@_attrs_define
class LinkedClientSummary:
    """A linked client as it appears in a list.

    Attributes:
        id (str): Linked client id.
        legal_name (str): Legal name of the client.
        email (str): Contact email.
        status (LinkedClientStatus): Onboarding status of a linked client.
        type_ (LinkedClientLegalEntityType): Whether a linked client is a company or a person.
        first_name (None | str): First name (retail clients).
        middle_name (None | str): Middle name (retail clients).
        last_name (None | str): Last name (retail clients).
        nickname (None | str): Optional label to tell apart clients with similar details.
    """

    id: str
    legal_name: str
    email: str
    status: LinkedClientStatus
    type_: LinkedClientLegalEntityType
    first_name: None | str
    middle_name: None | str
    last_name: None | str
    nickname: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        legal_name = self.legal_name

        email = self.email

        status = self.status.value

        type_ = self.type_.value

        first_name: None | str
        first_name = self.first_name

        middle_name: None | str
        middle_name = self.middle_name

        last_name: None | str
        last_name = self.last_name

        nickname: None | str
        nickname = self.nickname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "legalName": legal_name,
                "email": email,
                "status": status,
                "type": type_,
                "firstName": first_name,
                "middleName": middle_name,
                "lastName": last_name,
                "nickname": nickname,
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
        id = d.pop("id")

        legal_name = d.pop("legalName")

        email = d.pop("email")

        status = LinkedClientStatus(d.pop("status"))

        type_ = LinkedClientLegalEntityType(d.pop("type"))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName"))

        def _parse_middle_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        middle_name = _parse_middle_name(d.pop("middleName"))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName"))

        def _parse_nickname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nickname = _parse_nickname(d.pop("nickname"))

        linked_client_summary = cls(
            id=id,
            legal_name=legal_name,
            email=email,
            status=status,
            type_=type_,
            first_name=first_name,
            middle_name=middle_name,
            last_name=last_name,
            nickname=nickname,
        )

        linked_client_summary.additional_properties = d
        return linked_client_summary

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
