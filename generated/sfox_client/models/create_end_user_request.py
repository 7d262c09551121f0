from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_type import AccountType
from ..models.create_end_user_request_account_purpose import (
    CreateEndUserRequestAccountPurpose,
)
from ..models.create_end_user_request_account_role import (
    CreateEndUserRequestAccountRole,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_end_user_request_beneficial_owners_item import (
        CreateEndUserRequestBeneficialOwnersItem,
    )
    from ..models.create_end_user_request_business import CreateEndUserRequestBusiness
    from ..models.create_end_user_request_individual import (
        CreateEndUserRequestIndividual,
    )


T = TypeVar("T", bound="CreateEndUserRequest")


@_attrs_define
class CreateEndUserRequest:
    """The end user to register. Individuals send an individual object; corporations send business and beneficial_owners.
    The account_purpose values allowed depend on account_type.

        Attributes:
            account_type (AccountType): A person (individual) or a business (corporation).
            account_role (CreateEndUserRequestAccountRole): Main role of the account; a client may be linked to an advisor.
            user_id (str): The partner's own unique id for the user; sFOX and the partner refer to the user by it from then
                on.
            first_name (str): First name of the user (for a business, of its representative).
            last_name (str): Last name of the user.
            email (str): Email address of the user, RFC 3696 compliant and without surrounding spaces.
            phone_country_code (str): ISO 3166-1 alpha-2 code of the phone number's country.
            phone_number (str): Phone number in E.164 format.
            account_purpose (CreateEndUserRequestAccountPurpose): Main intended use of the account. Individuals: Trading,
                Selling only, Other, Online purchases, Online payments, Investing, Buying only, Business. Corporations: Treasury
                Management, Operating, Liquidating Crypto Assets, Investment Fund, Cross Border Payments, Arbitrage Trading,
                Other.
            advisor_user_id (str | Unset): user_id of an existing advisor account to link this account to.
            source_of_funds (str | Unset): Main source of the money the user will bring to the account.
            individual (CreateEndUserRequestIndividual | Unset): Details of a person; required when account_type is
                individual.
            business (CreateEndUserRequestBusiness | Unset): Details of the business; required when account_type is
                corporation.
            beneficial_owners (list[CreateEndUserRequestBeneficialOwnersItem] | Unset): The business's beneficial owners;
                required when account_type is corporation.
    """

    account_type: AccountType
    account_role: CreateEndUserRequestAccountRole
    user_id: str
    first_name: str
    last_name: str
    email: str
    phone_country_code: str
    phone_number: str
    account_purpose: CreateEndUserRequestAccountPurpose
    advisor_user_id: str | Unset = UNSET
    source_of_funds: str | Unset = UNSET
    individual: CreateEndUserRequestIndividual | Unset = UNSET
    business: CreateEndUserRequestBusiness | Unset = UNSET
    beneficial_owners: list[CreateEndUserRequestBeneficialOwnersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        account_role = self.account_role.value

        user_id = self.user_id

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        account_purpose = self.account_purpose.value

        advisor_user_id = self.advisor_user_id

        source_of_funds = self.source_of_funds

        individual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.individual, Unset):
            individual = self.individual.to_dict()

        business: dict[str, Any] | Unset = UNSET
        if not isinstance(self.business, Unset):
            business = self.business.to_dict()

        beneficial_owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.beneficial_owners, Unset):
            beneficial_owners = []
            for beneficial_owners_item_data in self.beneficial_owners:
                beneficial_owners_item = beneficial_owners_item_data.to_dict()
                beneficial_owners.append(beneficial_owners_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "account_role": account_role,
                "user_id": user_id,
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone_country_code": phone_country_code,
                "phone_number": phone_number,
                "account_purpose": account_purpose,
            }
        )
        if advisor_user_id is not UNSET:
            field_dict["advisor_user_id"] = advisor_user_id
        if source_of_funds is not UNSET:
            field_dict["source_of_funds"] = source_of_funds
        if individual is not UNSET:
            field_dict["individual"] = individual
        if business is not UNSET:
            field_dict["business"] = business
        if beneficial_owners is not UNSET:
            field_dict["beneficial_owners"] = beneficial_owners

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_end_user_request_beneficial_owners_item import (
            CreateEndUserRequestBeneficialOwnersItem,
        )
        from ..models.create_end_user_request_business import (
            CreateEndUserRequestBusiness,
        )
        from ..models.create_end_user_request_individual import (
            CreateEndUserRequestIndividual,
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        account_type = AccountType(d.pop("account_type"))

        account_role = CreateEndUserRequestAccountRole(d.pop("account_role"))

        user_id = d.pop("user_id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        email = d.pop("email")

        phone_country_code = d.pop("phone_country_code")

        phone_number = d.pop("phone_number")

        account_purpose = CreateEndUserRequestAccountPurpose(d.pop("account_purpose"))

        advisor_user_id = d.pop("advisor_user_id", UNSET)

        source_of_funds = d.pop("source_of_funds", UNSET)

        _individual = d.pop("individual", UNSET)
        individual: CreateEndUserRequestIndividual | Unset
        if isinstance(_individual, Unset):
            individual = UNSET
        else:
            individual = CreateEndUserRequestIndividual.from_dict(_individual)

        _business = d.pop("business", UNSET)
        business: CreateEndUserRequestBusiness | Unset
        if isinstance(_business, Unset):
            business = UNSET
        else:
            business = CreateEndUserRequestBusiness.from_dict(_business)

        _beneficial_owners = d.pop("beneficial_owners", UNSET)
        beneficial_owners: list[CreateEndUserRequestBeneficialOwnersItem] | Unset = (
            UNSET
        )
        if _beneficial_owners is not UNSET:
            beneficial_owners = []
            for beneficial_owners_item_data in _beneficial_owners:
                beneficial_owners_item = (
                    CreateEndUserRequestBeneficialOwnersItem.from_dict(
                        beneficial_owners_item_data
                    )
                )

                beneficial_owners.append(beneficial_owners_item)

        create_end_user_request = cls(
            account_type=account_type,
            account_role=account_role,
            user_id=user_id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            account_purpose=account_purpose,
            advisor_user_id=advisor_user_id,
            source_of_funds=source_of_funds,
            individual=individual,
            business=business,
            beneficial_owners=beneficial_owners,
        )

        create_end_user_request.additional_properties = d
        return create_end_user_request

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
