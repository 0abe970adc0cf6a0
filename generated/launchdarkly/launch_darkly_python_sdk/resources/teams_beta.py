"""Operations on `client.teams_beta`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import header_values
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.bulk_edit_teams_rep import BulkEditTeamsRep
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.instruction import Instruction
from ..models.instructions_input import InstructionsInput
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_update_multiple_teams_semantic_patch(response: httpx.Response) -> BulkEditTeamsRep:
    return BulkEditTeamsRep.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class TeamsBetaResource:
    """Operations on `client.teams_beta`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> TeamsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TeamsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> TeamsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def update_multiple_teams_semantic_patch(
        self,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BulkEditTeamsRep:
        """Change several teams at once.

        `PATCH /api/v2/teams`

        Args:
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BulkEditTeamsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                "/api/v2/teams",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_multiple_teams_semantic_patch,
        )

    async def aupdate_multiple_teams_semantic_patch(
        self,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BulkEditTeamsRep:
        """Coroutine twin of `update_multiple_teams_semantic_patch`: same arguments, same result, awaitable."""
        return await AsyncTeamsBetaResource(self._async_client()).update_multiple_teams_semantic_patch(
            instructions=instructions,
            comment=comment,
            request_options=request_options,
        )


class TeamsBetaResourceWithRawResponse:
    """`teams_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TeamsBetaResource) -> None:
        self.update_multiple_teams_semantic_patch = to_raw_response(resource.update_multiple_teams_semantic_patch)


class AsyncTeamsBetaResource:
    """Operations on `client.teams_beta`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTeamsBetaResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTeamsBetaResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncTeamsBetaResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def update_multiple_teams_semantic_patch(
        self,
        *,
        instructions: Sequence[Instruction | Mapping[str, Any]],
        comment: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> BulkEditTeamsRep:
        """Change several teams at once.

        `PATCH /api/v2/teams`

        Args:
            instructions: The `instructions` field of the request body.
            comment: The `comment` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            BulkEditTeamsRep

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                "/api/v2/teams",
                headers=header_values(
                    {
                        "LD-API-Version": "beta",
                    }
                ),
                json=InstructionsInput(instructions=as_models(Instruction, instructions), comment=comment).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_multiple_teams_semantic_patch,
        )


class AsyncTeamsBetaResourceWithRawResponse:
    """`teams_beta` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTeamsBetaResource) -> None:
        self.update_multiple_teams_semantic_patch = to_async_raw_response(resource.update_multiple_teams_semantic_patch)
