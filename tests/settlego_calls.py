"""A logged-in SettleGo main client talking raw HTTP to a simulator (a `SimulatorSession`), plus
its control API: what the SettleGo simulator tests build their own calls on."""

from __future__ import annotations

from typing import Any

import httpx

from corridor.simulator import Simulator
from corridor.simulator.session import SimulatorSession
from corridor.simulator.settlego import Backend


class SettleGoCalls:
    def __init__(self, simulator: Simulator | None = None, **options: Any) -> None:
        self.session = SimulatorSession("settlego", simulator=simulator, **options)
        self.simulator = self.session.simulator
        self.control = self.session.control
        self.http = self.session.http  # logged in now, as the main client

    @property
    def backend(self) -> Backend:
        backend: Backend = self.session.backend
        return backend

    def login(self) -> None:
        """A fresh session token (one lasts half an hour of simulator time)."""
        self.session.sign_in()

    def anonymous(self) -> httpx.Client:
        """A client on the API without a session token."""
        return self.session.anonymous()

    def post(self, path: str, body: Any = None, **params: Any) -> httpx.Response:
        return self.http.post(path, json=body, params=params)

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params)


def beneficiary_body(**overrides: Any) -> dict[str, Any]:
    """A corporate GBP beneficiary payable by standard payments (the one GBP payment type the
    docs list)."""
    return {
        "name": "Acme Supplies",
        "beneficiaryType": "corporate",
        "companyName": "Acme Supplies Ltd",
        "beneficiaryCountry": "GB",
        "beneficiaryPostalCode": "E1 6AN",
        "beneficiaryCity": "London",
        "beneficiaryAddressLine": "1 Commercial Street",
        "currency": "GBP",
        "bankAccountCountry": "GB",
        "bankAccountHolderName": "Acme Supplies Ltd",
        "paymentTypeList": ["standard"],
        "accountNumber": "12345678",
        "routingCodeList": [{"key": "sort_code", "value": "040506"}],
    } | overrides
