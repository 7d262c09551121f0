"""`corridor diff`: what changed between two versions of a spec, and what it breaks for a client."""
