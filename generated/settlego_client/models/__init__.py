"""Contains all the data models used in inputs/outputs"""

from .balance_history_entry import BalanceHistoryEntry
from .balance_history_list_response import BalanceHistoryListResponse
from .beneficiary import Beneficiary
from .beneficiary_created_event import BeneficiaryCreatedEvent
from .beneficiary_deleted_event import BeneficiaryDeletedEvent
from .beneficiary_deleted_webhook_payload import BeneficiaryDeletedWebhookPayload
from .beneficiary_list_response import BeneficiaryListResponse
from .beneficiary_required_details import BeneficiaryRequiredDetails
from .beneficiary_requirement import BeneficiaryRequirement
from .beneficiary_summary import BeneficiarySummary
from .beneficiary_type import BeneficiaryType
from .beneficiary_updated_event import BeneficiaryUpdatedEvent
from .beneficiary_validation import BeneficiaryValidation
from .beneficiary_webhook_payload import BeneficiaryWebhookPayload
from .client_created_event import ClientCreatedEvent
from .client_created_event_webhook_type import ClientCreatedEventWebhookType
from .client_status_update_event import ClientStatusUpdateEvent
from .client_status_update_event_webhook_type import ClientStatusUpdateEventWebhookType
from .client_webhook_payload import ClientWebhookPayload
from .conversion import Conversion
from .conversion_created_event import ConversionCreatedEvent
from .conversion_created_event_webhook_type import ConversionCreatedEventWebhookType
from .conversion_dates import ConversionDates
from .conversion_list_response import ConversionListResponse
from .conversion_quote import ConversionQuote
from .conversion_quote_fixed_side import ConversionQuoteFixedSide
from .conversion_quote_request import ConversionQuoteRequest
from .conversion_quote_request_fixed_side import ConversionQuoteRequestFixedSide
from .conversion_rolled_event import ConversionRolledEvent
from .conversion_rolled_event_webhook_type import ConversionRolledEventWebhookType
from .conversion_status import ConversionStatus
from .conversion_status_update_event import ConversionStatusUpdateEvent
from .conversion_status_update_event_webhook_type import (
    ConversionStatusUpdateEventWebhookType,
)
from .conversion_webhook_payload import ConversionWebhookPayload
from .country import Country
from .country_list_response import CountryListResponse
from .create_beneficiary_request import CreateBeneficiaryRequest
from .create_conversion_request import CreateConversionRequest
from .create_conversion_request_term_agreement import (
    CreateConversionRequestTermAgreement,
)
from .create_currency_account_request import CreateCurrencyAccountRequest
from .create_linked_client_request import CreateLinkedClientRequest
from .create_payment_request import CreatePaymentRequest
from .create_transfer_request import CreateTransferRequest
from .currency import Currency
from .currency_account import CurrencyAccount
from .currency_account_created_event import CurrencyAccountCreatedEvent
from .currency_account_created_event_webhook_type import (
    CurrencyAccountCreatedEventWebhookType,
)
from .currency_account_list_response import CurrencyAccountListResponse
from .currency_account_status import CurrencyAccountStatus
from .currency_account_status_update_event import CurrencyAccountStatusUpdateEvent
from .currency_account_status_update_event_webhook_type import (
    CurrencyAccountStatusUpdateEventWebhookType,
)
from .currency_account_webhook_payload import CurrencyAccountWebhookPayload
from .currency_list_response import CurrencyListResponse
from .error_response import ErrorResponse
from .fee_collection_type import FeeCollectionType
from .iban_assigned_event import IbanAssignedEvent
from .iban_assigned_event_webhook_type import IbanAssignedEventWebhookType
from .iban_assigned_webhook_payload import IbanAssignedWebhookPayload
from .linked_client import LinkedClient
from .linked_client_identification_type import LinkedClientIdentificationType
from .linked_client_industry_sector_type import LinkedClientIndustrySectorType
from .linked_client_legal_entity_type import LinkedClientLegalEntityType
from .linked_client_legal_form import LinkedClientLegalForm
from .linked_client_list_response import LinkedClientListResponse
from .linked_client_status import LinkedClientStatus
from .linked_client_summary import LinkedClientSummary
from .list_currency_accounts_status import ListCurrencyAccountsStatus
from .list_scope import ListScope
from .login_request import LoginRequest
from .login_response import LoginResponse
from .login_response_phone_list_type_0 import LoginResponsePhoneListType0
from .pagination import Pagination
from .pay_in import PayIn
from .pay_in_list_response import PayInListResponse
from .pay_in_status_update_event import PayInStatusUpdateEvent
from .pay_in_status_update_event_webhook_type import PayInStatusUpdateEventWebhookType
from .pay_in_webhook_payload import PayInWebhookPayload
from .payment import Payment
from .payment_created_event import PaymentCreatedEvent
from .payment_created_event_webhook_type import PaymentCreatedEventWebhookType
from .payment_dates import PaymentDates
from .payment_detail import PaymentDetail
from .payment_list_item import PaymentListItem
from .payment_list_response import PaymentListResponse
from .payment_rolled_event import PaymentRolledEvent
from .payment_rolled_event_webhook_type import PaymentRolledEventWebhookType
from .payment_status import PaymentStatus
from .payment_status_update_event import PaymentStatusUpdateEvent
from .payment_status_update_event_webhook_type import (
    PaymentStatusUpdateEventWebhookType,
)
from .payment_type import PaymentType
from .payment_validation import PaymentValidation
from .payment_webhook_payload import PaymentWebhookPayload
from .reason_code import ReasonCode
from .routing_code import RoutingCode
from .routing_code_input import RoutingCodeInput
from .routing_code_key import RoutingCodeKey
from .state import State
from .state_list_response import StateListResponse
from .test_event_webhook_payload import TestEventWebhookPayload
from .test_webhook_event import TestWebhookEvent
from .test_webhook_event_webhook_type import TestWebhookEventWebhookType
from .transfer import Transfer
from .transfer_list_response import TransferListResponse
from .transfer_status import TransferStatus
from .transfer_status_update_event import TransferStatusUpdateEvent
from .transfer_status_update_event_webhook_type import (
    TransferStatusUpdateEventWebhookType,
)
from .transfer_webhook_payload import TransferWebhookPayload
from .unavailable_date import UnavailableDate
from .update_beneficiary_request import UpdateBeneficiaryRequest
from .validate_beneficiary_request import ValidateBeneficiaryRequest
from .validate_payment_request import ValidatePaymentRequest
from .webhook_acknowledgement import WebhookAcknowledgement
from .webhook_envelope import WebhookEnvelope
from .webhook_envelope_payload import WebhookEnvelopePayload

