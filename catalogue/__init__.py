"""The catalogue: tools and their taxonomies, home page, filtered listing, tool page.

Imports only core; other apps use it through its services, selectors and models."""
