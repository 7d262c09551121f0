"""Contract suites: the spec, the simulators, the generated clients and (optionally) a sandbox."""
