"""Docs coverage: how much of each provider's documentation its spec covers (`corridor report`).

`inventory.py` reads what the docs name (`specs/inventory/<provider>.yaml`) and compares it with
the spec, `examples.py` validates every example a spec carries, `discrepancies.py` gathers where
the docs contradict themselves (`x-docs-discrepancy`, and `specs/DISCREPANCIES.md` written from
it), and `report.py` puts them together per provider.
"""
