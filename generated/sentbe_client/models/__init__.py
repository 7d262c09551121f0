"""Contains all the data models used in inputs/outputs"""

from .balance import Balance
from .balance_list_response import BalanceListResponse
from .balance_response import BalanceResponse
from .bank import Bank
from .bank_account import BankAccount
from .bank_directory import BankDirectory
from .bank_list_response import BankListResponse
from .billing_item import BillingItem
from .check_commission_parameters import CheckCommissionParameters
from .commission_quote import CommissionQuote
from .commission_response import CommissionResponse
from .create_recipient_parameters import CreateRecipientParameters
from .create_transfer_parameters import CreateTransferParameters
from .create_user_parameters import CreateUserParameters
from .error_code import ErrorCode
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .list_recipients_parameters import ListRecipientsParameters
from .list_transfers_parameters import ListTransfersParameters
from .list_users_parameters import ListUsersParameters
from .receive_info import ReceiveInfo
from .recipient import Recipient
from .recipient_bank_input import RecipientBankInput
from .recipient_bank_update import RecipientBankUpdate
from .recipient_list_response import RecipientListResponse
from .recipient_response import RecipientResponse
from .request_headers import RequestHeaders
from .send_amount_info import SendAmountInfo
from .send_amount_info_send_amount_currency import SendAmountInfoSendAmountCurrency
from .signature_envelope import SignatureEnvelope
from .success_response import SuccessResponse
from .transfer import Transfer
from .transfer_info import TransferInfo
from .transfer_list_response import TransferListResponse
from .transfer_response import TransferResponse
from .transfer_status import TransferStatus
from .transfer_status_callback import TransferStatusCallback
from .update_recipient_info_parameters import UpdateRecipientInfoParameters
from .update_user_info_parameters import UpdateUserInfoParameters
from .user import User
from .user_list_response import UserListResponse
from .user_response import UserResponse
from .wallet_currency import WalletCurrency
from .wallet_info import WalletInfo

__all__ = (
    "Balance",
    "BalanceListResponse",
    "BalanceResponse",
    "Bank",
    "BankAccount",
    "BankDirectory",
    "BankListResponse",
    "BillingItem",
    "CheckCommissionParameters",
    "CommissionQuote",
    "CommissionResponse",
    "CreateRecipientParameters",
    "CreateTransferParameters",
    "CreateUserParameters",
    "ErrorCode",
    "ErrorDetail",
    "ErrorResponse",
    "ListRecipientsParameters",
    "ListTransfersParameters",
    "ListUsersParameters",
    "ReceiveInfo",
    "Recipient",
    "RecipientBankInput",
    "RecipientBankUpdate",
    "RecipientListResponse",
    "RecipientResponse",
    "RequestHeaders",
    "SendAmountInfo",
    "SendAmountInfoSendAmountCurrency",
    "SignatureEnvelope",
    "SuccessResponse",
    "Transfer",
    "TransferInfo",
    "TransferListResponse",
    "TransferResponse",
    "TransferStatus",
    "TransferStatusCallback",
    "UpdateRecipientInfoParameters",
    "UpdateUserInfoParameters",
    "User",
    "UserListResponse",
    "UserResponse",
    "WalletCurrency",
    "WalletInfo",
)
