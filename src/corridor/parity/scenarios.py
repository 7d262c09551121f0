"""What a parity run sends: per provider, deterministic scenarios of the documented flows.

A scenario is a list of steps run in order against one side (the target, or a fresh simulator):
requests named by operationId, whose inputs may refer to earlier answers of the same side
(`Ref`), so each side works with the ids it assigned itself; waits that watch an object's status
change over time; and funding, which only a side with a control API can do. Each provider's
scenarios live in its own folder (`corridor/providers/<name>/scenarios.py`, as `PLAN`) and are
built from that provider's harness and spec.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from corridor.providers.entry import Provider, load
from corridor.spec import load_spec


@dataclass(frozen=True)
class Ref:
    """A value taken from an earlier step's decoded answer on the same side: `pointer` is a
    JSON pointer into it ("" is the whole answer)."""

    step: str
    pointer: str = ""


@dataclass(frozen=True)
class Tagged:
    """Text unique to one run (`{run}` replaced by the run's tag), for the values a real
    service keeps unique across runs (external ids, e-mail addresses)."""

    template: str


@dataclass(frozen=True)
class Request:
    """One request of a documented operation. `path`, `query`, `json` and `headers` may hold
    `Ref`s and `Tagged` values anywhere; the request is signed with the sign-in's headers of
    the operation's security unless `signed` is False."""

    name: str
    operation: str
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    headers: Mapping[str, Any] = field(default_factory=dict)
    signed: bool = True


@dataclass(frozen=True)
class Wait:
    """An object's status over time: `read` is sent after every `every` seconds, for `seconds`
    in all, and the distinct statuses found at `status` (a JSON pointer) make its sequence. A
    simulator's clock is advanced; a service without one is polled in real time."""

    name: str
    read: Request
    status: str
    seconds: float
    every: float
    final: frozenset[str] = frozenset()  # statuses after which nothing changes any more


@dataclass(frozen=True)
class Fund:
    """Money arriving from outside, through a simulator's control API; a real service is
    funded beforehand, so the step is left out there (and the report says so)."""

    name: str
    currency: str
    amount: str
    owner: Any = None


@dataclass(frozen=True)
class Act:
    """One of a simulator's control actions (something only the provider's staff or an end
    user does, such as verifying a recipient), with `fields` (which may hold `Ref`s); a real
    service has it done otherwise, so the step is left out there, as funding is."""

    name: str
    action: str
    fields: Mapping[str, Any] = field(default_factory=dict)


Step = Request | Wait | Fund | Act


@dataclass(frozen=True)
class Scenario:
    name: str
    flow: str  # the documented flow it covers, in a few words
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class ParityPlan:
    """A provider's scenarios and what the comparison needs to know about its wire."""

    scenarios: tuple[Scenario, ...]
    # the provider's own error code in a decoded error answer, or None
    error_code: Callable[[Any], str | None]
    # settings of a webhook listener for its control API (beside "url"); None: no webhooks
    listener: Callable[[], Mapping[str, Any]] | None = None


def plan_of(provider: Provider) -> ParityPlan:
    """The provider's `PLAN`, from the `scenarios` module beside its harness."""
    if provider.harness_path is None:
        raise KeyError(f"{provider.title} has no harness, so no parity scenarios")
    package = provider.harness_path.partition(":")[0].rpartition(".")[0]
    try:
        plan: ParityPlan = load(f"{package}.scenarios:PLAN")
    except (ModuleNotFoundError, AttributeError) as error:
        if isinstance(error, ModuleNotFoundError) and error.name != f"{package}.scenarios":
            raise
        raise KeyError(f"{provider.title} has no parity scenarios yet") from None
    return plan


def documented(
    provider: str, operation: str, example: str | None = None, **fields: Any
) -> dict[str, Any]:
    """The JSON request example of `operation` in the provider's spec (the first, or the one
    named), with `fields` replaced: the docs' own request, pointed at objects that exist."""
    for item in load_spec(provider)["paths"].values():
        for found in item.values():
            if isinstance(found, dict) and found.get("operationId") == operation:
                content = next(iter(found["requestBody"]["content"].values()))
                examples = content["examples"]
                chosen = examples[example or next(iter(examples))]["value"]
                return {**copy.deepcopy(chosen), **fields}
    raise KeyError(f"no operation {operation!r} in the {provider} spec")
