"""Seed data of the catalogue, loaded by `catalogue.seeding.load_seed`.

`taxonomies` holds the terms (purposes, platforms, languages, ...); `tools` holds the tools
named in the dossier "Inspirerend digitaal sociaal werk" (SAM / Arteveldehogeschool).
"""