__all__ = (
    "BalanceHistoryEntry",
    "BalanceHistoryListResponse",
    "Beneficiary",
    "BeneficiaryCreatedEvent",
    "BeneficiaryDeletedEvent",
    "BeneficiaryDeletedWebhookPayload",
    "BeneficiaryListResponse",
    "BeneficiaryRequiredDetails",
    "BeneficiaryRequirement",
    "BeneficiarySummary",
    "BeneficiaryType",
    "BeneficiaryUpdatedEvent",
    "BeneficiaryValidation",
    "BeneficiaryWebhookPayload",
    "ClientCreatedEvent",
    "ClientCreatedEventWebhookType",
    "ClientStatusUpdateEvent",
    "ClientStatusUpdateEventWebhookType",
    "ClientWebhookPayload",
    "Conversion",
    "ConversionCreatedEvent",
    "ConversionCreatedEventWebhookType",
    "ConversionDates",
    "ConversionListResponse",
    "ConversionQuote",
    "ConversionQuoteFixedSide",
    "ConversionQuoteRequest",
    "ConversionQuoteRequestFixedSide",
    "ConversionRolledEvent",
    "ConversionRolledEventWebhookType",
    "ConversionStatus",
    "ConversionStatusUpdateEvent",
    "ConversionStatusUpdateEventWebhookType",
    "ConversionWebhookPayload",
    "Country",
    "CountryListResponse",
    "CreateBeneficiaryRequest",
    "CreateConversionRequest",
    "CreateConversionRequestTermAgreement",
    "CreateCurrencyAccountRequest",
    "CreateLinkedClientRequest",
    "CreatePaymentRequest",
    "CreateTransferRequest",
    "Currency",
    "CurrencyAccount",
    "CurrencyAccountCreatedEvent",
    "CurrencyAccountCreatedEventWebhookType",
    "CurrencyAccountListResponse",
    "CurrencyAccountStatus",
    "CurrencyAccountStatusUpdateEvent",
    "CurrencyAccountStatusUpdateEventWebhookType",
    "CurrencyAccountWebhookPayload",
    "CurrencyListResponse",
    "ErrorResponse",
    "FeeCollectionType",
    "IbanAssignedEvent",
    "IbanAssignedEventWebhookType",
    "IbanAssignedWebhookPayload",
    "LinkedClient",
    "LinkedClientIdentificationType",
    "LinkedClientIndustrySectorType",
    "LinkedClientLegalEntityType",
    "LinkedClientLegalForm",
    "LinkedClientListResponse",
    "LinkedClientStatus",
    "LinkedClientSummary",
    "ListCurrencyAccountsStatus",
    "ListScope",
    "LoginRequest",
    "LoginResponse",
    "LoginResponsePhoneListType0",
    "Pagination",
    "PayIn",
    "PayInListResponse",
    "PayInStatusUpdateEvent",
    "PayInStatusUpdateEventWebhookType",
    "PayInWebhookPayload",
    "Payment",
    "PaymentCreatedEvent",
    "PaymentCreatedEventWebhookType",
    "PaymentDates",
    "PaymentDetail",
    "PaymentListItem",
    "PaymentListResponse",
    "PaymentRolledEvent",
    "PaymentRolledEventWebhookType",
    "PaymentStatus",
    "PaymentStatusUpdateEvent",
    "PaymentStatusUpdateEventWebhookType",
    "PaymentType",
    "PaymentValidation",
    "PaymentWebhookPayload",
    "ReasonCode",
    "RoutingCode",
    "RoutingCodeInput",
    "RoutingCodeKey",
    "State",
    "StateListResponse",
    "TestEventWebhookPayload",
    "TestWebhookEvent",
    "TestWebhookEventWebhookType",
    "Transfer",
    "TransferListResponse",
    "TransferStatus",
    "TransferStatusUpdateEvent",
    "TransferStatusUpdateEventWebhookType",
    "TransferWebhookPayload",
    "UnavailableDate",
    "UpdateBeneficiaryRequest",
    "ValidateBeneficiaryRequest",
    "ValidatePaymentRequest",
    "WebhookAcknowledgement",
    "WebhookEnvelope",
    "WebhookEnvelopePayload",
)
