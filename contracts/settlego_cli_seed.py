"""Seed a served SettleGo through its public API and write a Schemathesis CLI config for it.

An independent check of `corridor verify`: it shares no code with corridor's verification. It
logs in, opens currency accounts, creates beneficiaries, payments, quotes, conversions, linked
clients and transfers with plain HTTP calls, and writes a `schemathesis.toml` whose dictionaries
hold the ids and externalIds those calls answered, bound to the parameters that take them. Money
can only arrive from outside, so against a simulator the deposits go through its control API.

    python -m corridor simulate settlego --port 8080 &
    python contracts/settlego_cli_seed.py http://127.0.0.1:8080/api/v1 > schemathesis.toml
    schemathesis --config-file schemathesis.toml run specs/settlego.yaml \
        --url http://127.0.0.1:8080/api/v1 --checks all --mode all --max-examples 25
"""

from __future__ import annotations

import json
import sys
import uuid
from typing import Any

import httpx

LOGIN = {"loginId": "sandbox-login", "apiKey": "sandbox-api-key"}
CURRENCIES = ("GBP", "USD", "EUR")
BENEFICIARY = {
    "name": "Mysterious Beneficiary",
    "beneficiaryType": "corporate",
    "companyName": "Murder Mistery Business",
    "beneficiaryCountry": "GB",
    "beneficiaryPostalCode": "12345",
    "beneficiaryCity": "London",
    "beneficiaryAddressLine": "221B Baker Street",
    "accountNumber": "12332143",
    "iban": "GB85CLRB04050900000281",
    "bic": "BUKBGB22",
    "currency": "GBP",
    "bankAccountCountry": "GB",
    "bankAccountHolderName": "Sherlock Holmes",
    "paymentTypeList": ["standard"],
    "routingCodeList": [{"key": "sort_code", "value": "123123"}],
}
CLIENT = {
    "legalEntityType": "corporate",
    "legalName": "TESTLAPTOP INC. 220",
    "incorporationDate": "2015-11-21",
    "legalForm": "partnership",
    "industrySectorType": "fintech",
    "contactName": "simulator",
    "email": "elif@efttesting.com",
    "primaryPhoneCountry": "TR",
    "primaryPhoneNumber": "2130",
    "registeredAddressCountry": "TR",
    "registeredAddressCity": "Istanbul",
    "registeredAddressPostalCode": "12345",
    "registeredAddressLine": "Kayapalas Apt. Registered",
}


