"""Contains all the data models used in inputs/outputs"""

from .attempt_status import AttemptStatus
from .balances import Balances
from .card import Card
from .card_list import CardList
from .card_status import CardStatus
from .create_crypto_withdrawal_request import CreateCryptoWithdrawalRequest
from .create_crypto_withdrawal_request_receiver_type import (
    CreateCryptoWithdrawalRequestReceiverType,
)
from .create_crypto_withdrawal_request_wallet_type import (
    CreateCryptoWithdrawalRequestWalletType,
)
from .create_order_rate_lock_request import CreateOrderRateLockRequest
from .create_order_request import CreateOrderRequest
from .create_partner_exchange_request import CreatePartnerExchangeRequest
from .create_partner_sepa_transfer_request import CreatePartnerSepaTransferRequest
from .create_user_account_request import CreateUserAccountRequest
from .create_user_sepa_transfer_request import CreateUserSepaTransferRequest
from .create_virtual_card_request import CreateVirtualCardRequest
from .crypto_balance import CryptoBalance
from .crypto_balance_network_config import CryptoBalanceNetworkConfig
from .crypto_deposit_envelope import CryptoDepositEnvelope
from .crypto_deposit_envelope_event_type import CryptoDepositEnvelopeEventType
from .crypto_deposit_payload import CryptoDepositPayload
from .crypto_deposit_status import CryptoDepositStatus
from .error_response import ErrorResponse
from .exchange_created import ExchangeCreated
from .fiat_balance import FiatBalance
from .fiat_balance_status import FiatBalanceStatus
from .get_network_fee_currency import GetNetworkFeeCurrency
from .get_network_fee_network import GetNetworkFeeNetwork
from .kyc_file_added_event import KycFileAddedEvent
from .kyc_file_status import KycFileStatus
from .kyc_verification_status_event import KycVerificationStatusEvent
from .network_config import NetworkConfig
from .network_config_deposit import NetworkConfigDeposit
from .network_config_withdrawal import NetworkConfigWithdrawal
from .network_fee import NetworkFee
from .order import Order
from .order_created import OrderCreated
from .order_rate_lock import OrderRateLock
from .order_status import OrderStatus
from .partner_sepa_transfer_event import PartnerSepaTransferEvent
from .partner_sepa_transfer_event_error import PartnerSepaTransferEventError
from .sepa_deposit_info import SepaDepositInfo
from .sepa_transfer import SepaTransfer
from .sepa_transfer_created import SepaTransferCreated
from .sepa_transfer_outcome import SepaTransferOutcome
from .sepa_transfer_status import SepaTransferStatus
from .sepa_transfer_user import SepaTransferUser
from .user_account_created import UserAccountCreated
from .user_reference import UserReference
from .verification_status import VerificationStatus
from .virtual_card import VirtualCard

__all__ = (
    "AttemptStatus",
    "Balances",
    "Card",
    "CardList",
    "CardStatus",
    "CreateCryptoWithdrawalRequest",
    "CreateCryptoWithdrawalRequestReceiverType",
    "CreateCryptoWithdrawalRequestWalletType",
    "CreateOrderRateLockRequest",
    "CreateOrderRequest",
    "CreatePartnerExchangeRequest",
    "CreatePartnerSepaTransferRequest",
    "CreateUserAccountRequest",
    "CreateUserSepaTransferRequest",
    "CreateVirtualCardRequest",
    "CryptoBalance",
    "CryptoBalanceNetworkConfig",
    "CryptoDepositEnvelope",
    "CryptoDepositEnvelopeEventType",
    "CryptoDepositPayload",
    "CryptoDepositStatus",
    "ErrorResponse",
    "ExchangeCreated",
    "FiatBalance",
    "FiatBalanceStatus",
    "GetNetworkFeeCurrency",
    "GetNetworkFeeNetwork",
    "KycFileAddedEvent",
    "KycFileStatus",
    "KycVerificationStatusEvent",
    "NetworkConfig",
    "NetworkConfigDeposit",
    "NetworkConfigWithdrawal",
    "NetworkFee",
    "Order",
    "OrderCreated",
    "OrderRateLock",
    "OrderStatus",
    "PartnerSepaTransferEvent",
    "PartnerSepaTransferEventError",
    "SepaDepositInfo",
    "SepaTransfer",
    "SepaTransferCreated",
    "SepaTransferOutcome",
    "SepaTransferStatus",
    "SepaTransferUser",
    "UserAccountCreated",
    "UserReference",
    "VerificationStatus",
    "VirtualCard",
)
