"""Operations on `client.agents`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.agent_response import AgentResponse
from ..models.agent_version_response import AgentVersionResponse
from ..models.agents_assign_agent_role_body import AgentsAssignAgentRoleBody
from ..models.agents_create_body import AgentsCreateBody
from ..models.agents_create_body_options import AgentsCreateBodyOptions
from ..models.assign_role_response import AssignRoleResponse
from ..models.compiler import Compiler
from ..models.detailed_agent_log import DetailedAgentLog
from ..models.errors_model import Errors
from ..models.event_topic import EventTopic
from ..models.execution import Execution
from ..models.get_agent_logs_response import GetAgentLogsResponse
from ..models.get_detailed_agent_log_response import GetDetailedAgentLogResponse
from ..models.get_detailed_agent_logs_response import GetDetailedAgentLogsResponse
from ..models.get_executions_response import GetExecutionsResponse
from ..models.list_actor_roles_response import ListActorRolesResponse
from ..models.list_agent_versions_response import ListAgentVersionsResponse
from ..models.list_agents_response import ListAgentsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListAgentsResponse:
    return ListAgentsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> AgentResponse:
    return AgentResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> AgentResponse:
    return AgentResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_list_versions(response: httpx.Response) -> ListAgentVersionsResponse:
    return ListAgentVersionsResponse.from_dict(response.json())


def _parse_revert(response: httpx.Response) -> AgentVersionResponse:
    return AgentVersionResponse.from_dict(response.json())


def _parse_list_agent_roles(response: httpx.Response) -> ListActorRolesResponse:
    return ListActorRolesResponse.from_dict(response.json())


def _parse_assign_agent_role(response: httpx.Response) -> AssignRoleResponse:
    return AssignRoleResponse.from_dict(response.json())


def _parse_delete_agent_role(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get_agent_logs(response: httpx.Response) -> GetAgentLogsResponse:
    return GetAgentLogsResponse.from_dict(response.json())


def _parse_get_agent_log(response: httpx.Response) -> GetDetailedAgentLogResponse:
    return GetDetailedAgentLogResponse.from_dict(response.json())


def _parse_get_environment_agent_logs(response: httpx.Response) -> GetDetailedAgentLogsResponse:
    return GetDetailedAgentLogsResponse.from_dict(response.json())


def _parse_get_environment_agent_executions(response: httpx.Response) -> GetExecutionsResponse:
    return GetExecutionsResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
}


class AgentsResource:
    """Operations on `client.agents`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AgentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AgentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListAgentsResponse:
        """List agents.

        Returns the agents deployed to an environment.

        `GET /agents`

        Args:
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListAgentsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/agents",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        *,
        environment_id: str,
        topics: builtins.list[EventTopic | str] | Unset = UNSET,
        compiler: Compiler | str | Unset = UNSET,
        source: str | Unset = UNSET,
        source_map: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        options: AgentsCreateBodyOptions | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AgentResponse:
        """Deploy an agent.

        Uploads agent code and the event topics it listens to into an environment.

        `POST /agents`

        Args:
            environment_id: Environment the agent lives in.
            topics: The `topics` field of the request body.
            compiler: Runtime used to build the agent source.
            source: Bundled agent code.
            source_map: Source map for the bundle.
            slug: Short name of the agent.
            options: Deployment options.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AgentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/agents",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                json=AgentsCreateBody(
                    topics=topics,
                    compiler=compiler,
                    source=source,
                    source_map=source_map,
                    slug=slug,
                    options=as_model(AgentsCreateBodyOptions, options),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        agent_id: str,
        *,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AgentResponse:
        """Get an agent.

        Fetches one agent, including its source.

        `GET /agents/{agentId}`

        Args:
            agent_id: Agent identifier.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AgentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        agent_id: str,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an agent.

        Removes an agent so it stops reacting to events.

        `DELETE /agents/{agentId}`

        Args:
            agent_id: Agent identifier.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/agents/{encode_path(agent_id)}",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def list_versions(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListAgentVersionsResponse:
        """List agent versions.

        Returns the stored revisions of an agent.

        `GET /agents/{agentId}/versions`

        Args:
            agent_id: Agent identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListAgentVersionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}/versions",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_versions,
        )

    def revert(
        self,
        agent_id: str,
        agent_version_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AgentVersionResponse:
        """Revert an agent.

        Makes an earlier revision the live code of the agent.

        `POST /agents/{agentId}/versions/{agentVersionId}/revert`

        Args:
            agent_id: Agent identifier.
            agent_version_id: Revision to restore.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AgentVersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/agents/{encode_path(agent_id)}/versions/{encode_path(agent_version_id)}/revert",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_revert,
        )

    def list_agent_roles(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListActorRolesResponse:
        """List roles of an agent.

        Returns the roles granted to an agent.

        `GET /agents/{agentId}/roles`

        Args:
            agent_id: Agent identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListActorRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}/roles",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_agent_roles,
        )

    def assign_agent_role(
        self,
        agent_id: str,
        *,
        role_id: str,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> AssignRoleResponse:
        """Grant a role to an agent.

        Gives an agent a role on an account, environment or space.

        `POST /agents/{agentId}/roles`

        Args:
            agent_id: Agent identifier.
            role_id: Role to grant.
            resource_id: Account, environment or space the role applies to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AssignRoleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/agents/{encode_path(agent_id)}/roles",
                json=AgentsAssignAgentRoleBody(role_id=role_id, resource_id=resource_id).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_assign_agent_role,
        )

    def delete_agent_role(
        self,
        agent_id: str,
        actor_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Revoke a role from an agent.

        Removes one role grant from an agent.

        `DELETE /agents/{agentId}/roles/{actorRoleId}`

        Args:
            agent_id: Agent identifier.
            actor_role_id: Role grant to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/agents/{encode_path(agent_id)}/roles/{encode_path(actor_role_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_agent_role,
        )

    def get_agent_logs(
        self,
        agent_id: str,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetAgentLogsResponse:
        """List runs of an agent.

        Returns recent runs of one agent with their outcome.

        `GET /agents/{agentId}/logs`

        Args:
            agent_id: Agent identifier.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetAgentLogsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}/logs",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_agent_logs,
        )

    def get_agent_log(
        self,
        event_id: str,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetDetailedAgentLogResponse:
        """Get one agent run.

        Returns the detailed log of the agent run triggered by an event.

        `GET /agents/log/{eventId}`

        Args:
            event_id: Event that triggered the run.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetDetailedAgentLogResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/agents/log/{encode_path(event_id)}",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_agent_log,
        )

    def get_environment_agent_logs(
        self,
        *,
        environment_id: str,
        space_id: str | Unset = UNSET,
        success: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[DetailedAgentLog]:
        """List agent runs in an environment.

        Returns a page of detailed agent runs across an environment.

        `GET /agents/logs`

        Args:
            environment_id: Environment the agent lives in.
            space_id: Only runs for this space.
            success: Only successful (true) or failed (false) runs.
            page_size: How many runs to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `DetailedAgentLog`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed
            `GetDetailedAgentLogsResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/agents/logs",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "success": success,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_environment_agent_logs,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def get_environment_agent_executions(
        self,
        *,
        environment_id: str,
        agent_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        success: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Execution]:
        """List agent executions.

        Returns a page of agent executions in an environment with timing data.

        `GET /agents/executions`

        Args:
            environment_id: Environment the agent lives in.
            agent_id: Only executions of this agent.
            space_id: Only executions for this space.
            success: Only successful (true) or failed (false) runs.
            page_size: How many executions to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Execution`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `GetExecutionsResponse` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/agents/executions",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "agentId": agent_id,
                        "spaceId": space_id,
                        "success": success,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_environment_agent_executions,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )


