from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.send_amount_info import SendAmountInfo
    from ..models.wallet_info import WalletInfo


T = TypeVar("T", bound="CheckCommissionParameters")


@_attrs_define
class CheckCommissionParameters:
    """The payout to quote.

    Attributes:
        transfer_info (SendAmountInfo): How much to pay out.
        wallet_info (WalletInfo): Which wallets pay for the transfer amount and for the fee.
    """

    transfer_info: SendAmountInfo
    wallet_info: WalletInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_info = self.transfer_info.to_dict()

        wallet_info = self.wallet_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        transfer_info = SendAmountInfo.from_dict(d.pop("transfer_info"))

        wallet_info = WalletInfo.from_dict(d.pop("wallet_info"))

        check_commission_parameters = cls(
            transfer_info=transfer_info,
            wallet_info=wallet_info,
        )

        check_commission_parameters.additional_properties = d
        return check_commission_parameters

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
