"""One worker of `corridor simulate --workers N`: `serve()` on a listening socket it inherits.

    python -m corridor.simulator.worker_process FD PROVIDER OPTIONS_JSON

The supervisor (`workers.py`) binds the socket before it starts the worker and hands it over
by file descriptor, so no other process can take the port in between. OPTIONS_JSON holds
`serve()`'s keyword arguments (seed, faults, rate_limit, state and the world options), passed
through unchanged.
"""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path
from typing import Any

from corridor.simulator.server import serve
from corridor.simulator.state_store import StateFileError

# a worker refused its state file: the supervisor reports it as `--state` is reported alone
STATE_REFUSED = 2


def main(argv: list[str]) -> int:
    fd, provider, options_json = argv
    options: dict[str, Any] = json.loads(options_json)
    if options.get("state") is not None:
        options["state"] = Path(options["state"])
    listener = socket.socket(fileno=int(fd))
    host, port = listener.getsockname()[:2]
    try:
        serve(provider, host=host, port=port, listener=listener, **options)
    except KeyboardInterrupt:  # SIGINT: uvicorn stopped serving, nothing left to do
        return 0
    except StateFileError as error:
        print(f"--state: {error}", file=sys.stderr, flush=True)
        return STATE_REFUSED
    except Exception as error:  # the supervisor reports the last line of this worker's output
        print(f"{type(error).__name__}: {error}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
