"""The SettleGo simulator's business rules (see rules.py for the assembled class)."""

from corridor.simulator.settlego.rules import DEFAULT_API_KEY, DEFAULT_LOGIN_ID, SettleGoRules

__all__ = ["DEFAULT_API_KEY", "DEFAULT_LOGIN_ID", "SettleGoRules"]
