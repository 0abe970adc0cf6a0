"""Response metadata on parsed models, for SDKs whose users expect it there (civis-python's Response).

A model class that also derives from `ResponseMetadata` exposes the headers and rate-limit state of the
HTTP response it was parsed from; the HTTP client attaches the response to the top-level model it
returns (it calls `_sdk_attach_response` on any value that has it). Nested models, and models built by the
caller, report None. Like civis-python's Response, such a model also answers item access:
`model["id"]` or `model["createdAt"]` is the field under its Python or wire name (the generated
`__getitem__`/`__contains__` call `field_item`/`has_field_item` below before the model's additional
properties). Shipped only in SDKs whose sdk.yaml sets `response_metadata`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar, cast

import httpx

from ._types import Unset, _wire_table
from .raw_response import RateLimit, parse_rate_limit

_ATTRIBUTE = "_sdk_http_response"


class ResponseMetadata:
    """Mixin: `.headers`, `.rate_limit` and `.calls_remaining` of the response a model came from."""

    @property
    def headers(self) -> httpx.Headers | None:
        """The response's headers (None for a model that was not returned by a call)."""
        response = self.__dict__.get(_ATTRIBUTE)
        return response.headers if isinstance(response, httpx.Response) else None

    @property
    def rate_limit(self) -> RateLimit | None:
        """Limit, remaining and reset from the `X-RateLimit-*` headers, when the API sent them."""
        headers = self.headers
        return parse_rate_limit(headers) if headers is not None else None

    @property
    def calls_remaining(self) -> int | None:
        """Requests left in the current rate-limit window (civis-python's name)."""
        rate_limit = self.rate_limit
        return rate_limit.remaining if rate_limit is not None else None

    def _sdk_attach_response(self, response: httpx.Response) -> None:
        """Record the response this model was parsed from (called by the HTTP client)."""
        self.__dict__[_ATTRIBUTE] = response


def _attribute(model: object, key: str) -> str | None:
    """The attribute behind `key`, a field's Python name or its wire name (None: no such field)."""
    fields = getattr(type(model), "__attrs_attrs__", ())
    names = {f.name for f in fields} - {"additional_properties"}
    if key in names:
        return key
    table = _wire_table(type(model))
    if table is not None:
        for python, wire in table[0].items():
            if wire == key and python in names:
                return python
    return None


_V = TypeVar("_V")


def field_item(model: object, key: str, extra: Mapping[str, _V]) -> _V:
    """`model[key]`: a field given in the response (by Python or wire name), else an additional property.

    Typed as the model's additional properties are (what its `__getitem__` declares); a model whose
    additional properties are typed (a map of one model) rarely has fields of its own."""
    name = _attribute(model, key)
    if name is not None:
        value = getattr(model, name)
        if not isinstance(value, Unset):
            return cast(_V, value)
    return extra[key]


def has_field_item(model: object, key: str, extra: Mapping[str, object]) -> bool:
    """`key in model`: a field the response gave (by Python or wire name), or an additional property."""
    name = _attribute(model, key)
    if name is not None and not isinstance(getattr(model, name), Unset):
        return True
    return key in extra
