"""The OAuth2 client-credentials flow of async clients; the source of `_sync_auth.py`.

`python -m generator.runtime_unasync` writes `_sync_auth.py` from this file (unasync: `async` and `await`
dropped, `aread` -> `read`, the `asyncio.Lock` a `threading.Lock`); edit this one and regenerate.
`OAuth2ClientCredentials` (`auth.py`) holds the token and hands its flows here.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio

    from .auth import OAuth2ClientCredentials

__all__ = ["oauth2_flow"]


async def oauth2_flow(
    auth: OAuth2ClientCredentials, lock: asyncio.Lock, request: httpx.Request
) -> AsyncGenerator[httpx.Request, httpx.Response]:
    """Fetch the token if needed (under ``lock``: one fetch at a time), send the request, retry once on 401."""
    fetched = False
    async with lock:
        token = auth._current_token()
        if token is None:
            token_response = yield auth._token_request(request)
            await token_response.aread()
            token = auth._store(token_response)
            fetched = True
    request.headers["Authorization"] = f"Bearer {token}"
    response = yield request
    if response.status_code != 401 or fetched:
        return
    async with lock:
        if auth._token == token:
            auth.invalidate()
        fresh = auth._current_token()
        if fresh is None:
            token_response = yield auth._token_request(request)
            await token_response.aread()
            fresh = auth._store(token_response)
    request.headers["Authorization"] = f"Bearer {fresh}"
    yield request
