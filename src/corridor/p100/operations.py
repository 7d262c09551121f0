"""P100's calls as corridor retries them (see corridor.kit.operations).

Only Create User Account has a client-chosen identifier: `externalUserId` "must be unique;
reuse fails" (docs/p100/user/create-user-account.md), and Get User Balances fetches by it. The
docs name neither the status nor the errorCode of a reuse, so any refusal of the request
(corridor.kit.operations.refuses_the_request) counts as a duplicate once Get User Balances
finds the user; its answer has another shape
than the create's, so a duplicate after a retry is reported (`P100DuplicateError`, with
`after_retry`) rather than turned into the create's answer. The money-moving creates carry
no idempotency handle in the docs: they are sent once, and a failure that may have landed is
an `OutcomeUnknownError` naming where to look.
"""

from __future__ import annotations

from corridor.errors import ProviderError
from corridor.kit.operations import Lookup, Operation, OperationRules

HISTORY = "the transaction history (Get Transaction History) and balances (getPartnerBalances)"


def _refused_account(error: ProviderError) -> bool:
    return 400 <= error.status_code < 500 and error.status_code not in (401, 403, 429)


def _once(method: str, path: str, name: str, hint: str) -> Operation:
    return Operation(method, path, name, "create", hint=hint)


RULES = OperationRules(
    [
        Operation(
            "POST",
            "/v1/user/balances/crypto-and-fiat",
            "createUserAccount",
            "create",
            handle="externalUserId",
            lookup=Lookup(
                "/v1/user/balances/{handle}",
                "getUserBalances (GET /v1/user/balances/{handle})",
                confirms_only=True,
            ),
            duplicate=_refused_account,
        ),
        # A rate lock commits nothing until an order or exchange uses it.
        Operation("POST", "/v1/order/lock-rate", "createOrderRateLock", "safe"),
        _once("POST", "/v1/partner/exchange", "createPartnerExchange", HISTORY),
        _once("POST", "/v1/order", "createOrder", "getOrderDetails, by the orderId of the lock"),
        _once("POST", "/v1/partner/sepa-transfer", "createPartnerSepaTransfer", HISTORY),
        _once("POST", "/v1/sepa-transfer", "createUserSepaTransfer", HISTORY),
        _once("POST", "/v1/crypto-withdrawal", "createCryptoWithdrawal", HISTORY),
        _once("POST", "/v1/kyc", "createKycVerification", "getKycStatus"),
        _once("POST", "/v1/card/virtual", "createVirtualCard", "listUserCards"),
    ]
)
