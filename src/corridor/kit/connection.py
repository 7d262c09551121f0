"""Building a facade's client, and per-call copies of it: the one `connect` underneath all.

`build_client` wires a generated client class to corridor's flow (provider auth, idempotent
creates, typed refusals) and transport (retries, no raw httpx exception). `with_options`
derives a copy with other headers, timeout, retries or idempotency key: the copy shares the
original's session and connection pools and the original is left exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx
from attrs import evolve

from corridor.errors import InputError, MalformedAnswerError
from corridor.kit.flow import CorridorFlow
from corridor.kit.refusals import ErrorFamily
from corridor.kit.retries import DEFAULT_RETRIES, Retries
from corridor.kit.transport import RetryingTransport

ClientT = TypeVar("ClientT")

DEFAULT_TIMEOUT = 30.0
# httpx_args that configure connections: they go to corridor's transports, which replace
# httpx's default ones.
_TRANSPORT_ARGS = ("verify", "cert", "trust_env", "http1", "http2", "limits", "proxy")


@dataclass(frozen=True)
class ProviderWire:
    """What the kit needs to know of a provider: its name and how it refuses. (How each of
    its calls may be retried comes with the call, from the spec: corridor.kit.operations.)"""

    title: str
    errors: ErrorFamily


def check_base_url(base_url: object) -> httpx.URL:
    if not isinstance(base_url, str) or not base_url.strip():
        raise InputError("base_url", "must be a non-empty http(s) URL")
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL as error:
        raise InputError("base_url", f"is not a URL: {error}") from error
    if url.scheme not in ("http", "https") or not url.host:
        raise InputError("base_url", f"must be an http(s) URL with a host, not {base_url!r}")
    return url


def check_timeout(timeout: object) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise InputError("timeout", f"must be a number of seconds > 0, not {timeout!r}")
    if timeout == float("inf"):
        raise InputError("timeout", "must be finite")
    return httpx.Timeout(timeout)


def check_retries(retries: object) -> Retries:
    if not isinstance(retries, Retries):
        raise InputError("retries", f"must be a corridor Retries, not {type(retries).__name__}")
    return retries


def build_client(
    client_class: type[ClientT],
    *,
    wire: ProviderWire,
    base_url: str,
    auth: httpx.Auth | None,
    auth_header_name: str,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: Retries = DEFAULT_RETRIES,
    httpx_args: dict[str, Any] | None = None,
) -> ClientT:
    """A `client_class` (a generated AuthenticatedClient) that calls through corridor's kit.

    `httpx_args` go to the httpx clients; a `transport` there (e.g. a simulator's) is wrapped
    by corridor's retrying transport rather than replacing it.
    """
    url = check_base_url(base_url)
    args = dict(httpx_args or {})
    if "auth" in args:
        raise InputError("httpx_args", "cannot set 'auth': the facade authenticates itself")
    given = args.pop("transport", None)
    connection = {name: args.pop(name) for name in _TRANSPORT_ARGS if name in args}
    if given is None:
        inner: httpx.BaseTransport | None = httpx.HTTPTransport(**connection)
        async_inner: httpx.AsyncBaseTransport | None = httpx.AsyncHTTPTransport(**connection)
    else:
        inner = given if isinstance(given, httpx.BaseTransport) else None
        async_inner = given if isinstance(given, httpx.AsyncBaseTransport) else None
        if inner is None and async_inner is None:
            raise InputError("httpx_args", "'transport' must be an httpx transport")
    transport = RetryingTransport(
        provider=wire.title,
        policy=check_retries(retries),
        inner=inner,
        async_inner=async_inner,
    )
    flow = CorridorFlow(
        provider=wire.title,
        errors=wire.errors,
        base_path=url.path,
        inner=auth,
    )
    factory = cast(Any, client_class)
    client: ClientT = factory(
        base_url=str(url).rstrip("/"),
        # The auth sets the real credential on every request: the generated client is an
        # attrs class whose repr shows its token and headers, so no secret is stored there.
        token="",
        prefix="",
        auth_header_name=auth_header_name,
        timeout=check_timeout(timeout),
        httpx_args={**args, "auth": flow, "transport": transport},
    )
    return client


def flow_of(client: object) -> CorridorFlow:
    """The corridor flow of a facade client (TypeError for a client made elsewhere)."""
    args = getattr(client, "_httpx_args", None)
    flow = args.get("auth") if isinstance(args, dict) else None
    if not isinstance(flow, CorridorFlow):
        raise TypeError("this client was not created by a corridor facade's connect()")
    return flow


def malformed_answer(
    client: object, response: httpx.Response, problem: str
) -> MalformedAnswerError | None:
    """The provider's MalformedAnswerError for an answer to `client` that does not parse into
    its model; None for a client no facade made (the generated `UnexpectedAnswer` is raised)."""
    try:
        flow = flow_of(client)
    except TypeError:
        return None
    return flow.errors.malformed_answer(response, problem)


def with_options(
    client: ClientT,
    *,
    headers: dict[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    retries: Retries | None = None,
    idempotency_key: str | None = None,
) -> ClientT:
    """A copy of a facade client for some calls; `client` itself is left unchanged.

    `headers` are added to the copy's, `timeout` and `retries` replace its own, and
    `idempotency_key` becomes the idempotency handle of the creates made with the copy (the
    SettleGo externalId, the sFOX transfer_id, ...): use one copy per create.
    """
    flow = flow_of(client)
    source = cast(Any, client)
    args = dict(source._httpx_args)
    if retries is not None:
        transport = args["transport"]
        args["transport"] = transport.with_policy(check_retries(retries))
    if idempotency_key is not None:
        args["auth"] = flow.with_idempotency_key(idempotency_key)
    changes: dict[str, Any] = {"httpx_args": args}
    if headers is not None:
        if not isinstance(headers, dict) or not all(
            _header_text(k) and _header_text(v) for k, v in headers.items()
        ):
            raise InputError("headers", "must map printable ASCII names to printable ASCII values")
        changes["headers"] = {**source._headers, **headers}
    if timeout is not None:
        changes["timeout"] = check_timeout(timeout)
    copy: ClientT = evolve(source, **changes)
    return copy


def _header_text(value: object) -> bool:
    return isinstance(value, str) and value.isascii() and value.isprintable()
