"""Step-by-step guides for must-use apps, shown on tool pages and in search.

May import search, catalogue and core; independent of practices."""
