from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edd_form import EddForm
from ..models.edd_response_type import EddResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EddPrompt")


@_attrs_define
class EddPrompt:
    """One question of an EDD questionnaire.

    Attributes:
        id (int | Unset): Id of the link between the prompt and the questionnaire.
        required_form (EddForm | Unset): Name of an EDD questionnaire, one per account type. Get EDD Requests lists
            these two values as the allowed ones, so the spec enumerates them; Get EDD Prompts names the same field without
            values and shares the enum.
        prompt_id (int | Unset): Id of the prompt; the key of its answer in createEddResponses.
        ddq_id (int | Unset): Id of the questionnaire.
        account_type (str | Unset): individual or corporation.
        is_required (bool | Unset): Whether the prompt must be answered before the questionnaire can be submitted.
        prompt (str | Unset): The question.
        response_type (EddResponseType | Unset): How a prompt is answered - free text, one of its response_options, or a
            document upload.
        response_options (list[str] | None | str | Unset): The allowed answers of a Single-Select prompt.
        optional_free_form (bool | Unset): Whether a free-text answer may be added (for example after choosing Others).
    """

    id: int | Unset = UNSET
    required_form: EddForm | Unset = UNSET
    prompt_id: int | Unset = UNSET
    ddq_id: int | Unset = UNSET
    account_type: str | Unset = UNSET
    is_required: bool | Unset = UNSET
    prompt: str | Unset = UNSET
    response_type: EddResponseType | Unset = UNSET
    response_options: list[str] | None | str | Unset = UNSET
    optional_free_form: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        required_form: str | Unset = UNSET
        if not isinstance(self.required_form, Unset):
            required_form = self.required_form.value

        prompt_id = self.prompt_id

        ddq_id = self.ddq_id

        account_type = self.account_type

        is_required = self.is_required

        prompt = self.prompt

        response_type: str | Unset = UNSET
        if not isinstance(self.response_type, Unset):
            response_type = self.response_type.value

        response_options: list[str] | None | str | Unset
        if isinstance(self.response_options, Unset):
            response_options = UNSET
        elif isinstance(self.response_options, list):
            response_options = self.response_options

        else:
            response_options = self.response_options

        optional_free_form = self.optional_free_form

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if required_form is not UNSET:
            field_dict["required_form"] = required_form
        if prompt_id is not UNSET:
            field_dict["prompt_id"] = prompt_id
        if ddq_id is not UNSET:
            field_dict["ddq_id"] = ddq_id
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_type is not UNSET:
            field_dict["response_type"] = response_type
        if response_options is not UNSET:
            field_dict["response_options"] = response_options
        if optional_free_form is not UNSET:
            field_dict["optional_free_form"] = optional_free_form

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _required_form = d.pop("required_form", UNSET)
        required_form: EddForm | Unset
        if isinstance(_required_form, Unset):
            required_form = UNSET
        else:
            required_form = EddForm(_required_form)

        prompt_id = d.pop("prompt_id", UNSET)

        ddq_id = d.pop("ddq_id", UNSET)

        account_type = d.pop("account_type", UNSET)

        is_required = d.pop("is_required", UNSET)

        prompt = d.pop("prompt", UNSET)

        _response_type = d.pop("response_type", UNSET)
        response_type: EddResponseType | Unset
        if isinstance(_response_type, Unset):
            response_type = UNSET
        else:
            response_type = EddResponseType(_response_type)

        def _parse_response_options(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_options_type_1 = cast(list[str], data)

                return response_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        response_options = _parse_response_options(d.pop("response_options", UNSET))

        optional_free_form = d.pop("optional_free_form", UNSET)

        edd_prompt = cls(
            id=id,
            required_form=required_form,
            prompt_id=prompt_id,
            ddq_id=ddq_id,
            account_type=account_type,
            is_required=is_required,
            prompt=prompt,
            response_type=response_type,
            response_options=response_options,
            optional_free_form=optional_free_form,
        )

        edd_prompt.additional_properties = d
        return edd_prompt

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