class Seeder:
    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url.rstrip("/"), timeout=30)
        self.control = httpx.Client(base_url=str(httpx.URL(base_url).copy_with(path="/")))
        token = self.call("POST", "/authentication/login", LOGIN)["token"]
        self.http.headers["x-auth-token"] = token
        self.run = uuid.uuid4().hex[:8]

    def call(self, method: str, path: str, body: Any = None) -> Any:
        answer = self.http.request(method, path, json=body)
        if not answer.is_success:
            raise SystemExit(f"{method} {path} answered {answer.status_code}: {answer.text}")
        return answer.json() if answer.content else None

    def credit(self, currency: str, amount: str, owner: str | None = None) -> None:
        body = {"currency": currency, "amount": amount} | ({"owner": owner} if owner else {})
        answer = self.control.post("/_simulator/deposits", json=body)
        if not answer.is_success:
            raise SystemExit(f"crediting {currency} failed: {answer.status_code} {answer.text}")

    def seed(self) -> dict[str, list[Any]]:
        """Parameter key (location.name, or operationId:location.name) -> the values it takes."""
        bound: dict[str, list[Any]] = {}
        held = {
            account["currency"]
            for account in self.call("GET", "/currency-accounts?pageNumber=1&pageSize=100")[
                "currencyAccountList"
            ]
        }
        for currency in CURRENCIES:
            if currency not in held:
                self.call("POST", "/currency-accounts", {"currency": currency})
            self.credit(currency, "100000000")
        bound["getCurrencyAccount:path.currency"] = list(CURRENCIES)
        pay_ins = self.call("GET", "/pay-ins?pageNumber=1&pageSize=100")["transactionList"]
        bound["getPayIn:path.id"] = [p["id"] for p in pay_ins]

        beneficiaries = [
            self.call("POST", "/beneficiaries", BENEFICIARY | {"externalId": f"{self.run}-b{n}"})
            for n in range(8)
        ]
        kept, doomed = beneficiaries[:4], beneficiaries[4:]
        for operation in ("getBeneficiary", "updateBeneficiary"):
            bound[f"{operation}:path.id"] = [b["id"] for b in kept]
            bound[f"{operation}ByExternalId:path.id"] = [b["externalId"] for b in kept]
        bound.pop("updateBeneficiaryByExternalId:path.id")
        bound["deleteBeneficiary:path.id"] = [b["id"] for b in doomed[:2]]
        bound["deleteBeneficiaryByExternalId:path.id"] = [b["externalId"] for b in doomed[2:]]
        for operation in ("createPayment", "validatePayment"):
            bound[f"{operation}:body.beneficiaryId"] = [b["id"] for b in kept]

        payments = [
            self.call(
                "POST",
                "/payments",
                {
                    "currency": "GBP",
                    "amount": 400,
                    "paymentDate": "2026-01-05",
                    "beneficiaryId": kept[n % len(kept)]["id"],
                    "paymentType": "standard",
                    "reasonCode": "goods",
                    "paymentReference": f"REF-{n}",
                    "externalId": f"{self.run}-p{n}",
                },
            )
            for n in range(8)
        ]
        bound["getPayment:path.id"] = [p["id"] for p in payments]
        bound["getPaymentByExternalId:path.id"] = [p["externalId"] for p in payments]
        bound["cancelPayment:path.id"] = [p["id"] for p in payments[:4]]
        bound["cancelPaymentByExternalId:path.id"] = [p["externalId"] for p in payments[4:]]

        quote = {
            "buyCurrency": "USD",
            "sellCurrency": "GBP",
            "amount": "10.00",
            "fixedSide": "buy",
            "conversionDate": "2026-01-05",
        }
        conversions = []
        for n in range(3):
            offer = self.call("POST", "/conversions/quotes", quote)
            accept = {"quoteId": offer["id"], "termAgreement": "true"}
            accept["externalId"] = f"{self.run}-c{n}"
            conversions.append(self.call("POST", "/conversions", accept))
        bound["getConversion:path.id"] = [c["id"] for c in conversions]
        bound["getConversionByExternalId:path.id"] = [c["externalId"] for c in conversions]
        bound["createConversion:body.quoteId"] = [
            self.call("POST", "/conversions/quotes", quote)["id"] for _ in range(5)
        ]

        clients = [self.call("POST", "/clients", CLIENT) for _ in range(2)]
        for client in clients:
            self.call("POST", "/currency-accounts", {"currency": "GBP", "onBehalfOf": client["id"]})
        bound["getLinkedClient:path.id"] = [c["id"] for c in clients]
        bound["createTransfer:body.receiverClientId"] = [c["id"] for c in clients]
        transfers = [
            self.call(
                "POST",
                "/transfers",
                {
                    "currency": "GBP",
                    "amount": 20,
                    "receiverClientId": client["id"],
                    "externalId": f"{self.run}-t{n}",
                },
            )
            for n, client in enumerate(clients)
        ]
        bound["getTransfer:path.id"] = [t["id"] for t in transfers]
        bound["getTransferByExternalId:path.id"] = [t["externalId"] for t in transfers]
        main_client = payments[0]["clientId"]
        bound["query.onBehalfOf"] = [main_client, *bound["getLinkedClient:path.id"]]
        bound["body.onBehalfOf"] = [main_client, *bound["getLinkedClient:path.id"]]
        bound["startSession:body.loginId"] = [LOGIN["loginId"]]
        bound["startSession:body.apiKey"] = [LOGIN["apiKey"]]
        return bound


def toml(bound: dict[str, list[Any]]) -> str:
    """The Schemathesis config: every phase, the login, one dictionary per binding."""
    login_id, api_key = json.dumps(LOGIN["loginId"]), json.dumps(LOGIN["apiKey"])
    lines = [
        "seed = 1",
        "[generation]",
        'mode = "all"',
        "[phases.stateful]",
        "enabled = true",
        "[auth.dynamic.openapi.authToken]",
        'path = "/authentication/login"',
        f"payload = {{ loginId = {login_id}, apiKey = {api_key} }}",
        'extract_selector = "/token"',
    ]
    everywhere: list[str] = []
    per_operation: dict[str, list[str]] = {}
    for number, (key, values) in enumerate(bound.items()):
        name = f"seed{number}"
        lines += [f"[dictionaries.{name}]", f"values = {json.dumps(values)}"]
        operation, _, parameter = key.rpartition(":")
        binding = f'"{parameter}" = {{ dictionary = "{name}", probability = 0.9 }}'
        (per_operation.setdefault(operation, []) if operation else everywhere).append(binding)
    lines += ["[parameters]", *everywhere]
    for operation, bindings in per_operation.items():
        lines += [
            "[[operations]]",
            f'include-operation-id = "{operation}"',
            "[operations.parameters]",
            *bindings,
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    url = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080/api/v1"
    print(toml(Seeder(url).seed()), end="")