class AgentsResourceWithRawResponse:
    """`agents` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AgentsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.list_versions = to_raw_response(resource.list_versions)
        self.revert = to_raw_response(resource.revert)
        self.list_agent_roles = to_raw_response(resource.list_agent_roles)
        self.assign_agent_role = to_raw_response(resource.assign_agent_role)
        self.delete_agent_role = to_raw_response(resource.delete_agent_role)
        self.get_agent_logs = to_raw_response(resource.get_agent_logs)
        self.get_agent_log = to_raw_response(resource.get_agent_log)
        self.get_environment_agent_logs = to_raw_response(resource.get_environment_agent_logs)
        self.get_environment_agent_executions = to_raw_response(resource.get_environment_agent_executions)


class AsyncAgentsResource:
    """Operations on `client.agents`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAgentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAgentsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> ListAgentsResponse:
        """List agents.

        Returns the agents deployed to an environment.

        `GET /agents`

        Args:
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListAgentsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/agents",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        *,
        environment_id: str,
        topics: builtins.list[EventTopic | str] | Unset = UNSET,
        compiler: Compiler | str | Unset = UNSET,
        source: str | Unset = UNSET,
        source_map: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        options: AgentsCreateBodyOptions | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AgentResponse:
        """Deploy an agent.

        Uploads agent code and the event topics it listens to into an environment.

        `POST /agents`

        Args:
            environment_id: Environment the agent lives in.
            topics: The `topics` field of the request body.
            compiler: Runtime used to build the agent source.
            source: Bundled agent code.
            source_map: Source map for the bundle.
            slug: Short name of the agent.
            options: Deployment options.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AgentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/agents",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                json=AgentsCreateBody(
                    topics=topics,
                    compiler=compiler,
                    source=source,
                    source_map=source_map,
                    slug=slug,
                    options=as_model(AgentsCreateBodyOptions, options),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        agent_id: str,
        *,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AgentResponse:
        """Get an agent.

        Fetches one agent, including its source.

        `GET /agents/{agentId}`

        Args:
            agent_id: Agent identifier.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AgentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        agent_id: str,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an agent.

        Removes an agent so it stops reacting to events.

        `DELETE /agents/{agentId}`

        Args:
            agent_id: Agent identifier.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/agents/{encode_path(agent_id)}",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def list_versions(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListAgentVersionsResponse:
        """List agent versions.

        Returns the stored revisions of an agent.

        `GET /agents/{agentId}/versions`

        Args:
            agent_id: Agent identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListAgentVersionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}/versions",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_versions,
        )

    async def revert(
        self,
        agent_id: str,
        agent_version_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AgentVersionResponse:
        """Revert an agent.

        Makes an earlier revision the live code of the agent.

        `POST /agents/{agentId}/versions/{agentVersionId}/revert`

        Args:
            agent_id: Agent identifier.
            agent_version_id: Revision to restore.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AgentVersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/agents/{encode_path(agent_id)}/versions/{encode_path(agent_version_id)}/revert",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_revert,
        )

    async def list_agent_roles(
        self,
        agent_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListActorRolesResponse:
        """List roles of an agent.

        Returns the roles granted to an agent.

        `GET /agents/{agentId}/roles`

        Args:
            agent_id: Agent identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListActorRolesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}/roles",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_agent_roles,
        )

    async def assign_agent_role(
        self,
        agent_id: str,
        *,
        role_id: str,
        resource_id: str,
        request_options: RequestOptions | None = None,
    ) -> AssignRoleResponse:
        """Grant a role to an agent.

        Gives an agent a role on an account, environment or space.

        `POST /agents/{agentId}/roles`

        Args:
            agent_id: Agent identifier.
            role_id: Role to grant.
            resource_id: Account, environment or space the role applies to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AssignRoleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/agents/{encode_path(agent_id)}/roles",
                json=AgentsAssignAgentRoleBody(role_id=role_id, resource_id=resource_id).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_assign_agent_role,
        )

    async def delete_agent_role(
        self,
        agent_id: str,
        actor_role_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Revoke a role from an agent.

        Removes one role grant from an agent.

        `DELETE /agents/{agentId}/roles/{actorRoleId}`

        Args:
            agent_id: Agent identifier.
            actor_role_id: Role grant to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/agents/{encode_path(agent_id)}/roles/{encode_path(actor_role_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_agent_role,
        )

    async def get_agent_logs(
        self,
        agent_id: str,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetAgentLogsResponse:
        """List runs of an agent.

        Returns recent runs of one agent with their outcome.

        `GET /agents/{agentId}/logs`

        Args:
            agent_id: Agent identifier.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetAgentLogsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/agents/{encode_path(agent_id)}/logs",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_agent_logs,
        )

    async def get_agent_log(
        self,
        event_id: str,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> GetDetailedAgentLogResponse:
        """Get one agent run.

        Returns the detailed log of the agent run triggered by an event.

        `GET /agents/log/{eventId}`

        Args:
            event_id: Event that triggered the run.
            environment_id: Environment the agent lives in.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GetDetailedAgentLogResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/agents/log/{encode_path(event_id)}",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_agent_log,
        )

    def get_environment_agent_logs(
        self,
        *,
        environment_id: str,
        space_id: str | Unset = UNSET,
        success: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[DetailedAgentLog]:
        """List agent runs in an environment.

        Returns a page of detailed agent runs across an environment.

        `GET /agents/logs`

        Args:
            environment_id: Environment the agent lives in.
            space_id: Only runs for this space.
            success: Only successful (true) or failed (false) runs.
            page_size: How many runs to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `DetailedAgentLog`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed
            `GetDetailedAgentLogsResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/agents/logs",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "success": success,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_environment_agent_logs,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def get_environment_agent_executions(
        self,
        *,
        environment_id: str,
        agent_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        success: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Execution]:
        """List agent executions.

        Returns a page of agent executions in an environment with timing data.

        `GET /agents/executions`

        Args:
            environment_id: Environment the agent lives in.
            agent_id: Only executions of this agent.
            space_id: Only executions for this space.
            success: Only successful (true) or failed (false) runs.
            page_size: How many executions to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Execution`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `GetExecutionsResponse` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/agents/executions",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "agentId": agent_id,
                        "spaceId": space_id,
                        "success": success,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_environment_agent_executions,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )


class AsyncAgentsResourceWithRawResponse:
    """`agents` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAgentsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.list_versions = to_async_raw_response(resource.list_versions)
        self.revert = to_async_raw_response(resource.revert)
        self.list_agent_roles = to_async_raw_response(resource.list_agent_roles)
        self.assign_agent_role = to_async_raw_response(resource.assign_agent_role)
        self.delete_agent_role = to_async_raw_response(resource.delete_agent_role)
        self.get_agent_logs = to_async_raw_response(resource.get_agent_logs)
        self.get_agent_log = to_async_raw_response(resource.get_agent_log)
        self.get_environment_agent_logs = to_async_raw_response(resource.get_environment_agent_logs)
        self.get_environment_agent_executions = to_async_raw_response(resource.get_environment_agent_executions)
