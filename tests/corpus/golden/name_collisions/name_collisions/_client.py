"""The `NameCollisions` and `AsyncNameCollisions` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import NameCollisionsEnvironment

if TYPE_CHECKING:
    from .resources.items import AsyncItemsResource, ItemsResource
    from .resources.others import AsyncOthersResource, OthersResource
    from .resources.results import AsyncResultsResource, ResultsResource
    from .resources.search import AsyncSearchResource, SearchResource
    from .resources.things import AsyncThingsResource, ThingsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "name-collisions-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class NameCollisions:
    """Synchronous client for the Name Collisions."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: NameCollisionsEnvironment | str = NameCollisionsEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        self._client = SyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="name_collisions",
            log_env_var="NAME_COLLISIONS_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def search(self) -> SearchResource:
        from .resources.search import SearchResource

        return SearchResource(self._client)

    @cached_property
    def items(self) -> ItemsResource:
        from .resources.items import ItemsResource

        return ItemsResource(self._client)

    @cached_property
    def things(self) -> ThingsResource:
        from .resources.things import ThingsResource

        return ThingsResource(self._client)

    @cached_property
    def others(self) -> OthersResource:
        from .resources.others import OthersResource

        return OthersResource(self._client)

    @cached_property
    def results(self) -> ResultsResource:
        from .resources.results import ResultsResource

        return ResultsResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> NameCollisions:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"NameCollisions(base_url={self._client.base_url!r})"


class AsyncNameCollisions:
    """Asynchronous client for the Name Collisions."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: NameCollisionsEnvironment | str = NameCollisionsEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        self._client = AsyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="name_collisions",
            log_env_var="NAME_COLLISIONS_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def search(self) -> AsyncSearchResource:
        from .resources.search import AsyncSearchResource

        return AsyncSearchResource(self._client)

    @cached_property
    def items(self) -> AsyncItemsResource:
        from .resources.items import AsyncItemsResource

        return AsyncItemsResource(self._client)

    @cached_property
    def things(self) -> AsyncThingsResource:
        from .resources.things import AsyncThingsResource

        return AsyncThingsResource(self._client)

    @cached_property
    def others(self) -> AsyncOthersResource:
        from .resources.others import AsyncOthersResource

        return AsyncOthersResource(self._client)

    @cached_property
    def results(self) -> AsyncResultsResource:
        from .resources.results import AsyncResultsResource

        return AsyncResultsResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncNameCollisions:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncNameCollisions(base_url={self._client.base_url!r})"
