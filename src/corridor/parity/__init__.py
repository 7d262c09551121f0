"""`corridor parity`: the same scenarios against a simulator and a provider's sandbox, and a
report of every difference (`command.py`). Scenarios are per provider (`scenarios.py` the
types, each provider's `corridor/providers/<name>/scenarios.py` its own), run per side
(`runner.py`, `sides.py`), compared after normalisation (`comparison.py`), kept and replayed as
HAR cassettes (`cassettes.py`) and reported (`report.py`)."""
