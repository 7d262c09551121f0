"""Contains all the data models used in inputs/outputs"""

from .account_type import AccountType
from .ach_agreement_status import AchAgreementStatus
from .ach_agreement_status_response import AchAgreementStatusResponse
from .ach_deposit_limit import AchDepositLimit
from .ach_deposit_limit_response import AchDepositLimitResponse
from .bank_account import BankAccount
from .bank_account_created_response import BankAccountCreatedResponse
from .bank_account_holder_type import BankAccountHolderType
from .bank_account_kind import BankAccountKind
from .bank_account_micro_deposits import BankAccountMicroDeposits
from .bank_account_micro_deposits_renamed import BankAccountMicroDepositsRenamed
from .bank_account_verification_response import BankAccountVerificationResponse
from .bank_accounts_response import BankAccountsResponse
from .confirm_transfer_request import ConfirmTransferRequest
from .confirm_verification_code_request import ConfirmVerificationCodeRequest
from .confirm_withdrawal_request import ConfirmWithdrawalRequest
from .create_bank_account_request import CreateBankAccountRequest
from .create_edd_responses_request import CreateEddResponsesRequest
from .create_edd_responses_request_prompts import CreateEddResponsesRequestPrompts
from .create_end_user_request import CreateEndUserRequest
from .create_end_user_request_account_purpose import CreateEndUserRequestAccountPurpose
from .create_end_user_request_account_role import CreateEndUserRequestAccountRole
from .create_end_user_request_beneficial_owners_item import (
    CreateEndUserRequestBeneficialOwnersItem,
)
from .create_end_user_request_business import CreateEndUserRequestBusiness
from .create_end_user_request_individual import CreateEndUserRequestIndividual
from .create_monetization_setting_request import CreateMonetizationSettingRequest
from .create_transfer_request import CreateTransferRequest
from .create_user_auth_tokens_request import CreateUserAuthTokensRequest
from .documents_uploaded_response import DocumentsUploadedResponse
from .edd_form import EddForm
from .edd_prompt import EddPrompt
from .edd_prompt_answer import EddPromptAnswer
from .edd_prompt_list_response import EddPromptListResponse
from .edd_request import EddRequest
from .edd_request_list_response import EddRequestListResponse
from .edd_response_type import EddResponseType
from .edd_responses_result import EddResponsesResult
from .end_user import EndUser
from .end_user_list_response import EndUserListResponse
from .end_user_registration_response import EndUserRegistrationResponse
from .end_user_registration_response_data import EndUserRegistrationResponseData
from .end_user_requirements import EndUserRequirements
from .end_user_response import EndUserResponse
from .end_user_status import EndUserStatus
from .error_response import ErrorResponse
from .list_end_users_account_role import ListEndUsersAccountRole
from .monetization_feature import MonetizationFeature
from .monetization_history_response import MonetizationHistoryResponse
from .monetization_ledger_entry import MonetizationLedgerEntry
from .monetization_method import MonetizationMethod
from .monetization_permission import MonetizationPermission
from .monetization_permission_list_response import MonetizationPermissionListResponse
from .monetization_setting import MonetizationSetting
from .monetization_setting_filter import MonetizationSettingFilter
from .monetization_setting_list_response import MonetizationSettingListResponse
from .monetization_setting_response import MonetizationSettingResponse
from .plaid_processor import PlaidProcessor
from .plaid_processor_list_response import PlaidProcessorListResponse
from .plaid_processor_name import PlaidProcessorName
from .plaid_processor_token import PlaidProcessorToken
from .plaid_processor_tokens_request import PlaidProcessorTokensRequest
from .request_ach_onboarding_request import RequestAchOnboardingRequest
from .request_verification_code_request import RequestVerificationCodeRequest
from .resend_withdrawal_otp_request import ResendWithdrawalOtpRequest
from .submit_documents_request import SubmitDocumentsRequest
from .success_response import SuccessResponse
from .success_result import SuccessResult
from .transfer import Transfer
from .transfer_history_filter import TransferHistoryFilter
from .transfer_list_response import TransferListResponse
from .transfer_purpose import TransferPurpose
from .transfer_reference import TransferReference
from .transfer_response import TransferResponse
from .transfer_status_filter import TransferStatusFilter
from .transfer_type import TransferType
from .update_monetization_setting_request import UpdateMonetizationSettingRequest
from .user_auth_token import UserAuthToken
from .user_auth_token_list_response import UserAuthTokenListResponse
from .user_auth_token_response import UserAuthTokenResponse
from .verification_channel import VerificationChannel
from .verification_code_sent import VerificationCodeSent
from .verification_code_sent_response import VerificationCodeSentResponse
from .verification_confirmation import VerificationConfirmation
from .verification_confirmed_response import VerificationConfirmedResponse
from .wire_instructions import WireInstructions
from .wire_instructions_response import WireInstructionsResponse
from .withdrawal_action import WithdrawalAction
from .withdrawal_action_response import WithdrawalActionResponse

