"""Response metadata on parsed models, for SDKs whose users expect it there (civis-python's Response).

A model class that also derives from `ResponseMetadata` exposes the headers and rate-limit state of the
HTTP response it was parsed from; the HTTP client attaches the response to the top-level model it
returns (it calls `_sdk_attach_response` on any value that has it). Nested models, and models built by the
caller, report None. Shipped only in SDKs whose sdk.yaml sets `response_metadata`.
"""

from __future__ import annotations

import httpx

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
