from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_holder_type import BankAccountHolderType
from ..models.bank_account_kind import BankAccountKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBankAccountRequest")


@_attrs_define
class CreateBankAccountRequest:
    """Bank account details. US accounts (isInternational false) need routingnumber and wireRoutingnumber; international
    ones need swiftnumber and bankname; corporate accounts need name.

        Attributes:
            type_ (BankAccountHolderType): Whether a bank account's holder is a person or a company.
            bank_account_type (BankAccountKind): Kind of bank account.
            is_international (bool): false for a US bank, true for an international one.
            accountnumber (str): Bank account number.
            enable_wires (bool): Whether the account may be used for wires.
            firstname (str): First name of the holder (for a company, of its primary owner).
            lastname (str): Last name of the holder (for a company, of its primary owner).
            routingnumber (str | Unset): Routing number (US banks).
            swiftnumber (str | Unset): SWIFT code (international banks).
            name (str | Unset): Business name on the account (corporate accounts).
            bank_currency (str | Unset): Currency of the account, e.g. usd.
            bankname (str | Unset): Name of the bank (international banks).
            wire_instructions (str | Unset): Memo, correspondent bank or further-credit text for international wires.
            wire_routingnumber (str | Unset): Routing number for wires (US banks).
    """

    type_: BankAccountHolderType
    bank_account_type: BankAccountKind
    is_international: bool
    accountnumber: str
    enable_wires: bool
    firstname: str
    lastname: str
    routingnumber: str | Unset = UNSET
    swiftnumber: str | Unset = UNSET
    name: str | Unset = UNSET
    bank_currency: str | Unset = UNSET
    bankname: str | Unset = UNSET
    wire_instructions: str | Unset = UNSET
    wire_routingnumber: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        bank_account_type = self.bank_account_type.value

        is_international = self.is_international

        accountnumber = self.accountnumber

        enable_wires = self.enable_wires

        firstname = self.firstname

        lastname = self.lastname

        routingnumber = self.routingnumber

        swiftnumber = self.swiftnumber

        name = self.name

        bank_currency = self.bank_currency

        bankname = self.bankname

        wire_instructions = self.wire_instructions

        wire_routingnumber = self.wire_routingnumber

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "bankAccountType": bank_account_type,
                "isInternational": is_international,
                "accountnumber": accountnumber,
                "enableWires": enable_wires,
                "firstname": firstname,
                "lastname": lastname,
            }
        )
        if routingnumber is not UNSET:
            field_dict["routingnumber"] = routingnumber
        if swiftnumber is not UNSET:
            field_dict["swiftnumber"] = swiftnumber
        if name is not UNSET:
            field_dict["name"] = name
        if bank_currency is not UNSET:
            field_dict["bankCurrency"] = bank_currency
        if bankname is not UNSET:
            field_dict["bankname"] = bankname
        if wire_instructions is not UNSET:
            field_dict["wireInstructions"] = wire_instructions
        if wire_routingnumber is not UNSET:
            field_dict["wireRoutingnumber"] = wire_routingnumber

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = BankAccountHolderType(d.pop("type"))

        bank_account_type = BankAccountKind(d.pop("bankAccountType"))

        is_international = d.pop("isInternational")

        accountnumber = d.pop("accountnumber")

        enable_wires = d.pop("enableWires")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        routingnumber = d.pop("routingnumber", UNSET)

        swiftnumber = d.pop("swiftnumber", UNSET)

        name = d.pop("name", UNSET)

        bank_currency = d.pop("bankCurrency", UNSET)

        bankname = d.pop("bankname", UNSET)

        wire_instructions = d.pop("wireInstructions", UNSET)

        wire_routingnumber = d.pop("wireRoutingnumber", UNSET)

        create_bank_account_request = cls(
            type_=type_,
            bank_account_type=bank_account_type,
            is_international=is_international,
            accountnumber=accountnumber,
            enable_wires=enable_wires,
            firstname=firstname,
            lastname=lastname,
            routingnumber=routingnumber,
            swiftnumber=swiftnumber,
            name=name,
            bank_currency=bank_currency,
            bankname=bankname,
            wire_instructions=wire_instructions,
            wire_routingnumber=wire_routingnumber,
        )

        create_bank_account_request.additional_properties = d
        return create_bank_account_request

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
