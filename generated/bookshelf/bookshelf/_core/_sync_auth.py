"""The OAuth2 client-credentials flow of sync clients.

GENERATED from `_async_auth.py` by `python -m generator.runtime_unasync`; edit that file, not this one.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import threading

    from .auth import OAuth2ClientCredentials

__all__ = ["oauth2_flow"]


def oauth2_flow(
    auth: OAuth2ClientCredentials, lock: threading.Lock, request: httpx.Request
) -> Generator[httpx.Request, httpx.Response]:
    """Fetch the token if needed (under ``lock``: one fetch at a time), send the request, retry once on 401."""
    fetched = False
    with lock:
        token = auth._current_token()
        if token is None:
            token_response = yield auth._token_request(request)
            token_response.read()
            token = auth._store(token_response)
            fetched = True
    request.headers["Authorization"] = f"Bearer {token}"
    response = yield request
    if response.status_code != 401 or fetched:
        return
    with lock:
        if auth._token == token:
            auth.invalidate()
        fresh = auth._current_token()
        if fresh is None:
            token_response = yield auth._token_request(request)
            token_response.read()
            fresh = auth._store(token_response)
    request.headers["Authorization"] = f"Bearer {fresh}"
    yield request
