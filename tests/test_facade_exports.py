"""The public names of each facade, pinned (like stripe-python's test_exports), and one shape.

A name added to or removed from a facade's `__all__` is an API change: this test makes it a
deliberate one. `SURFACE` pins the shape the four share: the same concept has the same name in
every facade, and where a provider lacks one, the reason is written next to it (sFOX's docs
describe no webhooks, Sentbe's give no host). Below it: the same `connect`, the same
`webhooks.receive`, `iterate`/`aiterate` on every list operation, and no `Any` in what a
generated call returns.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import typing
import warnings
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

import corridor.errors
from corridor.kit.connection import with_options
from corridor.kit.retries import Retries
from corridor.spec import iter_operations, load_spec

PROVIDERS = ("settlego", "sfox", "p100", "sentbe")
PREFIX = {"settlego": "SettleGo", "sfox": "SFox", "p100": "P100", "sentbe": "Sentbe"}
NO_WEBHOOKS = "sFOX Connect's docs describe no webhooks"
NO_HOST = "Sentbe's docs publish no host: base_url is required"

# concept -> its name in every facade ("{P}" is the provider's prefix), or, for a provider
# without it, why not.
SURFACE: dict[str, str | dict[str, str]] = {
    "sign in, sync": "connect",
    "sign in, async": "connect_async",
    "per-call options": "with_options",
    "retry policy": "Retries",
    "no retries": "NO_RETRIES",
    "generated operations": "api",
    "generated request/response classes": "client_models",
    "pydantic models": "models",
    "client class": "AuthenticatedClient",
    "unauthenticated client class": "Client",
    "sandbox host": {"sentbe": NO_HOST},
    "production host": {"sentbe": NO_HOST},
    "any refusal": "{P}Error",
    "credentials refused": "{P}AuthenticationError",
    "rate limited": "{P}RateLimitError",
    "idempotency handle already used": "{P}DuplicateError",
    "answer not as specified": "{P}MalformedAnswerError",
    "webhooks": {"sfox": NO_WEBHOOKS},
    "webhook to reject": {"sfox": NO_WEBHOOKS},
    "webhook proof refused": {"sfox": NO_WEBHOOKS},
}
# the names of the concepts whose name is given per provider above
NAMED = {
    "sandbox host": "SANDBOX_URL",
    "production host": "PRODUCTION_URL",
    "webhooks": "webhooks",
    "webhook to reject": "{P}WebhookError",
    "webhook proof refused": "{P}WebhookAuthenticationError",
}
# which corridor.errors class each error concept is
KINDS = {
    "any refusal": corridor.errors.ProviderError,
    "credentials refused": corridor.errors.AuthenticationError,
    "rate limited": corridor.errors.RateLimitError,
    "idempotency handle already used": corridor.errors.DuplicateRequestError,
    "answer not as specified": corridor.errors.MalformedAnswerError,
    "webhook to reject": corridor.errors.WebhookError,
    "webhook proof refused": corridor.errors.WebhookAuthenticationError,
}
# connect's credentials, named as each provider's docs name them
CREDENTIALS = {
    "settlego": ["login_id", "api_key"],
    "sfox": ["api_key"],
    "p100": ["api_key"],
    "sentbe": ["partner_id", "access_id", "secret_key"],
}
CONNECTION = ["base_url", "timeout", "retries", "httpx_args"]


def shared_names(provider: str) -> set[str]:
    """The facade's names for the concepts of `SURFACE` it has."""
    names = set()
    for concept, rule in SURFACE.items():
        name = rule if isinstance(rule, str) else None if provider in rule else NAMED[concept]
        if name is not None:
            names.add(name.format(P=PREFIX[provider]))
    return names


# What each facade has beyond the shared surface: its provider's own concepts.
OWN = {
    "settlego": {"logout", "session_of", "SettleGoSession"},
    "sfox": {
        "BearerToken",
        "auth_of",
        "user_client",
        "user_client_async",
        "user_client_from_token",
        "create_transfer",
        "create_transfer_async",
        "new_transfer_id",
        "transfer_request",
        "TransferFields",
    },
    "p100": {"codes", "API_KEY_HEADER", "ApiKeyAuth"},
    "sentbe": {
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
    },
}
EXPORTS = {provider: shared_names(provider) | OWN[provider] for provider in PROVIDERS}

