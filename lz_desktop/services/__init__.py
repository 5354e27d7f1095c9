"""Use cases: one function per thing a clerk does, each one transaction."""
