"""Operations on `client.metadata_fields`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest, ParamStyle
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    CursorStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.create_field_definition_params import CreateFieldDefinitionParams
from ..models.create_field_definition_params_data_unknown import CreateFieldDefinitionParamsDataUnknown
from ..models.creator_include import CreatorInclude
from ..models.date_definition_params import DateDefinitionParams
from ..models.date_definition_with_includes import DateDefinitionWithIncludes
from ..models.errors_model import Errors
from ..models.field_definition_response import FieldDefinitionResponse
from ..models.field_definition_with_includes_unknown import FieldDefinitionWithIncludesUnknown
from ..models.field_definitions_with_includes_response import FieldDefinitionsWithIncludesResponse
from ..models.long_text_definition_params import LongTextDefinitionParams
from ..models.long_text_definition_with_includes import LongTextDefinitionWithIncludes
from ..models.metadata_field_definitions_index_filters import MetadataFieldDefinitionsIndexFilters
from ..models.name_created_sort import NameCreatedSort
from ..models.number_definition_params import NumberDefinitionParams
from ..models.number_definition_with_includes import NumberDefinitionWithIncludes
from ..models.rating_definition_params import RatingDefinitionParams
from ..models.rating_definition_with_includes import RatingDefinitionWithIncludes
from ..models.select_definition_params import SelectDefinitionParams
from ..models.select_definition_with_includes import SelectDefinitionWithIncludes
from ..models.select_multi_definition_params import SelectMultiDefinitionParams
from ..models.select_multi_definition_with_includes import SelectMultiDefinitionWithIncludes
from ..models.text_definition_params import TextDefinitionParams
from ..models.text_definition_with_includes import TextDefinitionWithIncludes
from ..models.toggle_definition_params import ToggleDefinitionParams
from ..models.toggle_definition_with_includes import ToggleDefinitionWithIncludes
from ..models.update_date_definition_params import UpdateDateDefinitionParams
from ..models.update_field_definition_params import UpdateFieldDefinitionParams
from ..models.update_field_definition_params_data_unknown import UpdateFieldDefinitionParamsDataUnknown
from ..models.update_long_text_definition_params import UpdateLongTextDefinitionParams
from ..models.update_number_definition_params import UpdateNumberDefinitionParams
from ..models.update_rating_definition_params import UpdateRatingDefinitionParams
from ..models.update_select_definition_params import UpdateSelectDefinitionParams
from ..models.update_select_multi_definition_params import UpdateSelectMultiDefinitionParams
from ..models.update_text_definition_params import UpdateTextDefinitionParams
from ..models.update_toggle_definition_params import UpdateToggleDefinitionParams
from ..models.update_user_multi_definition_params import UpdateUserMultiDefinitionParams
from ..models.update_user_single_definition_params import UpdateUserSingleDefinitionParams
from ..models.user_multi_definition_params import UserMultiDefinitionParams
from ..models.user_multi_definition_with_includes import UserMultiDefinitionWithIncludes
from ..models.user_single_definition_params import UserSingleDefinitionParams
from ..models.user_single_definition_with_includes import UserSingleDefinitionWithIncludes
from ..types import UNSET, Unset


def _parse_metadata_field_definitions_index(response: httpx.Response) -> FieldDefinitionsWithIncludesResponse:
    return FieldDefinitionsWithIncludesResponse.from_dict(response.json())


def _parse_metadata_field_definitions_create(response: httpx.Response) -> FieldDefinitionResponse:
    return FieldDefinitionResponse.from_dict(response.json())


def _parse_metadata_field_definitions_delete(response: httpx.Response) -> None:
    return None


def _parse_metadata_field_definitions_update(response: httpx.Response) -> FieldDefinitionResponse:
    return FieldDefinitionResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    401: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
    409: Errors.from_dict,
    422: Errors.from_dict,
    429: Errors.from_dict,
}


class MetadataFieldsResource:
    """Operations on `client.metadata_fields`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MetadataFieldsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return MetadataFieldsResourceWithRawResponse(self)

    def metadata_field_definitions_index(
        self,
        account_id: str | UUID,
        *,
        filters: MetadataFieldDefinitionsIndexFilters | Unset = UNSET,
        include: CreatorInclude | Unset = UNSET,
        sort: NameCreatedSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[
        DateDefinitionWithIncludes
        | FieldDefinitionWithIncludesUnknown
        | LongTextDefinitionWithIncludes
        | NumberDefinitionWithIncludes
        | RatingDefinitionWithIncludes
        | SelectDefinitionWithIncludes
        | SelectMultiDefinitionWithIncludes
        | TextDefinitionWithIncludes
        | ToggleDefinitionWithIncludes
        | UserMultiDefinitionWithIncludes
        | UserSingleDefinitionWithIncludes
    ]:
        """List custom field definitions.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/metadata/field_definitions`

        Args:
            account_id: The account that owns the resource.
            filters: Narrow the list, e.g. `filters[exclude_inactive]=true`.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `DateDefinitionWithIncludes | FieldDefinitionWithIncludesUnknown |
            LongTextDefinitionWithIncludes | NumberDefinitionWithIncludes | RatingDefinitionWithIncludes
            | SelectDefinitionWithIncludes | SelectMultiDefinitionWithIncludes |
            TextDefinitionWithIncludes | ToggleDefinitionWithIncludes | UserMultiDefinitionWithIncludes
            | UserSingleDefinitionWithIncludes`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `FieldDefinitionsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions",
                params=query_params(
                    {
                        "filters": filters,
                        "include": include,
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                query_styles={
                    "filters": ParamStyle("deepObject", explode=True),
                },
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    def metadata_field_definitions_create(
        self,
        account_id: str | UUID,
        *,
        data: CreateFieldDefinitionParamsDataUnknown
        | DateDefinitionParams
        | LongTextDefinitionParams
        | NumberDefinitionParams
        | RatingDefinitionParams
        | SelectDefinitionParams
        | SelectMultiDefinitionParams
        | TextDefinitionParams
        | ToggleDefinitionParams
        | Unset
        | UserMultiDefinitionParams
        | UserSingleDefinitionParams
        | Mapping[str, Any] = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FieldDefinitionResponse:
        """Create a custom field.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/metadata/field_definitions`

        Args:
            account_id: The account that owns the resource.
            data: New field; `field_type` picks the variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FieldDefinitionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions",
                json=CreateFieldDefinitionParams(
                    data=as_model(
                        (
                            TextDefinitionParams,
                            LongTextDefinitionParams,
                            SelectDefinitionParams,
                            SelectMultiDefinitionParams,
                            RatingDefinitionParams,
                            NumberDefinitionParams,
                            ToggleDefinitionParams,
                            DateDefinitionParams,
                            UserSingleDefinitionParams,
                            UserMultiDefinitionParams,
                            CreateFieldDefinitionParamsDataUnknown,
                        ),
                        data,
                    )
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_create,
        )

    def metadata_field_definitions_delete(
        self,
        account_id: str | UUID,
        field_definition_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a custom field.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/metadata/field_definitions/{field_definition_id}`

        Args:
            account_id: The account that owns the resource.
            field_definition_id: A custom metadata field definition.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions/{encode_path(field_definition_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_delete,
        )

    def metadata_field_definitions_update(
        self,
        account_id: str | UUID,
        field_definition_id: str | UUID,
        *,
        data: Unset
        | UpdateDateDefinitionParams
        | UpdateFieldDefinitionParamsDataUnknown
        | UpdateLongTextDefinitionParams
        | UpdateNumberDefinitionParams
        | UpdateRatingDefinitionParams
        | UpdateSelectDefinitionParams
        | UpdateSelectMultiDefinitionParams
        | UpdateTextDefinitionParams
        | UpdateToggleDefinitionParams
        | UpdateUserMultiDefinitionParams
        | UpdateUserSingleDefinitionParams
        | Mapping[str, Any] = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FieldDefinitionResponse:
        """Change a custom field.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/metadata/field_definitions/{field_definition_id}`

        Args:
            account_id: The account that owns the resource.
            field_definition_id: A custom metadata field definition.
            data: Field changes; `field_type` picks the variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FieldDefinitionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions/{encode_path(field_definition_id)}",
                json=UpdateFieldDefinitionParams(
                    data=as_model(
                        (
                            UpdateTextDefinitionParams,
                            UpdateLongTextDefinitionParams,
                            UpdateSelectDefinitionParams,
                            UpdateSelectMultiDefinitionParams,
                            UpdateRatingDefinitionParams,
                            UpdateNumberDefinitionParams,
                            UpdateToggleDefinitionParams,
                            UpdateDateDefinitionParams,
                            UpdateUserSingleDefinitionParams,
                            UpdateUserMultiDefinitionParams,
                            UpdateFieldDefinitionParamsDataUnknown,
                        ),
                        data,
                    )
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_update,
        )


class MetadataFieldsResourceWithRawResponse:
    """`metadata_fields` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: MetadataFieldsResource) -> None:
        self.metadata_field_definitions_index = to_raw_response(resource.metadata_field_definitions_index)
        self.metadata_field_definitions_create = to_raw_response(resource.metadata_field_definitions_create)
        self.metadata_field_definitions_delete = to_raw_response(resource.metadata_field_definitions_delete)
        self.metadata_field_definitions_update = to_raw_response(resource.metadata_field_definitions_update)


class AsyncMetadataFieldsResource:
    """Operations on `client.metadata_fields`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMetadataFieldsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncMetadataFieldsResourceWithRawResponse(self)

    def metadata_field_definitions_index(
        self,
        account_id: str | UUID,
        *,
        filters: MetadataFieldDefinitionsIndexFilters | Unset = UNSET,
        include: CreatorInclude | Unset = UNSET,
        sort: NameCreatedSort | Unset = UNSET,
        after: None | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total_count: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[
        DateDefinitionWithIncludes
        | FieldDefinitionWithIncludesUnknown
        | LongTextDefinitionWithIncludes
        | NumberDefinitionWithIncludes
        | RatingDefinitionWithIncludes
        | SelectDefinitionWithIncludes
        | SelectMultiDefinitionWithIncludes
        | TextDefinitionWithIncludes
        | ToggleDefinitionWithIncludes
        | UserMultiDefinitionWithIncludes
        | UserSingleDefinitionWithIncludes
    ]:
        """List custom field definitions.

        Rate limit: 100 calls per 1 minute per account_user.

        `GET /v4/accounts/{account_id}/metadata/field_definitions`

        Args:
            account_id: The account that owns the resource.
            filters: Narrow the list, e.g. `filters[exclude_inactive]=true`.
            include: Extra related objects to embed in the response.
            sort: Field and direction used to order the results.
            after: Cursor returned in `links.next` of the previous page; leave out to start at the first
                page.
            page_size: How many items to return per page (1 to 100).
            include_total_count: Ask the server to fill `total_count` in the page (costs an extra count query).
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `DateDefinitionWithIncludes | FieldDefinitionWithIncludesUnknown |
            LongTextDefinitionWithIncludes | NumberDefinitionWithIncludes | RatingDefinitionWithIncludes
            | SelectDefinitionWithIncludes | SelectMultiDefinitionWithIncludes |
            TextDefinitionWithIncludes | ToggleDefinitionWithIncludes | UserMultiDefinitionWithIncludes
            | UserSingleDefinitionWithIncludes`: iterating it yields every item across pages, fetching
            them as needed; `iter_pages()` yields each page (its items, the parsed
            `FieldDefinitionsWithIncludesResponse` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions",
                params=query_params(
                    {
                        "filters": filters,
                        "include": include,
                        "sort": sort,
                        "after": after,
                        "page_size": page_size,
                        "include_total_count": include_total_count,
                    }
                ),
                query_styles={
                    "filters": ParamStyle("deepObject", explode=True),
                },
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_index,
            strategy=CursorStrategy(param="after", next_link="links.next"),
            items=("data",),
            max_items=max_items,
        )

    async def metadata_field_definitions_create(
        self,
        account_id: str | UUID,
        *,
        data: CreateFieldDefinitionParamsDataUnknown
        | DateDefinitionParams
        | LongTextDefinitionParams
        | NumberDefinitionParams
        | RatingDefinitionParams
        | SelectDefinitionParams
        | SelectMultiDefinitionParams
        | TextDefinitionParams
        | ToggleDefinitionParams
        | Unset
        | UserMultiDefinitionParams
        | UserSingleDefinitionParams
        | Mapping[str, Any] = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FieldDefinitionResponse:
        """Create a custom field.

        Rate limit: 10 calls per 1 minute per account_user.

        `POST /v4/accounts/{account_id}/metadata/field_definitions`

        Args:
            account_id: The account that owns the resource.
            data: New field; `field_type` picks the variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FieldDefinitionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions",
                json=CreateFieldDefinitionParams(
                    data=as_model(
                        (
                            TextDefinitionParams,
                            LongTextDefinitionParams,
                            SelectDefinitionParams,
                            SelectMultiDefinitionParams,
                            RatingDefinitionParams,
                            NumberDefinitionParams,
                            ToggleDefinitionParams,
                            DateDefinitionParams,
                            UserSingleDefinitionParams,
                            UserMultiDefinitionParams,
                            CreateFieldDefinitionParamsDataUnknown,
                        ),
                        data,
                    )
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_create,
        )

    async def metadata_field_definitions_delete(
        self,
        account_id: str | UUID,
        field_definition_id: str | UUID,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a custom field.

        Rate limit: 60 calls per 1 minute per account_user.

        `DELETE /v4/accounts/{account_id}/metadata/field_definitions/{field_definition_id}`

        Args:
            account_id: The account that owns the resource.
            field_definition_id: A custom metadata field definition.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions/{encode_path(field_definition_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_delete,
        )

    async def metadata_field_definitions_update(
        self,
        account_id: str | UUID,
        field_definition_id: str | UUID,
        *,
        data: Unset
        | UpdateDateDefinitionParams
        | UpdateFieldDefinitionParamsDataUnknown
        | UpdateLongTextDefinitionParams
        | UpdateNumberDefinitionParams
        | UpdateRatingDefinitionParams
        | UpdateSelectDefinitionParams
        | UpdateSelectMultiDefinitionParams
        | UpdateTextDefinitionParams
        | UpdateToggleDefinitionParams
        | UpdateUserMultiDefinitionParams
        | UpdateUserSingleDefinitionParams
        | Mapping[str, Any] = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FieldDefinitionResponse:
        """Change a custom field.

        Rate limit: 10 calls per 1 minute per account_user.

        `PATCH /v4/accounts/{account_id}/metadata/field_definitions/{field_definition_id}`

        Args:
            account_id: The account that owns the resource.
            field_definition_id: A custom metadata field definition.
            data: Field changes; `field_type` picks the variant.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FieldDefinitionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                422, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/v4/accounts/{encode_path(account_id)}/metadata/field_definitions/{encode_path(field_definition_id)}",
                json=UpdateFieldDefinitionParams(
                    data=as_model(
                        (
                            UpdateTextDefinitionParams,
                            UpdateLongTextDefinitionParams,
                            UpdateSelectDefinitionParams,
                            UpdateSelectMultiDefinitionParams,
                            UpdateRatingDefinitionParams,
                            UpdateNumberDefinitionParams,
                            UpdateToggleDefinitionParams,
                            UpdateDateDefinitionParams,
                            UpdateUserSingleDefinitionParams,
                            UpdateUserMultiDefinitionParams,
                            UpdateFieldDefinitionParamsDataUnknown,
                        ),
                        data,
                    )
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_metadata_field_definitions_update,
        )


class AsyncMetadataFieldsResourceWithRawResponse:
    """`metadata_fields` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncMetadataFieldsResource) -> None:
        self.metadata_field_definitions_index = to_async_raw_response(resource.metadata_field_definitions_index)
        self.metadata_field_definitions_create = to_async_raw_response(resource.metadata_field_definitions_create)
        self.metadata_field_definitions_delete = to_async_raw_response(resource.metadata_field_definitions_delete)
        self.metadata_field_definitions_update = to_async_raw_response(resource.metadata_field_definitions_update)
