"""The public names of each facade, pinned (like stripe-python's test_exports).

A name added to or removed from a facade's `__all__` is an API change: this test makes it a
deliberate one. The front door every facade shares is checked separately, so a provider that
lacks part of it (sFOX has no webhooks, Sentbe no documented host) says so here.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

import corridor.errors
from corridor.kit.connection import with_options
from corridor.kit.retries import Retries

FRONT_DOOR = {
    "connect",
    "connect_async",
    "with_options",
    "Retries",
    "NO_RETRIES",
    "api",
    "client_models",
    "models",
    "AuthenticatedClient",
    "Client",
}

EXPORTS = {
    "settlego": FRONT_DOOR
    | {
        "PRODUCTION_URL",
        "SANDBOX_URL",
        "webhooks",
        "logout",
        "session_of",
        "SettleGoSession",
        "SettleGoError",
        "SettleGoAuthenticationError",
        "SettleGoRateLimitError",
        "SettleGoDuplicateError",
        "SettleGoMalformedAnswerError",
        "SettleGoWebhookError",
        "SettleGoWebhookSignatureError",
    },
    "sfox": FRONT_DOOR
    | {
        "PRODUCTION_URL",
        "SANDBOX_URL",
        "STAGING_URL",
        "BearerToken",
        "auth_of",
        "user_client",
        "user_client_async",
        "user_client_from_token",
        "create_transfer",
        "create_transfer_async",
        "new_transfer_id",
        "transfer_request",
        "SFoxError",
        "SFoxAuthenticationError",
        "SFoxRateLimitError",
        "SFoxDuplicateError",
        "SFoxMalformedAnswerError",
        "SFoxInputError",
    },
    "p100": FRONT_DOOR
    | {
        "PRODUCTION_URL",
        "SANDBOX_URL",
        "STAGING_URL",
        "webhooks",
        "codes",
        "API_KEY_HEADER",
        "ApiKeyAuth",
        "P100Error",
        "AccessDeniedError",
        "P100RateLimitError",
        "P100DuplicateError",
        "P100MalformedAnswerError",
        "P100WebhookError",
        "P100WebhookUnauthorized",
    },
    "sentbe": FRONT_DOOR
    | {
        "webhooks",
        "parse_callback",
        "SentbeAuth",
        "encrypt",
        "encrypt_text",
        "decrypt",
        "decrypt_text",
        "derive_key_and_iv",
        "SignatureError",
        "ERROR_MEANINGS",
        "SentbeErrorDetail",
        "SentbeError",
        "SentbeAuthenticationError",
        "SentbeRateLimitError",
        "SentbeDuplicateError",
        "SentbeMalformedAnswerError",
        "SentbeWebhookError",
        "SentbeWebhookUnauthorized",
    },
}

ERRORS = {
    "CorridorError",
    "ProviderError",
    "AuthenticationError",
    "RateLimitError",
    "DuplicateRequestError",
    "MalformedAnswerError",
    "TransportError",
    "TransportKind",
    "OutcomeUnknownError",
    "WebhookError",
    "WebhookAuthenticationError",
    "InputError",
}

# Which corridor.errors class each provider exception is, by the suffix of its name.
KINDS = {
    "AuthenticationError": corridor.errors.AuthenticationError,
    "AccessDeniedError": corridor.errors.AuthenticationError,
    "RateLimitError": corridor.errors.RateLimitError,
    "DuplicateError": corridor.errors.DuplicateRequestError,
    "MalformedAnswerError": corridor.errors.MalformedAnswerError,
    "WebhookError": corridor.errors.WebhookError,
    "WebhookSignatureError": corridor.errors.WebhookAuthenticationError,
    "WebhookUnauthorized": corridor.errors.WebhookAuthenticationError,
    "InputError": corridor.errors.InputError,
}


@pytest.mark.parametrize("provider", sorted(EXPORTS))
def test_each_facade_exports_exactly_its_pinned_names(provider: str) -> None:
    facade = importlib.import_module(f"corridor.{provider}")
    assert set(facade.__all__) == EXPORTS[provider]
    assert all(hasattr(facade, name) for name in facade.__all__)


def test_corridor_errors_exports_exactly_the_tree() -> None:
    assert set(corridor.errors.__all__) == ERRORS


@pytest.mark.parametrize("provider", sorted(EXPORTS))
def test_every_exception_a_facade_exports_is_in_the_one_tree(provider: str) -> None:
    facade = importlib.import_module(f"corridor.{provider}")
    exceptions = [
        getattr(facade, name)
        for name in facade.__all__
        if inspect.isclass(getattr(facade, name))
        and issubclass(getattr(facade, name), BaseException)
    ]
    assert exceptions
    for exception in exceptions:
        assert issubclass(exception, corridor.errors.CorridorError), exception
        kind = next(
            (cls for suffix, cls in KINDS.items() if exception.__name__.endswith(suffix)), None
        )
        if kind is not None:
            assert issubclass(exception, kind), exception
        elif issubclass(exception, corridor.errors.ProviderError):
            assert exception.provider != corridor.errors.ProviderError.provider


@pytest.mark.parametrize("provider", sorted(EXPORTS))
def test_the_front_door_is_the_same_everywhere(provider: str) -> None:
    facade = importlib.import_module(f"corridor.{provider}")
    connect = inspect.signature(facade.connect)
    connect_async = inspect.signature(facade.connect_async)
    assert inspect.iscoroutinefunction(facade.connect_async)
    assert list(connect.parameters) == list(connect_async.parameters)
    for name in ("base_url", "timeout", "retries", "httpx_args"):
        assert connect.parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert connect.parameters["retries"].default == Retries()
    assert facade.with_options is with_options
    if hasattr(facade, "SANDBOX_URL"):
        # sandbox unless production is asked for
        assert connect.parameters["base_url"].default == facade.SANDBOX_URL
        assert facade.SANDBOX_URL != facade.PRODUCTION_URL
    else:
        # Sentbe's docs give no host at all: the caller must say where to go
        assert connect.parameters["base_url"].default is inspect.Parameter.empty


@pytest.mark.parametrize("provider", ["settlego", "p100", "sentbe"])
def test_webhooks_receive_takes_body_headers_secret_everywhere(provider: str) -> None:
    receive = inspect.signature(importlib.import_module(f"corridor.{provider}").webhooks.receive)
    positional = [
        name
        for name, parameter in receive.parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert positional == ["body", "headers", "secret"]


def test_sfox_has_no_webhooks_because_its_docs_describe_none() -> None:
    facade = importlib.import_module("corridor.sfox")
    assert not hasattr(facade, "webhooks")


LAZY = """
import sys
import corridor.settlego, corridor.sfox, corridor.p100, corridor.sentbe
heavy = ["pydantic", *(f"{{p}}_models" for p in {providers!r})]
print(sorted(name for name in heavy if name in sys.modules))
from corridor import {provider}
models = {provider}.models
print(models.__name__, {provider}.models is sys.modules["{provider}_models"])
from corridor.{provider} import models as again
print(again is models)
"""


@pytest.mark.parametrize("provider", sorted(EXPORTS))
def test_models_are_imported_on_first_read_not_with_the_facade(provider: str) -> None:
    # Building the pydantic models is most of a facade's import time; a service that only
    # calls the API never reads them (issue 16: the four facades import in under a second).
    script = LAZY.format(provider=provider, providers=sorted(EXPORTS))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["[]", f"{provider}_models True", "True"]


@pytest.mark.parametrize("provider", sorted(EXPORTS))
def test_a_name_a_facade_lacks_is_still_an_attribute_error(provider: str) -> None:
    facade = importlib.import_module(f"corridor.{provider}")
    with pytest.raises(AttributeError, match=f"corridor.{provider}.*no_such_name"):
        _ = facade.no_such_name
    assert not hasattr(facade, "no_such_name")
