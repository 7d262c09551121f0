"""A world's whole state as bytes, and back: what `--state` stores between journal entries.

A snapshot is a header (a magic line and the format version) followed by a pickle (protocol 5)
of the parts that hold a world's state: the provider's simulator (its domain, dialect and bound
handlers), the shared services (clock, scheduler with its pending changes, seeded ids, outbox
with its pending deliveries), the fault plan and the rate limiter. The compiled pipeline and the
control app are not state: they are made again from the spec when a world is rebuilt.

Everything in those parts is data: scheduled changes are methods with arguments, owner
functions are `OwnedBy`, a ticking clock saves the simulated now and ticks on from it, and
what belongs to one process (the webhook transport, key objects) is dropped or saved in a
portable form by the part's own `__getstate__`.

Unpickling runs code named in the blob, so a snapshot is read only from where the server itself
wrote it (its state file). The reader resolves names from corridor's own modules and a few
standard ones only, which refuses a foreign pickle plainly; it is not a sandbox.
"""

from __future__ import annotations

import gc
import io
import pickle
import struct
from typing import TYPE_CHECKING, Any

from corridor.simulator.definition import Services, WorldState
from corridor.simulator.faults import FaultPlan, RateLimiter

if TYPE_CHECKING:
    from corridor.simulator.engine import Simulator

MAGIC = b"corridor world snapshot\n"
FORMAT = 1  # raised whenever a saved part changes shape in a way older code cannot read
_VERSION = struct.Struct(">I")
_HEADER_SIZE = len(MAGIC) + _VERSION.size

# Where the classes and functions a world's state is made of live, beside corridor's own.
_STANDARD_MODULES = frozenset(
    {
        "builtins",
        "collections",
        "copyreg",
        "datetime",
        "decimal",
        "enum",
        "functools",
        "operator",
        "random",
        "_operator",
        "_random",
        "_decimal",
        "_datetime",
        "_functools",
    }
)
# builtins a pickle of plain data and bound methods needs; not eval, exec, open, __import__...
_BUILTINS = frozenset(
    {
        "getattr",
        "set",
        "frozenset",
        "dict",
        "list",
        "tuple",
        "bytearray",
        "bytes",
        "complex",
        "int",
        "float",
        "str",
        "bool",
        "object",
        "slice",
        "range",
    }
)


class SnapshotError(ValueError):
    """A blob that cannot be restored as a world; the message is one line saying why."""


def capture(simulator: Simulator) -> bytes:
    """The world `simulator` holds, as a snapshot."""
    parts = (simulator.provider, simulator.services, simulator.faults, simulator.rate_limiter)
    try:
        body = pickle.dumps(parts, protocol=5)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        # a part holding something only one process has (a closure, an open connection)
        raise SnapshotError(f"the world cannot be saved: {_one_line(error)}") from None
    return MAGIC + _VERSION.pack(FORMAT) + body


def restore(blob: bytes) -> WorldState:
    """The world a snapshot holds; SnapshotError when the blob is not a snapshot, is of a
    newer format than this corridor reads, or is damaged."""
    if not isinstance(blob, bytes | bytearray | memoryview):
        raise SnapshotError("a snapshot is bytes")
    data = bytes(blob)
    if not data.startswith(MAGIC):
        raise SnapshotError("not a corridor world snapshot (its header is missing)")
    if len(data) < _HEADER_SIZE:
        raise SnapshotError("the snapshot is cut off inside its header")
    (version,) = _VERSION.unpack_from(data, len(MAGIC))
    if version > FORMAT:
        raise SnapshotError(
            f"the snapshot is format {version}, newer than this corridor reads ({FORMAT}): "
            "upgrade corridor to restore it"
        )
    if version < 1:
        raise SnapshotError(f"the snapshot names format {version}, which never existed")
    # Loading makes millions of objects and no garbage: the collector, left on, walks the
    # growing heap again and again (restoring 100,000 objects takes three times as long).
    collecting = gc.isenabled()
    gc.disable()
    try:
        parts = _Reader(io.BytesIO(data[_HEADER_SIZE:])).load()
    except SnapshotError:
        raise
    except Exception as error:  # any way a pickle fails to load is a damaged snapshot
        raise SnapshotError(f"the snapshot is damaged: {_one_line(error)}") from None
    finally:
        if collecting:
            gc.enable()
    return _world(parts)


def rebuild(definition_name: str, state: WorldState, **options: Any) -> Simulator:
    """A simulator of the provider `definition_name` serving the restored `state` (`options`
    as for `simulate`: strict, webhook_transport, handlers; a clock is the world's own)."""
    from corridor.simulator import definition_of
    from corridor.simulator.engine import Simulator

    definition = definition_of(definition_name)
    expected = definition.build.__module__.split(".")[:3]
    if type(state.provider).__module__.split(".")[:3] != expected:
        raise SnapshotError(
            f"the snapshot holds a {_provider_label(state.provider)} world, "
            f"not a {expected[-1]} one"
        )
    options.pop("clock", None)
    return Simulator(definition, state=state, **options)


class _Reader(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        allowed = (
            module == "corridor"
            or module.startswith("corridor.")
            or (module in _STANDARD_MODULES and (module != "builtins" or name in _BUILTINS))
        )
        if not allowed:
            raise SnapshotError(f"the snapshot names {module}.{name}, which no world holds")
        return super().find_class(module, name)


def _world(parts: Any) -> WorldState:
    if not isinstance(parts, tuple) or len(parts) != 4:
        raise SnapshotError("the snapshot does not hold a world's parts")
    provider, services, faults, rate_limiter = parts
    if not isinstance(services, Services) or not isinstance(faults, FaultPlan):
        raise SnapshotError("the snapshot does not hold a world's services and fault plan")
    if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
        raise SnapshotError("the snapshot's rate limiter is not one")
    if not hasattr(provider, "dialect") or not hasattr(provider, "handlers"):
        raise SnapshotError("the snapshot does not hold a provider's simulator")
    return WorldState(provider, services, faults, rate_limiter)


def _provider_label(provider: object) -> str:
    return type(provider).__module__.rsplit(".", 1)[-1]


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


__all__ = ["FORMAT", "SnapshotError", "WorldState", "capture", "rebuild", "restore"]
