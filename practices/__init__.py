"""Inspiring practices: the library, sharing a practice and its moderation.

Imports search, catalogue and core; independent of guides."""
