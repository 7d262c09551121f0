"""corridor: typed clients, specs and contract tests for cross-border payment APIs."""

__version__ = "0.1.0"
