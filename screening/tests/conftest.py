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
