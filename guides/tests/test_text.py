from guides.text import render_plain_text


def test_paragraphs_and_line_breaks():
    assert render_plain_text("Een\ntwee\n\nDrie") == "<p>Een<br>twee</p>\n<p>Drie</p>"


def test_dash_lines_become_a_list():
    text = "Verwijs door als:\n- de kaart kwijt is;\n- de app niet werkt."
    assert render_plain_text(text) == (
        "<p>Verwijs door als:</p><ul><li>de kaart kwijt is;</li><li>de app niet werkt.</li></ul>"
    )


def test_everything_is_escaped():
    html = render_plain_text('<script>alert("x")</script>\n- <b>vet</b>')
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "<li>&lt;b&gt;vet&lt;/b&gt;</li>" in html


def test_empty_text_gives_nothing():
    assert render_plain_text("") == ""
    assert render_plain_text(None) == ""
    assert render_plain_text(" \r\n ") == ""
