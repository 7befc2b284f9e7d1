"""Open screening: quality framework, two-person workflow, submissions, curators' pages.

Imports practices, search, catalogue (services and selectors) and core; nothing imports it."""
