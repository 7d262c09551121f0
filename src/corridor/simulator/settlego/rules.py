"""SettleGoRules: every SettleGo handler group, the error shape and the test-only control API."""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from corridor.settlego.webhooks import load_public_key
from corridor.simulator.clock import Clock
from corridor.simulator.engine import after_answer, json_response
from corridor.simulator.rules import ApiError
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.accounts import AccountHandlers, SessionHandlers, pay_in_json
from corridor.simulator.settlego.beneficiaries import BeneficiaryHandlers
from corridor.simulator.settlego.clients import LinkedClientHandlers
from corridor.simulator.settlego.conversions import ConversionHandlers
from corridor.simulator.settlego.payments import PaymentHandlers
from corridor.simulator.settlego.reference_handlers import ReferenceHandlers
from corridor.simulator.settlego.transfers import TransferHandlers
from corridor.simulator.settlego.webhooks import WebhookHandlers, delivery_json
from corridor.simulator.store import Store
from corridor.simulator.validation import Problem

DEFAULT_LOGIN_ID = "sandbox-login"
DEFAULT_API_KEY = "sandbox-api-key"
ERROR_NAMES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
}


class SettleGoRules(
    SessionHandlers,
    AccountHandlers,
    PaymentHandlers,
    BeneficiaryHandlers,
    ConversionHandlers,
    LinkedClientHandlers,
    TransferHandlers,
    ReferenceHandlers,
    WebhookHandlers,
):
    """A stateful SettleGo: one main client to start with, who can log in with the defaults."""

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        store: Store | None = None,
        seed: int = 0,
        login_id: str = DEFAULT_LOGIN_ID,
        api_key: str = DEFAULT_API_KEY,
        signing_key: rsa.RSAPrivateKey | None = None,
        webhook_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(clock=clock, store=store, seed=seed)
        self.signing_key = signing_key or rsa.generate_private_key(
            public_exponent=65537, key_size=2048
        )
        self.webhook_transport = webhook_transport
        self.main_client_id = self.add_main_client(login_id, api_key)

    def add_main_client(
        self, login_id: str, api_key: str, email: str = "treasury@example.com"
    ) -> str:
        client_id = self.new_id()
        self.store.put(
            "clients",
            client_id,
            {
                "id": client_id,
                "loginId": login_id,
                "apiKey": api_key,
                "email": email,
                "legalName": "Sandbox Treasury Ltd",
                "parentId": None,
            },
        )
        return client_id

    def before_request(self) -> None:
        self.run_due_timers()

    def error_body(self, status: int, message: str, problems: Sequence[Problem]) -> Any:
        # The docs show no error body; this one names the status and every offending field.
        return {
            "status": status,
            "error": ERROR_NAMES.get(status, "Error"),
            "message": message,
            "errors": [
                {"field": p.name, "location": p.location, "message": p.message} for p in problems
            ],
        }

    # ---- the control API: test-only, outside SettleGo's own paths ----------------------

    def control_routes(self, prefix: str) -> list[BaseRoute]:
        return [
            Route(f"{prefix}/pay-ins", self._control_pay_in, methods=["POST"]),
            Route(f"{prefix}/webhooks/listener", self._control_listener, methods=["PUT"]),
            Route(f"{prefix}/webhooks/public-key", self._control_public_key, methods=["GET"]),
            Route(f"{prefix}/webhooks/deliveries", self._control_deliveries, methods=["GET"]),
        ]

    async def _control_pay_in(self, request: Request) -> Response:
        """Credit a deposit: {"currency", "amount", "clientId"?, "senderName"?}."""
        try:
            body = await _json_object(request)
            currency = str(body["currency"])
            if currency not in reference.CURRENCIES:
                raise ApiError(400, f"{currency} is not a supported currency", "currency")
            amount = Decimal(str(body["amount"]))
            client_id = str(body.get("clientId", self.main_client_id))
            if self.store.get("clients", client_id) is None:
                raise ApiError(404, f"no client {client_id}", "clientId")
            pay_in = self.credit_pay_in(
                client_id, currency, amount, str(body.get("senderName", "Simulated Sender"))
            )
        except KeyError as missing:
            return json_response({"error": f"{missing.args[0]} is required"}, 400)
        except InvalidOperation:
            return json_response({"error": "amount must be a decimal number"}, 400)
        except ApiError as error:
            return json_response({"error": error.message, "field": error.field}, error.status)
        return json_response(pay_in_json(pay_in), background=after_answer(self))

    async def _control_listener(self, request: Request) -> Response:
        """Register the partner's webhook listener: {"url", "publicKey": PEM}."""
        try:
            body = await _json_object(request)
            url = httpx.URL(str(body["url"]))
            if url.scheme not in ("http", "https"):
                raise ApiError(400, "url must be an http(s) URL", "url")
            key = load_public_key(str(body["publicKey"]))
        except KeyError as missing:
            return json_response({"error": f"{missing.args[0]} is required"}, 400)
        except (ValueError, TypeError, httpx.InvalidURL) as error:
            return json_response({"error": f"invalid listener: {error}"}, 400)
        except ApiError as error:
            return json_response({"error": error.message, "field": error.field}, error.status)
        self.register_listener(str(url), key)
        return json_response({"url": str(url)})

    async def _control_public_key(self, request: Request) -> Response:
        pem = self.signing_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return Response(pem, media_type="application/x-pem-file")

    async def _control_deliveries(self, request: Request) -> Response:
        deliveries = [delivery_json(d) for d in self.store.values("webhookDeliveries")]
        return json_response({"deliveries": deliveries})


async def _json_object(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body())
    except ValueError as error:
        raise ApiError(400, f"the body is not JSON: {error}") from error
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a JSON object")
    return body
