"""docs/security.md stays true to the code: every test it names exists."""

import re

from .test_settings import BASE_DIR


def test_every_test_named_in_the_security_document_exists():
    document = (BASE_DIR / "docs" / "security.md").read_text(encoding="utf-8")
    current, named, missing = None, 0, []
    for cell in re.findall(r"`([^`]+)`", document):
        if match := re.fullmatch(r"([a-z_]+/tests/\w+\.py)(?:::(\w+))?", cell):
            current, test = match.groups()
        elif match := re.fullmatch(r"::(\w+)", cell):
            test = match.group(1)
        else:
            continue
        path = BASE_DIR / current
        named += 1
        if not path.exists() or (test and f"def {test}(" not in path.read_text(encoding="utf-8")):
            missing.append(f"{current}::{test}")
    assert named > 40, "the document names too few tests: the pattern is broken"
    assert missing == []
