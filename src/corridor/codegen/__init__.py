"""corridor's additions to openapi-python-client, used by `corridor.generation`.

`client_generator` runs the pinned openapi-python-client with exact decimals for
`format: decimal` numbers, success-only `sync`/`asyncio`, `iterate`/`aiterate` for every
operation with `x-corridor-pagination`, and each call's retry rule from the spec's other
`x-corridor-*` extensions; `templates/` holds the templates that differ from its own.
"""
