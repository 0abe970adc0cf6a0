"""The `Swagger2Formdata` and `AsyncSwagger2Formdata` clients: configuration, auth, and the API's resources."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._core.auth import ApiKeyAuth, resolve_credential
from ._core.http_client import AsyncHttpClient, SyncHttpClient
from .environment import Swagger2FormdataEnvironment

if TYPE_CHECKING:
    from .resources.pets import AsyncPetsResource, PetsResource

__version__ = "0.1.0"
# sys.version starts with what platform.python_version() returns; `platform` itself costs an import
USER_AGENT = "swagger2-formdata-sdk" + f"/{__version__} python/{sys.version.split()[0]}"


class Swagger2Formdata:
    """Synchronous client for the Swagger Two Pets.

    Authenticate with `token=` (default: the `SWAGGER2_FORMDATA_TOKEN` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: Swagger2FormdataEnvironment | str = Swagger2FormdataEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.Client | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(
            token, env_var="SWAGGER2_FORMDATA_TOKEN", param="token"
        )
        self._client = SyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=ApiKeyAuth(credential, header="X-API-Key"),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="swagger2_formdata",
            log_env_var="SWAGGER2_FORMDATA_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def pets(self) -> PetsResource:
        from .resources.pets import PetsResource

        return PetsResource(self._client)

    def close(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        self._client.close()

    def __enter__(self) -> Swagger2Formdata:
        return self

    def __exit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"Swagger2Formdata(base_url={self._client.base_url!r})"


class AsyncSwagger2Formdata:
    """Asynchronous client for the Swagger Two Pets.

    Authenticate with `token=` (default: the `SWAGGER2_FORMDATA_TOKEN` environment variable).
    """

    def __init__(
        self,
        *,
        token: str | Callable[[], str] | None = None,
        base_url: str | None = None,
        environment: Swagger2FormdataEnvironment | str = Swagger2FormdataEnvironment.PRODUCTION,
        timeout: float | None = None,
        max_retries: int = 2,
        deadline: float | None = None,
        max_response_bytes: int = 100 * 1024 * 1024,
        headers: Mapping[str, str] | None = None,
        httpx_client: httpx.AsyncClient | None = None,
        follow_redirects: bool = True,
        strict_response_validation: bool = False,
    ) -> None:
        credential: str | Callable[[], str] = resolve_credential(
            token, env_var="SWAGGER2_FORMDATA_TOKEN", param="token"
        )
        self._client = AsyncHttpClient(
            base_url=base_url or str(getattr(environment, "value", environment)),
            auth=ApiKeyAuth(credential, header="X-API-Key"),
            headers=headers,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            httpx_client=httpx_client,
            follow_redirects=follow_redirects,
            user_agent=USER_AGENT,
            logger_name="swagger2_formdata",
            log_env_var="SWAGGER2_FORMDATA_LOG",
            idempotency_header=None,
            strict_response_validation=strict_response_validation,
        )

    @cached_property
    def pets(self) -> AsyncPetsResource:
        from .resources.pets import AsyncPetsResource

        return AsyncPetsResource(self._client)

    async def aclose(self) -> None:
        """Close the connection pool (a client you passed in as `httpx_client` stays open)."""
        await self._client.aclose()

    async def __aenter__(self) -> AsyncSwagger2Formdata:
        return self

    async def __aexit__(
        self, exc_type: builtins.type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> builtins.str:  # a resource may be named `str` or `type`
        return f"AsyncSwagger2Formdata(base_url={self._client.base_url!r})"