__all__ = (
    "AccountType",
    "AchAgreementStatus",
    "AchAgreementStatusResponse",
    "AchDepositLimit",
    "AchDepositLimitResponse",
    "BankAccount",
    "BankAccountCreatedResponse",
    "BankAccountHolderType",
    "BankAccountKind",
    "BankAccountMicroDeposits",
    "BankAccountMicroDepositsRenamed",
    "BankAccountVerificationResponse",
    "BankAccountsResponse",
    "ConfirmTransferRequest",
    "ConfirmVerificationCodeRequest",
    "ConfirmWithdrawalRequest",
    "CreateBankAccountRequest",
    "CreateEddResponsesRequest",
    "CreateEddResponsesRequestPrompts",
    "CreateEndUserRequest",
    "CreateEndUserRequestAccountPurpose",
    "CreateEndUserRequestAccountRole",
    "CreateEndUserRequestBeneficialOwnersItem",
    "CreateEndUserRequestBusiness",
    "CreateEndUserRequestIndividual",
    "CreateMonetizationSettingRequest",
    "CreateTransferRequest",
    "CreateUserAuthTokensRequest",
    "DocumentsUploadedResponse",
    "EddForm",
    "EddPrompt",
    "EddPromptAnswer",
    "EddPromptListResponse",
    "EddRequest",
    "EddRequestListResponse",
    "EddResponseType",
    "EddResponsesResult",
    "EndUser",
    "EndUserListResponse",
    "EndUserRegistrationResponse",
    "EndUserRegistrationResponseData",
    "EndUserRequirements",
    "EndUserResponse",
    "EndUserStatus",
    "ErrorResponse",
    "ListEndUsersAccountRole",
    "MonetizationFeature",
    "MonetizationHistoryResponse",
    "MonetizationLedgerEntry",
    "MonetizationMethod",
    "MonetizationPermission",
    "MonetizationPermissionListResponse",
    "MonetizationSetting",
    "MonetizationSettingFilter",
    "MonetizationSettingListResponse",
    "MonetizationSettingResponse",
    "PlaidProcessor",
    "PlaidProcessorListResponse",
    "PlaidProcessorName",
    "PlaidProcessorToken",
    "PlaidProcessorTokensRequest",
    "RequestAchOnboardingRequest",
    "RequestVerificationCodeRequest",
    "ResendWithdrawalOtpRequest",
    "SubmitDocumentsRequest",
    "SuccessResponse",
    "SuccessResult",
    "Transfer",
    "TransferHistoryFilter",
    "TransferListResponse",
    "TransferPurpose",
    "TransferReference",
    "TransferResponse",
    "TransferStatusFilter",
    "TransferType",
    "UpdateMonetizationSettingRequest",
    "UserAuthToken",
    "UserAuthTokenListResponse",
    "UserAuthTokenResponse",
    "VerificationChannel",
    "VerificationCodeSent",
    "VerificationCodeSentResponse",
    "VerificationConfirmation",
    "VerificationConfirmedResponse",
    "WireInstructions",
    "WireInstructionsResponse",
    "WithdrawalAction",
    "WithdrawalActionResponse",
)
