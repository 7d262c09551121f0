from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balances import Balances


T = TypeVar("T", bound="UserAccountCreated")


@_attrs_define
class UserAccountCreated:
    """A newly created user (types inferred from the documented examples).

    Attributes:
        user_id (str): P100's id for the user.
        poa_required_for_extended (bool | Unset): Whether proof of address would be needed for extended use; the
            requirement is currently suspended.
        poa_required (bool | Unset): Whether proof of address was needed (older page version only).
        balances (Balances | Unset): Fiat and crypto balances.
    """

    user_id: str
    poa_required_for_extended: bool | Unset = UNSET
    poa_required: bool | Unset = UNSET
    balances: Balances | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        poa_required_for_extended = self.poa_required_for_extended

        poa_required = self.poa_required

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if poa_required_for_extended is not UNSET:
            field_dict["poaRequiredForExtended"] = poa_required_for_extended
        if poa_required is not UNSET:
            field_dict["poaRequired"] = poa_required
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balances import Balances

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        user_id = d.pop("userId")

        poa_required_for_extended = d.pop("poaRequiredForExtended", UNSET)

        poa_required = d.pop("poaRequired", UNSET)

        _balances = d.pop("balances", UNSET)
        balances: Balances | Unset
        if isinstance(_balances, Unset):
            balances = UNSET
        else:
            balances = Balances.from_dict(_balances)

        user_account_created = cls(
            user_id=user_id,
            poa_required_for_extended=poa_required_for_extended,
            poa_required=poa_required,
            balances=balances,
        )

        user_account_created.additional_properties = d
        return user_account_created

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
