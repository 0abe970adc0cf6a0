"""openapi-python-client's `Endpoint.sort_parameters`, without its deep copy of the whole operation.

`Endpoint.sort_parameters` starts with `deepcopy(endpoint)`, then sorts `endpoint.path_parameters`
in place and rebinds `endpoint.path`. By then the endpoint holds every parameter, body and response
property with their whole model trees, so the copy was a quarter of the generation time on the real
Civis spec. The only state the function changes is that one list and that one attribute, so a copy of
the endpoint with its own containers (lists, sets, dicts) is as safe as the deep copy.

The stock function still does the work: `shallow_sort_parameters()` wraps it, for the duration of
one parse, so that the endpoint it receives is a `_ShallowCopied` endpoint whose `__deepcopy__`
returns a plain `Endpoint` with copied containers. Nothing is copied from the library; its code runs
unchanged. Hand-written because the library offers no hook for this (it calls the static method by
name from `EndpointCollection.from_data`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterator
from typing import Any

from openapi_python_client.parser.errors import ParseError
from openapi_python_client.parser.openapi import Endpoint

_LOCK = threading.Lock()
_FIELDS = tuple(f.name for f in dataclasses.fields(Endpoint))


def _fields(endpoint: Endpoint) -> dict[str, Any]:
    values = {name: getattr(endpoint, name) for name in _FIELDS}
    return {k: v.copy() if isinstance(v, list | set | dict) else v for k, v in values.items()}


class _ShallowCopied(Endpoint):
    """An endpoint whose deep copy is a plain `Endpoint` sharing its properties, with its own containers."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Endpoint:
        return Endpoint(**_fields(self))


_STOCK = Endpoint.sort_parameters


def _sort_parameters(*, endpoint: Endpoint) -> Endpoint | ParseError:
    return _STOCK(endpoint=_ShallowCopied(**_fields(endpoint)))


@contextlib.contextmanager
def shallow_sort_parameters() -> Iterator[None]:
    """Within the block, `Endpoint.sort_parameters` copies the endpoint shallowly (see the module docstring)."""
    with _LOCK:  # one parse at a time installs and restores the wrapper
        Endpoint.sort_parameters = staticmethod(_sort_parameters)  # type: ignore[method-assign]
        try:
            yield
        finally:
            Endpoint.sort_parameters = staticmethod(_STOCK)  # type: ignore[method-assign]
