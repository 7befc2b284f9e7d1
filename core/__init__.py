"""Shared infrastructure: content version and caches, rate limits, base templates, sign-in.

Imports no domain app (docs/architecture.md, checked by import-linter)."""
