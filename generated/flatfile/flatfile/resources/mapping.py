"""Operations on `client.mapping`."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.errors_model import Errors
from ..models.mapping_create_mapping_program_body import MappingCreateMappingProgramBody
from ..models.mapping_delete_all_history_for_user_body import MappingDeleteAllHistoryForUserBody
from ..models.mapping_delete_multiple_rules_body import MappingDeleteMultipleRulesBody
from ..models.mapping_rule import MappingRule
from ..models.mapping_rule_config import MappingRuleConfig
from ..models.mapping_rule_response import MappingRuleResponse
from ..models.mapping_rules_response import MappingRulesResponse
from ..models.mapping_update_mapping_program_body import MappingUpdateMappingProgramBody
from ..models.mapping_update_rule_body import MappingUpdateRuleBody
from ..models.program import Program
from ..models.program_response import ProgramResponse
from ..models.programs_response import ProgramsResponse
from ..models.sheet_config import SheetConfig
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list_mapping_programs(response: httpx.Response) -> ProgramsResponse:
    return ProgramsResponse.from_dict(response.json())


def _parse_create_mapping_program(response: httpx.Response) -> ProgramResponse:
    return ProgramResponse.from_dict(response.json())


def _parse_delete_all_history_for_user(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get_mapping_program(response: httpx.Response) -> ProgramResponse:
    return ProgramResponse.from_dict(response.json())


def _parse_delete_mapping_program(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update_mapping_program(response: httpx.Response) -> ProgramResponse:
    return ProgramResponse.from_dict(response.json())


def _parse_list_rules(response: httpx.Response) -> MappingRulesResponse:
    return MappingRulesResponse.from_dict(response.json())


def _parse_create_rules(response: httpx.Response) -> MappingRulesResponse:
    return MappingRulesResponse.from_dict(response.json())


def _parse_delete_multiple_rules(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update_rules(response: httpx.Response) -> MappingRulesResponse:
    return MappingRulesResponse.from_dict(response.json())


def _parse_get_rule(response: httpx.Response) -> MappingRuleResponse:
    return MappingRuleResponse.from_dict(response.json())


def _parse_delete_rule(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update_rule(response: httpx.Response) -> MappingRuleResponse:
    return MappingRuleResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class MappingResource:
    """Operations on `client.mapping`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MappingResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MappingResourceWithRawResponse(self)

    def list_mapping_programs(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        family_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        source_keys: str | Unset = UNSET,
        destination_keys: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Program]:
        """List mapping programs.

        Returns a page of mapping programs, filtered by creator, time, family, namespace or keys.

        `GET /mapping`

        Args:
            page_size: How many programs to return per page.
            page_number: Page to return, starting at 1.
            created_by: Only programs made by this user.
            created_after: Only programs made after this time.
            created_before: Only programs made before this time.
            environment_id: Only programs of this environment.
            family_id: Only programs of this family.
            namespace: Only programs in this namespace.
            source_keys: Only programs with these source keys.
            destination_keys: Only programs with these destination keys.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Program`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ProgramsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/mapping",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "createdBy": created_by,
                        "createdAfter": created_after,
                        "createdBefore": created_before,
                        "environmentId": environment_id,
                        "familyId": family_id,
                        "namespace": namespace,
                        "sourceKeys": source_keys,
                        "destinationKeys": destination_keys,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_mapping_programs,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def create_mapping_program(
        self,
        *,
        source: SheetConfig | Mapping[str, Any],
        destination: SheetConfig | Mapping[str, Any],
        family_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        save: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramResponse:
        """Create a mapping program.

        Builds mapping rules from a source schema to a destination schema.

        `POST /mapping`

        Args:
            source: Shape and behaviour of a sheet.
            destination: Shape and behaviour of a sheet.
            family_id: Family to add the program to.
            namespace: The `namespace` field of the request body.
            save: Keep the program for later editing; the response then carries an access token.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProgramResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/mapping",
                json=MappingCreateMappingProgramBody(
                    source=as_model(SheetConfig, source),
                    destination=as_model(SheetConfig, destination),
                    family_id=family_id,
                    namespace=namespace,
                    save=save,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_mapping_program,
        )

    def delete_all_history_for_user(
        self,
        *,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete mapping history.

        Clears all stored mapping history of the calling user.

        `DELETE /mapping`

        Args:
            environment_id: Only clear history for this environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                "/mapping",
                json=MappingDeleteAllHistoryForUserBody(environment_id=environment_id).to_dict()
                if not all(isinstance(value, Unset) for value in (environment_id,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_all_history_for_user,
        )

    def get_mapping_program(
        self,
        program_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProgramResponse:
        """Retrieve a mapping program.

        Fetches one mapping program with its rules.

        `GET /mapping/{programId}`

        Args:
            program_id: Mapping program identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProgramResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/mapping/{encode_path(program_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_mapping_program,
        )

    def delete_mapping_program(
        self,
        program_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a mapping program.

        Removes a mapping program and its rules.

        `DELETE /mapping/{programId}`

        Args:
            program_id: Mapping program identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/mapping/{encode_path(program_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_mapping_program,
        )

    def update_mapping_program(
        self,
        program_id: str,
        *,
        source: SheetConfig | Mapping[str, Any],
        destination: SheetConfig | Mapping[str, Any],
        family_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        save: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramResponse:
        """Update a mapping program.

        Rebuilds a mapping program from new source and destination schemas.

        `PATCH /mapping/{programId}`

        Args:
            program_id: Mapping program identifier.
            source: Shape and behaviour of a sheet.
            destination: Shape and behaviour of a sheet.
            family_id: Family to add the program to.
            namespace: The `namespace` field of the request body.
            save: Keep the program for later editing; the response then carries an access token.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProgramResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/mapping/{encode_path(program_id)}",
                json=MappingUpdateMappingProgramBody(
                    source=as_model(SheetConfig, source),
                    destination=as_model(SheetConfig, destination),
                    family_id=family_id,
                    namespace=namespace,
                    save=save,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_mapping_program,
        )

    def list_rules(
        self,
        program_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MappingRulesResponse:
        """List mapping rules.

        Returns every rule of a mapping program.

        `GET /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRulesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/mapping/{encode_path(program_id)}/rules",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_rules,
        )

    def create_rules(
        self,
        program_id: str,
        *,
        request: Sequence[MappingRuleConfig | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MappingRulesResponse:
        """Add mapping rules.

        Appends rules to a mapping program.

        `POST /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRulesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/mapping/{encode_path(program_id)}/rules",
                json=jsonable(as_models(MappingRuleConfig, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_rules,
        )

    def delete_multiple_rules(
        self,
        program_id: str,
        *,
        rule_ids: list[str],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete several mapping rules.

        Removes the listed rules from a program.

        `DELETE /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            rule_ids: Rules to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/mapping/{encode_path(program_id)}/rules",
                json=MappingDeleteMultipleRulesBody(rule_ids=rule_ids).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_multiple_rules,
        )

    def update_rules(
        self,
        program_id: str,
        *,
        request: Sequence[MappingRule | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MappingRulesResponse:
        """Update several mapping rules.

        Changes the listed rules of a program in one request.

        `PATCH /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRulesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/mapping/{encode_path(program_id)}/rules",
                json=jsonable(as_models(MappingRule, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_rules,
        )

    def get_rule(
        self,
        program_id: str,
        mapping_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MappingRuleResponse:
        """Get a mapping rule.

        Fetches one rule of a mapping program.

        `GET /mapping/{programId}/rules/{mappingId}`

        Args:
            program_id: Mapping program identifier.
            mapping_id: Mapping rule identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRuleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/mapping/{encode_path(program_id)}/rules/{encode_path(mapping_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_rule,
        )

    def delete_rule(
        self,
        program_id: str,
        mapping_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a mapping rule.

        Removes one rule from a mapping program.

        `DELETE /mapping/{programId}/rules/{mappingId}`

        Args:
            program_id: Mapping program identifier.
            mapping_id: Mapping rule identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/mapping/{encode_path(program_id)}/rules/{encode_path(mapping_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_rule,
        )

    def update_rule(
        self,
        program_id: str,
        mapping_id: str,
        *,
        name: str,
        type: str,
        config: Any | Unset = UNSET,
        accepted_at: datetime.datetime | Unset = UNSET,
        accepted_by: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MappingRuleResponse:
        """Update a mapping rule.

        Replaces one rule of a mapping program.

        `PATCH /mapping/{programId}/rules/{mappingId}`

        Args:
            program_id: Mapping program identifier.
            mapping_id: Mapping rule identifier.
            name: Rule name.
            type: Kind of rule.
            config: The `config` field of the request body.
            accepted_at: When the rule was accepted.
            accepted_by: User who accepted the rule.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRuleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/mapping/{encode_path(program_id)}/rules/{encode_path(mapping_id)}",
                json=MappingUpdateRuleBody(
                    name=name,
                    type_=type,
                    config=config,
                    accepted_at=accepted_at,
                    accepted_by=accepted_by,
                    metadata=metadata,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_rule,
        )


class MappingResourceWithRawResponse:
    """`mapping` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MappingResource) -> None:
        self.list_mapping_programs = to_raw_response(resource.list_mapping_programs)
        self.create_mapping_program = to_raw_response(resource.create_mapping_program)
        self.delete_all_history_for_user = to_raw_response(resource.delete_all_history_for_user)
        self.get_mapping_program = to_raw_response(resource.get_mapping_program)
        self.delete_mapping_program = to_raw_response(resource.delete_mapping_program)
        self.update_mapping_program = to_raw_response(resource.update_mapping_program)
        self.list_rules = to_raw_response(resource.list_rules)
        self.create_rules = to_raw_response(resource.create_rules)
        self.delete_multiple_rules = to_raw_response(resource.delete_multiple_rules)
        self.update_rules = to_raw_response(resource.update_rules)
        self.get_rule = to_raw_response(resource.get_rule)
        self.delete_rule = to_raw_response(resource.delete_rule)
        self.update_rule = to_raw_response(resource.update_rule)


class AsyncMappingResource:
    """Operations on `client.mapping`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMappingResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMappingResourceWithRawResponse(self)

    def list_mapping_programs(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        created_by: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        family_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        source_keys: str | Unset = UNSET,
        destination_keys: str | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Program]:
        """List mapping programs.

        Returns a page of mapping programs, filtered by creator, time, family, namespace or keys.

        `GET /mapping`

        Args:
            page_size: How many programs to return per page.
            page_number: Page to return, starting at 1.
            created_by: Only programs made by this user.
            created_after: Only programs made after this time.
            created_before: Only programs made before this time.
            environment_id: Only programs of this environment.
            family_id: Only programs of this family.
            namespace: Only programs in this namespace.
            source_keys: Only programs with these source keys.
            destination_keys: Only programs with these destination keys.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Program`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ProgramsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/mapping",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "createdBy": created_by,
                        "createdAfter": created_after,
                        "createdBefore": created_before,
                        "environmentId": environment_id,
                        "familyId": family_id,
                        "namespace": namespace,
                        "sourceKeys": source_keys,
                        "destinationKeys": destination_keys,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_mapping_programs,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def create_mapping_program(
        self,
        *,
        source: SheetConfig | Mapping[str, Any],
        destination: SheetConfig | Mapping[str, Any],
        family_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        save: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramResponse:
        """Create a mapping program.

        Builds mapping rules from a source schema to a destination schema.

        `POST /mapping`

        Args:
            source: Shape and behaviour of a sheet.
            destination: Shape and behaviour of a sheet.
            family_id: Family to add the program to.
            namespace: The `namespace` field of the request body.
            save: Keep the program for later editing; the response then carries an access token.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProgramResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/mapping",
                json=MappingCreateMappingProgramBody(
                    source=as_model(SheetConfig, source),
                    destination=as_model(SheetConfig, destination),
                    family_id=family_id,
                    namespace=namespace,
                    save=save,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create_mapping_program,
        )

    async def delete_all_history_for_user(
        self,
        *,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete mapping history.

        Clears all stored mapping history of the calling user.

        `DELETE /mapping`

        Args:
            environment_id: Only clear history for this environment.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                "/mapping",
                json=MappingDeleteAllHistoryForUserBody(environment_id=environment_id).to_dict()
                if not all(isinstance(value, Unset) for value in (environment_id,))
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_all_history_for_user,
        )

    async def get_mapping_program(
        self,
        program_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ProgramResponse:
        """Retrieve a mapping program.

        Fetches one mapping program with its rules.

        `GET /mapping/{programId}`

        Args:
            program_id: Mapping program identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProgramResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/mapping/{encode_path(program_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_mapping_program,
        )

    async def delete_mapping_program(
        self,
        program_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a mapping program.

        Removes a mapping program and its rules.

        `DELETE /mapping/{programId}`

        Args:
            program_id: Mapping program identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/mapping/{encode_path(program_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_mapping_program,
        )

    async def update_mapping_program(
        self,
        program_id: str,
        *,
        source: SheetConfig | Mapping[str, Any],
        destination: SheetConfig | Mapping[str, Any],
        family_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        save: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ProgramResponse:
        """Update a mapping program.

        Rebuilds a mapping program from new source and destination schemas.

        `PATCH /mapping/{programId}`

        Args:
            program_id: Mapping program identifier.
            source: Shape and behaviour of a sheet.
            destination: Shape and behaviour of a sheet.
            family_id: Family to add the program to.
            namespace: The `namespace` field of the request body.
            save: Keep the program for later editing; the response then carries an access token.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ProgramResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/mapping/{encode_path(program_id)}",
                json=MappingUpdateMappingProgramBody(
                    source=as_model(SheetConfig, source),
                    destination=as_model(SheetConfig, destination),
                    family_id=family_id,
                    namespace=namespace,
                    save=save,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_mapping_program,
        )

    async def list_rules(
        self,
        program_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MappingRulesResponse:
        """List mapping rules.

        Returns every rule of a mapping program.

        `GET /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRulesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/mapping/{encode_path(program_id)}/rules",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_rules,
        )

    async def create_rules(
        self,
        program_id: str,
        *,
        request: Sequence[MappingRuleConfig | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MappingRulesResponse:
        """Add mapping rules.

        Appends rules to a mapping program.

        `POST /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRulesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/mapping/{encode_path(program_id)}/rules",
                json=jsonable(as_models(MappingRuleConfig, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_rules,
        )

    async def delete_multiple_rules(
        self,
        program_id: str,
        *,
        rule_ids: list[str],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete several mapping rules.

        Removes the listed rules from a program.

        `DELETE /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            rule_ids: Rules to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/mapping/{encode_path(program_id)}/rules",
                json=MappingDeleteMultipleRulesBody(rule_ids=rule_ids).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_multiple_rules,
        )

    async def update_rules(
        self,
        program_id: str,
        *,
        request: Sequence[MappingRule | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> MappingRulesResponse:
        """Update several mapping rules.

        Changes the listed rules of a program in one request.

        `PATCH /mapping/{programId}/rules`

        Args:
            program_id: Mapping program identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRulesResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/mapping/{encode_path(program_id)}/rules",
                json=jsonable(as_models(MappingRule, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_rules,
        )

    async def get_rule(
        self,
        program_id: str,
        mapping_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> MappingRuleResponse:
        """Get a mapping rule.

        Fetches one rule of a mapping program.

        `GET /mapping/{programId}/rules/{mappingId}`

        Args:
            program_id: Mapping program identifier.
            mapping_id: Mapping rule identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRuleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/mapping/{encode_path(program_id)}/rules/{encode_path(mapping_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_rule,
        )

    async def delete_rule(
        self,
        program_id: str,
        mapping_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a mapping rule.

        Removes one rule from a mapping program.

        `DELETE /mapping/{programId}/rules/{mappingId}`

        Args:
            program_id: Mapping program identifier.
            mapping_id: Mapping rule identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/mapping/{encode_path(program_id)}/rules/{encode_path(mapping_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_rule,
        )

    async def update_rule(
        self,
        program_id: str,
        mapping_id: str,
        *,
        name: str,
        type: str,
        config: Any | Unset = UNSET,
        accepted_at: datetime.datetime | Unset = UNSET,
        accepted_by: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> MappingRuleResponse:
        """Update a mapping rule.

        Replaces one rule of a mapping program.

        `PATCH /mapping/{programId}/rules/{mappingId}`

        Args:
            program_id: Mapping program identifier.
            mapping_id: Mapping rule identifier.
            name: Rule name.
            type: Kind of rule.
            config: The `config` field of the request body.
            accepted_at: When the rule was accepted.
            accepted_by: User who accepted the rule.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            MappingRuleResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/mapping/{encode_path(program_id)}/rules/{encode_path(mapping_id)}",
                json=MappingUpdateRuleBody(
                    name=name,
                    type_=type,
                    config=config,
                    accepted_at=accepted_at,
                    accepted_by=accepted_by,
                    metadata=metadata,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_rule,
        )


class AsyncMappingResourceWithRawResponse:
    """`mapping` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMappingResource) -> None:
        self.list_mapping_programs = to_async_raw_response(resource.list_mapping_programs)
        self.create_mapping_program = to_async_raw_response(resource.create_mapping_program)
        self.delete_all_history_for_user = to_async_raw_response(resource.delete_all_history_for_user)
        self.get_mapping_program = to_async_raw_response(resource.get_mapping_program)
        self.delete_mapping_program = to_async_raw_response(resource.delete_mapping_program)
        self.update_mapping_program = to_async_raw_response(resource.update_mapping_program)
        self.list_rules = to_async_raw_response(resource.list_rules)
        self.create_rules = to_async_raw_response(resource.create_rules)
        self.delete_multiple_rules = to_async_raw_response(resource.delete_multiple_rules)
        self.update_rules = to_async_raw_response(resource.update_rules)
        self.get_rule = to_async_raw_response(resource.get_rule)
        self.delete_rule = to_async_raw_response(resource.delete_rule)
        self.update_rule = to_async_raw_response(resource.update_rule)
