"""Dutch-first full-text search over the catalogue, registered as its listing's text search.

Imports catalogue and core only."""
