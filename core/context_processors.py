"""Values every template may need, defined once in Python."""

from .forms import SEARCH_TEXT_MAX_LENGTH


def text_limits(request):
    """The search boxes' `maxlength`, the same limit the views cut the text to."""
    return {"search_text_max_length": SEARCH_TEXT_MAX_LENGTH}
