from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edd_form import EddForm

T = TypeVar("T", bound="EddRequest")


@_attrs_define
class EddRequest:
    """An enhanced due diligence questionnaire requested from an end user.

    Attributes:
        id (int): sFOX's id of the request.
        user_id (str): The end user asked.
        ddq_id (int): Id of the questionnaire type.
        required_form (EddForm): Name of an EDD questionnaire, one per account type. Get EDD Requests lists these two
            values as the allowed ones, so the spec enumerates them; Get EDD Prompts names the same field without values and
            shares the enum.
        status (str): Completion status; REQUESTED and PARTIAL_SUBMISSION still need answers.
        date_added (datetime.datetime): When the request was created.
        date_updated (datetime.datetime): When the request last changed.
    """

    id: int
    user_id: str
    ddq_id: int
    required_form: EddForm
    status: str
    date_added: datetime.datetime
    date_updated: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        ddq_id = self.ddq_id

        required_form = self.required_form.value

        status = self.status

        date_added = self.date_added.isoformat()

        date_updated = self.date_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "ddq_id": ddq_id,
                "required_form": required_form,
                "status": status,
                "date_added": date_added,
                "date_updated": date_updated,
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

        user_id = d.pop("user_id")

        ddq_id = d.pop("ddq_id")

        required_form = EddForm(d.pop("required_form"))

        status = d.pop("status")

        date_added = datetime.datetime.fromisoformat(d.pop("date_added"))

        date_updated = datetime.datetime.fromisoformat(d.pop("date_updated"))

        edd_request = cls(
            id=id,
            user_id=user_id,
            ddq_id=ddq_id,
            required_form=required_form,
            status=status,
            date_added=date_added,
            date_updated=date_updated,
        )

        edd_request.additional_properties = d
        return edd_request

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
