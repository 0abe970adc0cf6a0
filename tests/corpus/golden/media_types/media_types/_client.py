"""The `MediaTypes` and `AsyncMediaTypes` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import MediaTypesEnvironment

if TYPE_CHECKING:
    from .resources.articles import ArticlesResource, AsyncArticlesResource
    from .resources.images import AsyncImagesResource, ImagesResource
    from .resources.legacy import AsyncLegacyResource, LegacyResource
    from .resources.notes import AsyncNotesResource, NotesResource
    from .resources.reports import AsyncReportsResource, ReportsResource
    from .resources.session import AsyncSessionResource, SessionResource
    from .resources.uploads import AsyncUploadsResource, UploadsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "media-types-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class MediaTypes:
    """Synchronous client for the Media Types."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: MediaTypesEnvironment | str = MediaTypesEnvironment.PRODUCTION,
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
            logger_name="media_types",
            log_env_var="MEDIA_TYPES_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def reports(self) -> ReportsResource:
        from .resources.reports import ReportsResource

        return ReportsResource(self._client)

    @cached_property
    def articles(self) -> ArticlesResource:
        from .resources.articles import ArticlesResource

        return ArticlesResource(self._client)

    @cached_property
    def legacy(self) -> LegacyResource:
        from .resources.legacy import LegacyResource

        return LegacyResource(self._client)

    @cached_property
    def session(self) -> SessionResource:
        from .resources.session import SessionResource

        return SessionResource(self._client)

    @cached_property
    def notes(self) -> NotesResource:
        from .resources.notes import NotesResource

        return NotesResource(self._client)

    @cached_property
    def uploads(self) -> UploadsResource:
        from .resources.uploads import UploadsResource

        return UploadsResource(self._client)

    @cached_property
    def images(self) -> ImagesResource:
        from .resources.images import ImagesResource

        return ImagesResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> MediaTypes:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"MediaTypes(base_url={self._client.base_url!r})"


class AsyncMediaTypes:
    """Asynchronous client for the Media Types."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        environment: MediaTypesEnvironment | str = MediaTypesEnvironment.PRODUCTION,
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
            logger_name="media_types",
            log_env_var="MEDIA_TYPES_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def reports(self) -> AsyncReportsResource:
        from .resources.reports import AsyncReportsResource

        return AsyncReportsResource(self._client)

    @cached_property
    def articles(self) -> AsyncArticlesResource:
        from .resources.articles import AsyncArticlesResource

        return AsyncArticlesResource(self._client)

    @cached_property
    def legacy(self) -> AsyncLegacyResource:
        from .resources.legacy import AsyncLegacyResource

        return AsyncLegacyResource(self._client)

    @cached_property
    def session(self) -> AsyncSessionResource:
        from .resources.session import AsyncSessionResource

        return AsyncSessionResource(self._client)

    @cached_property
    def notes(self) -> AsyncNotesResource:
        from .resources.notes import AsyncNotesResource

        return AsyncNotesResource(self._client)

    @cached_property
    def uploads(self) -> AsyncUploadsResource:
        from .resources.uploads import AsyncUploadsResource

        return AsyncUploadsResource(self._client)

    @cached_property
    def images(self) -> AsyncImagesResource:
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncMediaTypes:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncMediaTypes(base_url={self._client.base_url!r})"
