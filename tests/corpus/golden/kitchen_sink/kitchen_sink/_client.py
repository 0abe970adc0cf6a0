"""The `KitchenSink` and `AsyncKitchenSink` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.auth import BearerAuth, OAuth2ClientCredentials, resolve_credential
from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import KitchenSinkEnvironment

if TYPE_CHECKING:
    from .resources.blobs import AsyncBlobsResource, BlobsResource
    from .resources.numbers import AsyncNumbersResource, NumbersResource
    from .resources.things import AsyncThingsResource, ThingsResource
    from .resources.unicode import AsyncUnicodeResource, UnicodeResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "kitchen-sink-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


def _auth(token: str | Callable[[], str] | None, client_id: str | None, client_secret: str | None) -> httpx.Auth:
    """A bearer token if one is given (or in `KITCHEN_SINK_TOKEN`); else OAuth2 client credentials."""
    client_id = client_id or os.environ.get("KITCHEN_SINK_CLIENT_ID")
    client_secret = client_secret or os.environ.get("KITCHEN_SINK_CLIENT_SECRET")
    if token is None and client_id and client_secret and not os.environ.get("KITCHEN_SINK_TOKEN"):
        return OAuth2ClientCredentials(
            token_url="https://auth.sink.example/token",
            client_id=client_id,
            client_secret=client_secret,
            scopes=["read"],
        )
    return BearerAuth(resolve_credential(token, env_var="KITCHEN_SINK_TOKEN", param="token"))


class KitchenSink:
    """Synchronous client for the Kitchen Sink.

    Authenticate with `token=` (default: the `KITCHEN_SINK_TOKEN` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        environment: KitchenSinkEnvironment | str = KitchenSinkEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        auth: httpx.Auth = _auth(token, client_id, client_secret)
        self._client = SyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=auth,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="kitchen_sink",
            log_env_var="KITCHEN_SINK_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def things(self) -> ThingsResource:
        from .resources.things import ThingsResource

        return ThingsResource(self._client)

    @cached_property
    def unicode(self) -> UnicodeResource:
        from .resources.unicode import UnicodeResource

        return UnicodeResource(self._client)

    @cached_property
    def blobs(self) -> BlobsResource:
        from .resources.blobs import BlobsResource

        return BlobsResource(self._client)

    @cached_property
    def numbers(self) -> NumbersResource:
        from .resources.numbers import NumbersResource

        return NumbersResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> KitchenSink:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"KitchenSink(base_url={self._client.base_url!r})"


class AsyncKitchenSink:
    """Asynchronous client for the Kitchen Sink.

    Authenticate with `token=` (default: the `KITCHEN_SINK_TOKEN` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        base_url: str | None = None,
        environment: KitchenSinkEnvironment | str = KitchenSinkEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        auth: httpx.Auth = _auth(token, client_id, client_secret)
        self._client = AsyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=auth,
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="kitchen_sink",
            log_env_var="KITCHEN_SINK_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def things(self) -> AsyncThingsResource:
        from .resources.things import AsyncThingsResource

        return AsyncThingsResource(self._client)

    @cached_property
    def unicode(self) -> AsyncUnicodeResource:
        from .resources.unicode import AsyncUnicodeResource

        return AsyncUnicodeResource(self._client)

    @cached_property
    def blobs(self) -> AsyncBlobsResource:
        from .resources.blobs import AsyncBlobsResource

        return AsyncBlobsResource(self._client)

    @cached_property
    def numbers(self) -> AsyncNumbersResource:
        from .resources.numbers import AsyncNumbersResource

        return AsyncNumbersResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncKitchenSink:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncKitchenSink(base_url={self._client.base_url!r})"
