"""SettleGo's calls as corridor retries them (see corridor.kit.operations).

Payments, beneficiaries, conversions and transfers carry a client-chosen `externalId`
("Client generated unique reference number") and can be fetched by it, so they are created
idempotently: the externalId is generated when the caller gives none, and a refusal is
checked by fetching the object by externalId before it reaches the caller. The docs say
neither which status a reused externalId gets nor whether it is checked before what the
create consumes (a conversion's quote is used once, a transfer spends the balance), so any
refusal of the request may be owed to the object an earlier try made: a 409 (the
simulator's answer to a business conflict), a 404 "no such conversion quote" alike. It is
only taken as a duplicate once the lookup finds the object. Beneficiaries, conversions and
transfers come back from the lookup in their create's shape, so the object found after a
retry is the call's answer; a payment's lookup answer (PaymentDetail) lacks the create's fee
and pay-in fields, so a payment found after a retry is reported as `SettleGoDuplicateError`
with `after_retry` instead.
Linked clients and currency accounts have no such handle, so their creates are not retried
once they may have arrived.
"""

from __future__ import annotations

from corridor.errors import ProviderError
from corridor.kit.operations import Lookup, Operation, OperationRules


def _conflict(error: ProviderError) -> bool:
    return error.status_code == 409


def _by_external_id(
    name: str, collection: str, operation: str, *, same_shape: bool = True
) -> Operation:
    return Operation(
        "POST",
        f"/{collection}",
        name,
        "create",
        handle="externalId",
        generate=True,
        lookup=Lookup(
            f"/{collection}/external/{{handle}}",
            f"{operation} (GET /{collection}/external/{{handle}})",
            carry=("onBehalfOf",),
            confirms_only=not same_shape,
        ),
        duplicate=_conflict,
    )


RULES = OperationRules(
    [
        # POSTs that change nothing on SettleGo's side: retried like reads
        Operation("POST", "/authentication/login", "startSession", "safe"),
        Operation("POST", "/payments/validate", "validatePayment", "safe"),
        Operation("POST", "/beneficiaries/validate", "validateBeneficiary", "safe"),
        Operation("POST", "/conversions/quotes", "createConversionQuote", "safe"),
        _by_external_id("createPayment", "payments", "getPaymentByExternalId", same_shape=False),
        _by_external_id("createBeneficiary", "beneficiaries", "getBeneficiaryByExternalId"),
        _by_external_id("createConversion", "conversions", "getConversionByExternalId"),
        _by_external_id("createTransfer", "transfers", "getTransferByExternalId"),
        Operation(
            "POST",
            "/currency-accounts",
            "createCurrencyAccount",
            "create",
            hint="getCurrencyAccount (GET /currency-accounts/{{currency}})",
        ),
        Operation(
            "POST",
            "/clients",
            "createLinkedClient",
            "create",
            hint="listLinkedClients filtered by nickname",
        ),
        Operation(
            "POST",
            "/payments/{id}/cancel",
            "cancelPayment",
            "write",
            hint="getPayment (GET /payments/{{id}})",
        ),
        Operation(
            "POST",
            "/payments/external/{id}/cancel",
            "cancelPaymentByExternalId",
            "write",
            hint="getPaymentByExternalId (GET /payments/external/{{id}})",
        ),
    ]
)
