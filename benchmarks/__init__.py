"""`make bench`: synthetic and seed-shaped catalogues in databases of their own, page latency
and gunicorn requests/s; figures go to docs/benchmarks.md. Not part of the site."""
