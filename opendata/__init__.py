"""Open data: the read API under /api/v1/ (JSON and CSV, with its OpenAPI document).

May import core and the domain apps' selectors; nothing imports opendata.
"""
