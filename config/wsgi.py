import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# Every page names its static files through the manifest: without it, refuse to start (the
# process manager and the load balancer see that) rather than answer every page with 500.
from core.health import require_static_manifest  # noqa: E402 - needs the configured app

require_static_manifest()
