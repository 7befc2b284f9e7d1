"""Inspiring practices: the library, sharing a practice and its moderation.

May import search, catalogue and core; independent of guides."""
