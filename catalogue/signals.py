"""Signals the catalogue sends for writes that bypass model saves.

`tools_changed` (keyword `tool_ids`): tools whose data a bulk write changed (e.g. a seed
step). Other apps that keep derived data per tool (the search index) listen to it; the
catalogue itself never imports them.
"""

from django.dispatch import Signal

tools_changed = Signal()
