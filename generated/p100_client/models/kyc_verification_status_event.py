from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attempt_status import AttemptStatus
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="KycVerificationStatusEvent")


@_attrs_define
class KycVerificationStatusEvent:
    """A change in a user's P100-hosted verification (types inferred from the documented example).

    Attributes:
        external_user_id (str):
        verification_status (VerificationStatus): A user's overall verification state.
        attempt_status (AttemptStatus): State of the current verification attempt.
        rejection_reason (str | Unset): Why the provider rejected the attempt, e.g. NO_FACE_FOUND.
    """

    external_user_id: str
    verification_status: VerificationStatus
    attempt_status: AttemptStatus
    rejection_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_user_id = self.external_user_id

        verification_status = self.verification_status.value

        attempt_status = self.attempt_status.value

        rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalUserId": external_user_id,
                "verificationStatus": verification_status,
                "attemptStatus": attempt_status,
            }
        )
        if rejection_reason is not UNSET:
            field_dict["rejectionReason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        external_user_id = d.pop("externalUserId")

        verification_status = VerificationStatus(d.pop("verificationStatus"))

        attempt_status = AttemptStatus(d.pop("attemptStatus"))

        rejection_reason = d.pop("rejectionReason", UNSET)

        kyc_verification_status_event = cls(
            external_user_id=external_user_id,
            verification_status=verification_status,
            attempt_status=attempt_status,
            rejection_reason=rejection_reason,
        )

        kyc_verification_status_event.additional_properties = d
        return kyc_verification_status_event

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
