import pytest

from screening.roles import roles_ensure
from screening.seeding import framework_v1_ensure


@pytest.fixture
def framework(db):
    roles_ensure()
    return framework_v1_ensure()


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    # PBKDF2 is slow on purpose; these tests log people in, they do not test hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _dutch():
    # Requests to /fr/ or /en/ leave their language active in the thread; service messages
    # and stored texts in these tests are the Dutch source strings.
    from django.utils import translation

    with translation.override("nl"):
        yield
