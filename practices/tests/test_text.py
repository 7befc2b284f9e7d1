from practices.text import clean_line, clean_text, render_markdown


def test_clean_text_normalises_and_removes_control_characters():
    # NUL (refused by PostgreSQL), escape codes and CR are removed; NFC composes é.
    assert clean_text("a\x00b\x1b[31m\r\ncafe\u0301") == "ab[31m\ncafé"


def test_clean_text_keeps_scripts_emoji_and_joiners():
    text = "مرحبا 👩\u200d💻 \u200fשלום z\u0351"
    assert clean_text(text) == text


def test_clean_line_folds_whitespace():
    assert clean_line("  een\n\ttitel  ") == "een titel"


def test_markdown_keeps_the_allow_list_only():
    html = render_markdown(
        "**vet** <script>alert(1)</script><img src=x onerror=alert(1)>"
        "[ok](https://example.org) [bad](javascript:alert(1))"
    )
    assert "<strong>vet</strong>" in html
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as typed
    assert '<a href="https://example.org" rel="nofollow ugc noopener">ok</a>' in html
    assert "javascript:" not in html


def test_markdown_lists_quotes_and_line_breaks():
    html = render_markdown("> een citaat\n\n- een\n- twee\n\nregel 1\nregel 2 a < b")
    assert "<blockquote>" in html and "<li>een</li>" in html
    assert "regel 1<br>" in html and "a &lt; b" in html


def test_markdown_of_empty_text_is_empty():
    assert render_markdown("") == ""
