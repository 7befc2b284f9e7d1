"""`make soak`: a mixed read and write load on gunicorn, on SQLite and PostgreSQL.

Anonymous people read and search; visitors share practices ("Deel je praktijk"); signed-in
screeners save drafts; curators moderate practices and rename a theme in the admin. Every
write is checked against the database afterwards (lost writes), and the figures go to
docs/benchmarks.md. Traffic goes only to 127.0.0.1 and is bounded in count and time.
Run with `python -m loadtest` (see `make soak`); not part of the test suite's run.
"""
