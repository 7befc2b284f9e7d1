import pytest


@pytest.mark.browser
def test_home_renders_in_chromium_and_passes_axe(page, live_server, axe_violations):
    page.goto(live_server.url + "/nl/")
    assert page.locator("h1").inner_text()
    assert axe_violations(page) == []
