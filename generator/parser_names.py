"""openapi-python-client's rule for two properties with one Python name, with a last step it lacks.

When two properties of a model make the same Python name, the parser tries their raw names without
snake-casing; if those still agree it drops the whole model ("Properties ... have the same python_name")
and every model and answer using it. GitHub's `reaction-rollup` has `+1` and `-1` (both `field_1`): the
issue, comment and timeline models went with it. The stock rule runs first, unchanged; only where it
gives up, a leading `+`/`-` is spelled `plus_`/`minus_`, and a name still taken is numbered (`_2`, ...).
The JSON keys are untouched: only the attribute names differ.

Hand-written because the parser offers no hook for naming: it calls the module-level
`_resolve_naming_conflict` by name, so `distinct_property_names()` swaps in a wrapper for the duration
of one parse (as `parser_copies.shallow_sort_parameters` does for another function).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from openapi_python_client.parser.properties import model_property

_LOCK = threading.Lock()
_STOCK = model_property._resolve_naming_conflict
_SIGNS = {"+": "plus_", "-": "minus_"}


def _resolve(first: Any, second: Any, config: Any) -> Any:
    error = _STOCK(first, second, config)
    if error is None:
        return None
    for prop in (first, second):
        getter = getattr(prop.name, "get_untrusted_value", None)  # the parser wraps spec text
        raw = str(getter() if getter else prop.name)
        if raw[:1] in _SIGNS:
            prop.set_python_name(_SIGNS[raw[0]] + raw[1:], config=config, skip_snake_case=True)
    n = 2
    base = str(first.python_name)
    while str(first.python_name) == str(second.python_name):
        first.set_python_name(f"{base}_{n}", config=config, skip_snake_case=True)
        n += 1
    return None


@contextlib.contextmanager
def distinct_property_names() -> Iterator[None]:
    """Within the block, two properties of one Python name are told apart instead of dropping the model."""
    with _LOCK:
        model_property._resolve_naming_conflict = _resolve
        try:
            yield
        finally:
            model_property._resolve_naming_conflict = _STOCK
