"""Open screening: quality framework, two-person workflow, submissions, curators' pages.

May import practices, search, catalogue and core; no app imports it."""
