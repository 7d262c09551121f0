"""sFOX Connect sends no webhooks: its docs describe none, so the simulator emits no events."""

EVENTS: tuple[str, ...] = ()
