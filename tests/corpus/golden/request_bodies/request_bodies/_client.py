"""The `RequestBodies` and `AsyncRequestBodies` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import RequestBodiesEnvironment

if TYPE_CHECKING:
    from .resources.imports import AsyncImportsResource, ImportsResource
    from .resources.jobs import AsyncJobsResource, JobsResource
    from .resources.notes import AsyncNotesResource, NotesResource
    from .resources.tickets import AsyncTicketsResource, TicketsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "request-bodies-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class RequestBodies:
    """Synchronous client for the Request Bodies."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: RequestBodiesEnvironment | str = RequestBodiesEnvironment.PRODUCTION,
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
            logger_name="request_bodies",
            log_env_var="REQUEST_BODIES_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def notes(self) -> NotesResource:
        from .resources.notes import NotesResource

        return NotesResource(self._client)

    @cached_property
    def imports(self) -> ImportsResource:
        from .resources.imports import ImportsResource

        return ImportsResource(self._client)

    @cached_property
    def tickets(self) -> TicketsResource:
        from .resources.tickets import TicketsResource

        return TicketsResource(self._client)

    @cached_property
    def jobs(self) -> JobsResource:
        from .resources.jobs import JobsResource

        return JobsResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> RequestBodies:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"RequestBodies(base_url={self._client.base_url!r})"


class AsyncRequestBodies:
    """Asynchronous client for the Request Bodies."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: RequestBodiesEnvironment | str = RequestBodiesEnvironment.PRODUCTION,
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
            logger_name="request_bodies",
            log_env_var="REQUEST_BODIES_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def notes(self) -> AsyncNotesResource:
        from .resources.notes import AsyncNotesResource

        return AsyncNotesResource(self._client)

    @cached_property
    def imports(self) -> AsyncImportsResource:
        from .resources.imports import AsyncImportsResource

        return AsyncImportsResource(self._client)

    @cached_property
    def tickets(self) -> AsyncTicketsResource:
        from .resources.tickets import AsyncTicketsResource

        return AsyncTicketsResource(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        from .resources.jobs import AsyncJobsResource

        return AsyncJobsResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncRequestBodies:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncRequestBodies(base_url={self._client.base_url!r})"