# Names replaced by the shared ones: still readable, with a DeprecationWarning, never exported.
DEPRECATED = {
    "settlego": {"SettleGoWebhookSignatureError": "SettleGoWebhookAuthenticationError"},
    "sfox": {"STAGING_URL": "SANDBOX_URL", "SFoxInputError": "corridor.errors.InputError"},
    "p100": {
        "STAGING_URL": "SANDBOX_URL",
        "AccessDeniedError": "P100AuthenticationError",
        "P100WebhookUnauthorized": "P100WebhookAuthenticationError",
    },
    "sentbe": {"SentbeWebhookUnauthorized": "SentbeWebhookAuthenticationError"},
}
DEPRECATED_IN_MODULES = {
    "corridor.settlego.webhooks": {"WebhookError": "SettleGoWebhookError"},
    "corridor.p100.webhooks": {
        "WebhookError": "P100WebhookError",
        "WebhookUnauthorized": "P100WebhookAuthenticationError",
    },
    "corridor.sentbe.callbacks": {"CallbackError": "SentbeWebhookError"},
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


def facade(provider: str) -> ModuleType:
    return importlib.import_module(f"corridor.{provider}")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_facade_exports_exactly_its_pinned_names(provider: str) -> None:
    module = facade(provider)
    assert set(module.__all__) == EXPORTS[provider]
    assert all(hasattr(module, name) for name in module.__all__)


@pytest.mark.parametrize("concept", list(SURFACE))
def test_the_same_concept_has_the_same_name_in_every_facade(concept: str) -> None:
    rule = SURFACE[concept]
    missing = {} if isinstance(rule, str) else rule
    name = rule if isinstance(rule, str) else NAMED[concept]
    objects = {}
    for provider in PROVIDERS:
        expected = name.format(P=PREFIX[provider])
        module = facade(provider)
        if provider in missing:
            assert expected not in module.__all__, missing[provider]
            assert not hasattr(module, expected), missing[provider]
            continue
        assert expected in module.__all__
        objects[provider] = getattr(module, expected)
    if concept in KINDS:
        for provider, error in objects.items():
            assert issubclass(error, KINDS[concept]), (provider, error)
            assert issubclass(error, corridor.errors.CorridorError)
            if issubclass(error, corridor.errors.ProviderError):
                assert issubclass(error, facade(provider).__dict__[f"{PREFIX[provider]}Error"])


def test_corridor_errors_exports_exactly_the_tree() -> None:
    assert set(corridor.errors.__all__) == ERRORS


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_exception_a_facade_exports_is_a_shared_concept_or_its_own(provider: str) -> None:
    module = facade(provider)
    exceptions = {
        name
        for name in module.__all__
        if inspect.isclass(getattr(module, name))
        and issubclass(getattr(module, name), BaseException)
    }
    own_errors = {"sentbe": {"SignatureError"}}.get(provider, set())
    assert exceptions - own_errors <= shared_names(provider)
    for name in exceptions:
        assert issubclass(getattr(module, name), corridor.errors.CorridorError), name


@pytest.mark.parametrize("provider", PROVIDERS)
def test_bad_input_is_corridor_input_error_in_every_facade(provider: str) -> None:
    # one answer for all four: no provider has its own input error
    assert not [name for name in facade(provider).__all__ if name.endswith("InputError")]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_replaced_names_still_work_with_a_warning_naming_the_new_one(provider: str) -> None:
    module = facade(provider)
    for old, new in DEPRECATED[provider].items():
        assert old not in module.__all__
        with pytest.warns(DeprecationWarning, match=f"{old} is deprecated: use .*{new}"):
            value = getattr(module, old)
        owner, _, name = new.rpartition(".")
        assert value is getattr(importlib.import_module(owner) if owner else module, name)


@pytest.mark.parametrize("module_name", sorted(DEPRECATED_IN_MODULES))
def test_the_webhook_modules_short_error_names_still_work_with_a_warning(
    module_name: str,
) -> None:
    module = importlib.import_module(module_name)
    for old, new in DEPRECATED_IN_MODULES[module_name].items():
        with pytest.warns(DeprecationWarning, match=f"{old} is deprecated: use .*{new}"):
            assert getattr(module, old) is getattr(module, new)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_connect_takes_the_docs_credentials_by_name_then_the_same_options(provider: str) -> None:
    module = facade(provider)
    connect = inspect.signature(module.connect)
    connect_async = inspect.signature(module.connect_async)
    assert inspect.iscoroutinefunction(module.connect_async)
    assert list(connect.parameters) == CREDENTIALS[provider] + CONNECTION
    assert connect_async.parameters == connect.parameters
    for name in CREDENTIALS[provider]:
        assert connect.parameters[name].kind in (
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            inspect.Parameter.KEYWORD_ONLY,
        )
        assert connect.parameters[name].default is inspect.Parameter.empty
    for name in CONNECTION:
        assert connect.parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert connect.parameters["retries"].default == Retries()
    assert module.with_options is with_options
    if hasattr(module, "SANDBOX_URL"):
        # sandbox unless production is asked for
        assert connect.parameters["base_url"].default == module.SANDBOX_URL
        assert module.SANDBOX_URL != module.PRODUCTION_URL
    else:
        # Sentbe's docs give no host at all: the caller must say where to go
        assert connect.parameters["base_url"].default is inspect.Parameter.empty


WITH_WEBHOOKS = [provider for provider in PROVIDERS if provider != "sfox"]


@pytest.mark.parametrize("provider", WITH_WEBHOOKS)
def test_webhooks_receive_takes_body_headers_secret_and_expect_everywhere(provider: str) -> None:
    webhooks = facade(provider).webhooks
    receive = inspect.signature(webhooks.receive)
    positional = [
        name
        for name, parameter in receive.parameters.items()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    ]
    assert positional == ["body", "headers", "secret"]
    assert receive.parameters["expect"].kind is inspect.Parameter.KEYWORD_ONLY
    # each webhook of the spec by its name there, typed as its body's schema, in the union
    events = set(typing.get_args(webhooks.Event)) or {webhooks.Event}
    assert set(webhooks.WEBHOOKS.values()) <= events
    documented = {
        name: item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        for name, item in load_spec(provider)["webhooks"].items()
    }
    assert {
        name: f"#/components/schemas/{model.__name__}" for name, model in webhooks.WEBHOOKS.items()
    } == documented


def test_sfox_has_no_webhooks_because_its_docs_describe_none() -> None:
    module = facade("sfox")
    assert not hasattr(module, "webhooks")
    assert not load_spec("sfox").get("webhooks")
    assert "docs describe no webhooks" in " ".join((module.__doc__ or "").split())


# --- the generated calls ---------------------------------------------------------------------


# Operations named as lists whose answer is no list of items.
NOT_LISTS = {
    "listBanks": "Sentbe answers a map from bank code to bank, not a list: it has no items to page",
}


def is_list_operation(operation: dict[str, Any]) -> bool:
    """An operation that lists: its operationId says so, or its summary does (sFOX names some
    of its lists `get...`)."""
    named = str(operation.get("operationId", ""))
    if named in NOT_LISTS:
        return False
    return named.startswith("list") or str(operation.get("summary", "")).startswith("List")


def endpoints(provider: str) -> Iterator[ModuleType]:
    api = importlib.import_module(f"{provider}_client.api")
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        if not info.ispkg:
            yield importlib.import_module(info.name)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_list_operation_iterates_in_its_paging_style(provider: str) -> None:
    lists = {
        operation.operation_id
        for operation in iter_operations(load_spec(provider))
        if operation.kind == "path" and is_list_operation(operation.definition)
    }
    iterable = {
        module.OPERATION.name
        for module in endpoints(provider)
        if hasattr(module, "iterate") and hasattr(module, "aiterate")
    }
    assert lists
    assert lists == iterable


def _holds_any(annotation: object) -> bool:
    if annotation is Any or annotation == "Any":
        return True
    if isinstance(annotation, str):
        return "Any" in annotation.replace("JsonValue", "")
    return any(_holds_any(argument) for argument in typing.get_args(annotation))


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_generated_call_returns_any(provider: str) -> None:
    found = []
    for module in endpoints(provider):
        for name in ("sync", "asyncio", "iterate", "aiterate"):
            function = getattr(module, name, None)
            if function is not None:
                returned = inspect.signature(function).return_annotation
                if _holds_any(returned):
                    found.append(f"{module.__name__}.{name} -> {returned}")
    assert found == []


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


@pytest.mark.parametrize("provider", PROVIDERS)
def test_models_are_imported_on_first_read_not_with_the_facade(provider: str) -> None:
    # Building the pydantic models is most of a facade's import time; a service that only
    # calls the API never reads them (issue 16: the four facades import in under a second).
    script = LAZY.format(provider=provider, providers=sorted(PROVIDERS))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["[]", f"{provider}_models True", "True"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_name_a_facade_lacks_is_still_an_attribute_error(provider: str) -> None:
    module = facade(provider)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # and no deprecation warning for it either
        with pytest.raises(AttributeError, match=f"corridor.{provider}.*no_such_name"):
            _ = module.no_such_name
        assert not hasattr(module, "no_such_name")
