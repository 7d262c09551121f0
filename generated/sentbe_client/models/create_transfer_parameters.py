from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.send_amount_info import SendAmountInfo
    from ..models.wallet_info import WalletInfo


T = TypeVar("T", bound="CreateTransferParameters")


@_attrs_define
class CreateTransferParameters:
    """The payout to send.

    Attributes:
        user_id (int | str): Id Sentbe assigned to a sender or payee (data.id of its create answer), as a decimal string
            or an integer.
        recipient_id (int | str): Id Sentbe assigned to a sender or payee (data.id of its create answer), as a decimal
            string or an integer.
        external_id (str): The partner's own unique id for this transfer; the status callback names the transfer by it.
        transfer_info (SendAmountInfo): How much to pay out.
        wallet_info (WalletInfo): Which wallets pay for the transfer amount and for the fee.
    """

    user_id: int | str
    recipient_id: int | str
    external_id: str
    transfer_info: SendAmountInfo
    wallet_info: WalletInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | str
        user_id = self.user_id

        recipient_id: int | str
        recipient_id = self.recipient_id

        external_id = self.external_id

        transfer_info = self.transfer_info.to_dict()

        wallet_info = self.wallet_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "recipient_id": recipient_id,
                "external_id": external_id,
                "transfer_info": transfer_info,
                "wallet_info": wallet_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_amount_info import SendAmountInfo
        from ..models.wallet_info import WalletInfo

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_user_id(data: object) -> int | str:
            return cast(int | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_recipient_id(data: object) -> int | str:
            return cast(int | str, data)

        recipient_id = _parse_recipient_id(d.pop("recipient_id"))

        external_id = d.pop("external_id")

        transfer_info = SendAmountInfo.from_dict(d.pop("transfer_info"))

        wallet_info = WalletInfo.from_dict(d.pop("wallet_info"))

        create_transfer_parameters = cls(
            user_id=user_id,
            recipient_id=recipient_id,
            external_id=external_id,
            transfer_info=transfer_info,
            wallet_info=wallet_info,
        )

        create_transfer_parameters.additional_properties = d
        return create_transfer_parameters

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
