"""Contract verification: Schemathesis runs of a provider's spec against a simulator or a sandbox.

`corridor verify` is the command-line face of this package; `contracts/` holds the pytest suites
that run the same checks plus the generated-client and invariant tests.
"""
