"""The `ErrorRanges` and `AsyncErrorRanges` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import ErrorRangesEnvironment

if TYPE_CHECKING:
    from .resources.status import AsyncStatusResource, StatusResource
    from .resources.widgets import AsyncWidgetsResource, WidgetsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "error-ranges-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class ErrorRanges:
    """Synchronous client for the Error Ranges API."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: ErrorRangesEnvironment | str = ErrorRangesEnvironment.PRODUCTION,
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
            logger_name="error_ranges",
            log_env_var="ERROR_RANGES_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def widgets(self) -> WidgetsResource:
        from .resources.widgets import WidgetsResource

        return WidgetsResource(self._client)

    @cached_property
    def status(self) -> StatusResource:
        from .resources.status import StatusResource

        return StatusResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> ErrorRanges:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"ErrorRanges(base_url={self._client.base_url!r})"


class AsyncErrorRanges:
    """Asynchronous client for the Error Ranges API."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: ErrorRangesEnvironment | str = ErrorRangesEnvironment.PRODUCTION,
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
            logger_name="error_ranges",
            log_env_var="ERROR_RANGES_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def widgets(self) -> AsyncWidgetsResource:
        from .resources.widgets import AsyncWidgetsResource

        return AsyncWidgetsResource(self._client)

    @cached_property
    def status(self) -> AsyncStatusResource:
        from .resources.status import AsyncStatusResource

        return AsyncStatusResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncErrorRanges:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncErrorRanges(base_url={self._client.base_url!r})"
