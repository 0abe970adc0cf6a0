"""Operations on `client.agent_exports`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.agent_export import AgentExport
from ..models.errors_model import Errors
from ..models.get_agent_export_response import GetAgentExportResponse
from ..models.list_agent_exports_response import ListAgentExportsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListAgentExportsResponse:
    return ListAgentExportsResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> GetAgentExportResponse:
    return GetAgentExportResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class AgentExportsResource:
    """Operations on `client.agent_exports`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AgentExportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AgentExportsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[AgentExport]:
        """List agent exports.

        Returns a page of agent exports, optionally narrowed to one environment or agent.

        `GET /agent-exports`

        Args:
            environment_id: Only exports from this environment.
            agent_id: Only exports of this agent.
            page_size: How many exports to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AgentExport`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ListAgentExportsResponse`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/agent-exports",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "agentId": agent_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def get(
        self,
        agent_export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetAgentExportResponse:
        """Get an agent export.

        Fetches one agent export and its status.

        `GET /agent-exports/{agentExportId}`

        Args:
            agent_export_id: Agent export identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetAgentExportResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/agent-exports/{encode_path(agent_export_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        agent_export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an agent export.

        Removes an agent export.

        `DELETE /agent-exports/{agentExportId}`

        Args:
            agent_export_id: Agent export identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/agent-exports/{encode_path(agent_export_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )


class AgentExportsResourceWithRawResponse:
    """`agent_exports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AgentExportsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)


class AsyncAgentExportsResource:
    """Operations on `client.agent_exports`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAgentExportsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAgentExportsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[AgentExport]:
        """List agent exports.

        Returns a page of agent exports, optionally narrowed to one environment or agent.

        `GET /agent-exports`

        Args:
            environment_id: Only exports from this environment.
            agent_id: Only exports of this agent.
            page_size: How many exports to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `AgentExport`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ListAgentExportsResponse`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/agent-exports",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "agentId": agent_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def get(
        self,
        agent_export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetAgentExportResponse:
        """Get an agent export.

        Fetches one agent export and its status.

        `GET /agent-exports/{agentExportId}`

        Args:
            agent_export_id: Agent export identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetAgentExportResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/agent-exports/{encode_path(agent_export_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        agent_export_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an agent export.

        Removes an agent export.

        `DELETE /agent-exports/{agentExportId}`

        Args:
            agent_export_id: Agent export identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/agent-exports/{encode_path(agent_export_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )


class AsyncAgentExportsResourceWithRawResponse:
    """`agent_exports` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAgentExportsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
