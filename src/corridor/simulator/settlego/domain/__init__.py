"""SettleGo's business state and rules: typed methods and named refusals, no HTTP."""
