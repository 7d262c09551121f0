"""Logging in to SettleGo and keeping the session alive.

SettleGo authenticates with a short-lived token from `POST /authentication/login`, sent as the
`x-auth-token` header. `SettleGoSession` is an `httpx.Auth`: it logs in on first use, adds the
token to every request and logs in again once when a request is refused with 401 (the token
has expired). A refused login raises `SettleGoAuthenticationError`; every other answer goes
back to corridor's flow (`corridor.kit.flow`), which raises for refusals after the session
had its chance to log in again.
"""

from __future__ import annotations

import json
from collections.abc import Generator

import httpx
from settlego_client.api.authentication import start_session

from corridor.kit.operations import OPERATION_EXTENSION
from corridor.kit.refusals import decode_body
from corridor.settlego.errors import ERRORS, SettleGoAuthenticationError

TOKEN_HEADER = "x-auth-token"
LOGIN_PATH = "/authentication/login"


class SettleGoSession(httpx.Auth):
    requires_response_body = True  # errors carry the body, login reads the token

    def __init__(self, login_id: str, api_key: str, base_url: str) -> None:
        self._login_id = login_id
        self._api_key = api_key
        self._login_url = base_url.rstrip("/") + LOGIN_PATH
        self.token: str | None = None

    def __repr__(self) -> str:  # never show the credentials (login id and api key) or token
        return f"SettleGoSession(logged_in={self.token is not None})"

    def login_request(self) -> httpx.Request:
        body = json.dumps({"loginId": self._login_id, "apiKey": self._api_key})
        headers = {"Content-Type": "application/json"}
        # sent by the session, not by the generated call: it carries that call's retry rule
        extensions = {OPERATION_EXTENSION: start_session.OPERATION}
        return httpx.Request(
            "POST", self._login_url, content=body, headers=headers, extensions=extensions
        )

    def accept_login(self, response: httpx.Response) -> None:
        """Store the token from a login answer, or raise if the login was refused."""
        body = decode_body(response)
        token = body.get("token") if isinstance(body, dict) else None
        if response.status_code != 200 or not isinstance(token, str) or not token:
            refusal = ERRORS.refusal(response, body)
            raise SettleGoAuthenticationError(
                response.status_code,
                refusal.message if response.status_code != 200 else "no token in the answer",
                code=refusal.code,
                body=body,
                method=refusal.method,
                url=refusal.url,
            )
        self.token = token

    def forget(self) -> None:
        self.token = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.token is None:
            self.accept_login((yield self.login_request()))
        response = yield self._with_token(request)
        if response.status_code == 401:
            self.accept_login((yield self.login_request()))
            yield self._with_token(request)

    def _with_token(self, request: httpx.Request) -> httpx.Request:
        if self.token is None:  # accept_login either stores a token or raises
            raise RuntimeError("SettleGoSession has no token after logging in")
        request.headers[TOKEN_HEADER] = self.token
        return request
