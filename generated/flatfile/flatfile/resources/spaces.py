"""Operations on `client.spaces`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
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
from ..models.action import Action
from ..models.errors_model import Errors
from ..models.get_spaces_sort_field import GetSpacesSortField
from ..models.guest_authentication_enum import GuestAuthenticationEnum
from ..models.guidance_list_response import GuidanceListResponse
from ..models.guidance_options import GuidanceOptions
from ..models.guidance_resource import GuidanceResource
from ..models.list_spaces_response import ListSpacesResponse
from ..models.sort_direction import SortDirection
from ..models.space import Space
from ..models.space_access import SpaceAccess
from ..models.space_response import SpaceResponse
from ..models.space_settings import SpaceSettings
from ..models.spaces_create_body import SpacesCreateBody
from ..models.spaces_create_guidance_body import SpacesCreateGuidanceBody
from ..models.spaces_update_body import SpacesUpdateBody
from ..models.spaces_update_guidance_body import SpacesUpdateGuidanceBody
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListSpacesResponse:
    return ListSpacesResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> SpaceResponse:
    return SpaceResponse.from_dict(response.json())


def _parse_bulk_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get(response: httpx.Response) -> SpaceResponse:
    return SpaceResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> SpaceResponse:
    return SpaceResponse.from_dict(response.json())


def _parse_archive_space(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_unarchive_space(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_list_guidance(response: httpx.Response) -> GuidanceListResponse:
    return GuidanceListResponse.from_dict(response.json())


def _parse_create_guidance(response: httpx.Response) -> GuidanceResource:
    return GuidanceResource.from_dict(response.json())


def _parse_get_guidance(response: httpx.Response) -> GuidanceResource:
    return GuidanceResource.from_dict(response.json())


def _parse_delete_guidance(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update_guidance(response: httpx.Response) -> GuidanceResource:
    return GuidanceResource.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class SpacesResource:
    """Operations on `client.spaces`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> SpacesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return SpacesResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        search: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort_field: GetSpacesSortField | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        is_collaborative: bool | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_app_template: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Space]:
        """List spaces.

        Returns a page of spaces, with search, sort and filter options.

        `GET /spaces`

        Args:
            environment_id: Only spaces of this environment.
            page_size: How many spaces to return per page.
            page_number: Page to return, starting at 1.
            search: Text to search for.
            namespace: Only spaces in this namespace.
            archived: Also return spaces that were archived.
            sort_field: Field to sort by; needs sortDirection.
            sort_direction: Sort order; needs sortField.
            is_collaborative: Restrict to spaces used as collaborative projects.
            app_id: Only spaces of this app.
            is_app_template: Only app template spaces.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Space`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListSpacesResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/spaces",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "search": search,
                        "namespace": namespace,
                        "archived": archived,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "isCollaborative": is_collaborative,
                        "appId": app_id,
                        "isAppTemplate": is_app_template,
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

    def create(
        self,
        *,
        name: str | Unset = UNSET,
        display_order: int | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        space_config_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        primary_workbook_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        settings: SpaceSettings | Mapping[str, Any] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        access: builtins.list[SpaceAccess | str] | Unset = UNSET,
        auto_configure: bool | Unset = UNSET,
        namespace: str | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        language_override: str | Unset = UNSET,
        archived_at: datetime.datetime | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_app_template: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpaceResponse:
        """Create a space.

        Adds a new space to an environment.

        `POST /spaces`

        Args:
            name: Space name.
            display_order: Position in lists.
            guest_authentication: The `guestAuthentication` field of the request body.
            space_config_id: The `spaceConfigId` field of the request body.
            environment_id: Environment identifier.
            primary_workbook_id: Main workbook; leave out when creating.
            metadata: Free-form space data.
            settings: UI settings for a space.
            actions: The `actions` field of the request body.
            access: The `access` field of the request body.
            auto_configure: The `autoConfigure` field of the request body.
            namespace: The `namespace` field of the request body.
            labels: The `labels` field of the request body.
            translations_path: The `translationsPath` field of the request body.
            language_override: The `languageOverride` field of the request body.
            archived_at: When the space was archived.
            app_id: App the space belongs to.
            is_app_template: Use the space as the template of its app (one per app).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpaceResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/spaces",
                json=SpacesCreateBody(
                    name=name,
                    display_order=display_order,
                    guest_authentication=guest_authentication,
                    space_config_id=space_config_id,
                    environment_id=environment_id,
                    primary_workbook_id=primary_workbook_id,
                    metadata=metadata,
                    settings=as_model(SpaceSettings, settings),
                    actions=as_models(Action, actions),
                    access=access,
                    auto_configure=auto_configure,
                    namespace=namespace,
                    labels=labels,
                    translations_path=translations_path,
                    language_override=language_override,
                    archived_at=archived_at,
                    app_id=app_id,
                    is_app_template=is_app_template,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def bulk_delete(
        self,
        *,
        space_ids: builtins.list[str],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete several spaces.

        Removes all listed spaces in one request.

        `DELETE /spaces`

        Args:
            space_ids: Spaces to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                "/spaces",
                params=query_params(
                    {
                        "spaceIds": space_ids,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_bulk_delete,
        )

    def get(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SpaceResponse:
        """Get a space.

        Fetches one space.

        `GET /spaces/{spaceId}`

        Args:
            space_id: Space identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpaceResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Remove a space.

        Removes a space and everything in it.

        `DELETE /spaces/{spaceId}`

        Args:
            space_id: Space to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/spaces/{encode_path(space_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        space_id: str,
        *,
        name: str | Unset = UNSET,
        display_order: int | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        space_config_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        primary_workbook_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        settings: SpaceSettings | Mapping[str, Any] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        access: builtins.list[SpaceAccess | str] | Unset = UNSET,
        auto_configure: bool | Unset = UNSET,
        namespace: str | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        language_override: str | Unset = UNSET,
        archived_at: datetime.datetime | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_app_template: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpaceResponse:
        """Update a space.

        Changes the space properties that are sent.

        `PATCH /spaces/{spaceId}`

        Args:
            space_id: Space to change.
            name: Space name.
            display_order: Position in lists.
            guest_authentication: The `guestAuthentication` field of the request body.
            space_config_id: The `spaceConfigId` field of the request body.
            environment_id: Environment identifier.
            primary_workbook_id: Main workbook; leave out when creating.
            metadata: Free-form space data.
            settings: UI settings for a space.
            actions: The `actions` field of the request body.
            access: The `access` field of the request body.
            auto_configure: The `autoConfigure` field of the request body.
            namespace: The `namespace` field of the request body.
            labels: The `labels` field of the request body.
            translations_path: The `translationsPath` field of the request body.
            language_override: The `languageOverride` field of the request body.
            archived_at: When the space was archived.
            app_id: App the space belongs to.
            is_app_template: Use the space as the template of its app (one per app).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpaceResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/spaces/{encode_path(space_id)}",
                json=SpacesUpdateBody(
                    name=name,
                    display_order=display_order,
                    guest_authentication=guest_authentication,
                    space_config_id=space_config_id,
                    environment_id=environment_id,
                    primary_workbook_id=primary_workbook_id,
                    metadata=metadata,
                    settings=as_model(SpaceSettings, settings),
                    actions=as_models(Action, actions),
                    access=access,
                    auto_configure=auto_configure,
                    namespace=namespace,
                    labels=labels,
                    translations_path=translations_path,
                    language_override=language_override,
                    archived_at=archived_at,
                    app_id=app_id,
                    is_app_template=is_app_template,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def archive_space(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Archive a space.

        Hides a space from default lists without removing it.

        `POST /spaces/{spaceId}/archive`

        Args:
            space_id: Space to archive.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/archive",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_archive_space,
        )

    def unarchive_space(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Unarchive a space.

        Brings an archived space back into default lists.

        `POST /spaces/{spaceId}/unarchive`

        Args:
            space_id: Space to restore.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/unarchive",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_unarchive_space,
        )

    def list_guidance(
        self,
        space_id: str,
        *,
        guide: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuidanceListResponse:
        """List guidance of a space.

        Returns the guides placed in a space.

        `GET /spaces/{spaceId}/guidance`

        Args:
            space_id: Space identifier.
            guide: Embed the guide itself in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceListResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/guidance",
                params=query_params(
                    {
                        "guide": guide,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_guidance,
        )

    def create_guidance(
        self,
        space_id: str,
        *,
        guide_slug: str,
        options: GuidanceOptions | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GuidanceResource:
        """Add guidance to a space.

        Places a guide in a space and sets when it appears.

        `POST /spaces/{spaceId}/guidance`

        Args:
            space_id: Space identifier.
            guide_slug: Slug of the guide to show.
            options: When and how a guide is shown.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceResource

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/guidance",
                json=SpacesCreateGuidanceBody(
                    guide_slug=guide_slug, options=as_model(GuidanceOptions, options)
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_guidance,
        )

    def get_guidance(
        self,
        space_id: str,
        guidance_id: str,
        *,
        guide: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuidanceResource:
        """Get guidance.

        Fetches one guide placement of a space.

        `GET /spaces/{spaceId}/guidance/{guidanceId}`

        Args:
            space_id: Space identifier.
            guidance_id: Guidance identifier.
            guide: Embed the guide itself in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceResource

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/guidance/{encode_path(guidance_id)}",
                params=query_params(
                    {
                        "guide": guide,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_guidance,
        )

    def delete_guidance(
        self,
        space_id: str,
        guidance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete guidance.

        Removes a guide placement from a space.

        `DELETE /spaces/{spaceId}/guidance/{guidanceId}`

        Args:
            space_id: Space identifier.
            guidance_id: Guidance identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/spaces/{encode_path(space_id)}/guidance/{encode_path(guidance_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_guidance,
        )

    def update_guidance(
        self,
        space_id: str,
        guidance_id: str,
        *,
        options: GuidanceOptions | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GuidanceResource:
        """Update guidance.

        Changes when and how a placed guide appears.

        `PATCH /spaces/{spaceId}/guidance/{guidanceId}`

        Args:
            space_id: Space identifier.
            guidance_id: Guidance identifier.
            options: When and how a guide is shown.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceResource

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/spaces/{encode_path(space_id)}/guidance/{encode_path(guidance_id)}",
                json=SpacesUpdateGuidanceBody(options=as_model(GuidanceOptions, options)).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_guidance,
        )


class SpacesResourceWithRawResponse:
    """`spaces` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: SpacesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.bulk_delete = to_raw_response(resource.bulk_delete)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.archive_space = to_raw_response(resource.archive_space)
        self.unarchive_space = to_raw_response(resource.unarchive_space)
        self.list_guidance = to_raw_response(resource.list_guidance)
        self.create_guidance = to_raw_response(resource.create_guidance)
        self.get_guidance = to_raw_response(resource.get_guidance)
        self.delete_guidance = to_raw_response(resource.delete_guidance)
        self.update_guidance = to_raw_response(resource.update_guidance)


class AsyncSpacesResource:
    """Operations on `client.spaces`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncSpacesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncSpacesResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        search: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        sort_field: GetSpacesSortField | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        is_collaborative: bool | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_app_template: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Space]:
        """List spaces.

        Returns a page of spaces, with search, sort and filter options.

        `GET /spaces`

        Args:
            environment_id: Only spaces of this environment.
            page_size: How many spaces to return per page.
            page_number: Page to return, starting at 1.
            search: Text to search for.
            namespace: Only spaces in this namespace.
            archived: Also return spaces that were archived.
            sort_field: Field to sort by; needs sortDirection.
            sort_direction: Sort order; needs sortField.
            is_collaborative: Restrict to spaces used as collaborative projects.
            app_id: Only spaces of this app.
            is_app_template: Only app template spaces.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Space`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListSpacesResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/spaces",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "search": search,
                        "namespace": namespace,
                        "archived": archived,
                        "sortField": sort_field,
                        "sortDirection": sort_direction,
                        "isCollaborative": is_collaborative,
                        "appId": app_id,
                        "isAppTemplate": is_app_template,
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

    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        display_order: int | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        space_config_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        primary_workbook_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        settings: SpaceSettings | Mapping[str, Any] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        access: builtins.list[SpaceAccess | str] | Unset = UNSET,
        auto_configure: bool | Unset = UNSET,
        namespace: str | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        language_override: str | Unset = UNSET,
        archived_at: datetime.datetime | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_app_template: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpaceResponse:
        """Create a space.

        Adds a new space to an environment.

        `POST /spaces`

        Args:
            name: Space name.
            display_order: Position in lists.
            guest_authentication: The `guestAuthentication` field of the request body.
            space_config_id: The `spaceConfigId` field of the request body.
            environment_id: Environment identifier.
            primary_workbook_id: Main workbook; leave out when creating.
            metadata: Free-form space data.
            settings: UI settings for a space.
            actions: The `actions` field of the request body.
            access: The `access` field of the request body.
            auto_configure: The `autoConfigure` field of the request body.
            namespace: The `namespace` field of the request body.
            labels: The `labels` field of the request body.
            translations_path: The `translationsPath` field of the request body.
            language_override: The `languageOverride` field of the request body.
            archived_at: When the space was archived.
            app_id: App the space belongs to.
            is_app_template: Use the space as the template of its app (one per app).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpaceResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/spaces",
                json=SpacesCreateBody(
                    name=name,
                    display_order=display_order,
                    guest_authentication=guest_authentication,
                    space_config_id=space_config_id,
                    environment_id=environment_id,
                    primary_workbook_id=primary_workbook_id,
                    metadata=metadata,
                    settings=as_model(SpaceSettings, settings),
                    actions=as_models(Action, actions),
                    access=access,
                    auto_configure=auto_configure,
                    namespace=namespace,
                    labels=labels,
                    translations_path=translations_path,
                    language_override=language_override,
                    archived_at=archived_at,
                    app_id=app_id,
                    is_app_template=is_app_template,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def bulk_delete(
        self,
        *,
        space_ids: builtins.list[str],
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete several spaces.

        Removes all listed spaces in one request.

        `DELETE /spaces`

        Args:
            space_ids: Spaces to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                "/spaces",
                params=query_params(
                    {
                        "spaceIds": space_ids,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_bulk_delete,
        )

    async def get(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SpaceResponse:
        """Get a space.

        Fetches one space.

        `GET /spaces/{spaceId}`

        Args:
            space_id: Space identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpaceResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Remove a space.

        Removes a space and everything in it.

        `DELETE /spaces/{spaceId}`

        Args:
            space_id: Space to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/spaces/{encode_path(space_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        space_id: str,
        *,
        name: str | Unset = UNSET,
        display_order: int | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        space_config_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        primary_workbook_id: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        settings: SpaceSettings | Mapping[str, Any] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        access: builtins.list[SpaceAccess | str] | Unset = UNSET,
        auto_configure: bool | Unset = UNSET,
        namespace: str | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        language_override: str | Unset = UNSET,
        archived_at: datetime.datetime | Unset = UNSET,
        app_id: str | Unset = UNSET,
        is_app_template: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> SpaceResponse:
        """Update a space.

        Changes the space properties that are sent.

        `PATCH /spaces/{spaceId}`

        Args:
            space_id: Space to change.
            name: Space name.
            display_order: Position in lists.
            guest_authentication: The `guestAuthentication` field of the request body.
            space_config_id: The `spaceConfigId` field of the request body.
            environment_id: Environment identifier.
            primary_workbook_id: Main workbook; leave out when creating.
            metadata: Free-form space data.
            settings: UI settings for a space.
            actions: The `actions` field of the request body.
            access: The `access` field of the request body.
            auto_configure: The `autoConfigure` field of the request body.
            namespace: The `namespace` field of the request body.
            labels: The `labels` field of the request body.
            translations_path: The `translationsPath` field of the request body.
            language_override: The `languageOverride` field of the request body.
            archived_at: When the space was archived.
            app_id: App the space belongs to.
            is_app_template: Use the space as the template of its app (one per app).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SpaceResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/spaces/{encode_path(space_id)}",
                json=SpacesUpdateBody(
                    name=name,
                    display_order=display_order,
                    guest_authentication=guest_authentication,
                    space_config_id=space_config_id,
                    environment_id=environment_id,
                    primary_workbook_id=primary_workbook_id,
                    metadata=metadata,
                    settings=as_model(SpaceSettings, settings),
                    actions=as_models(Action, actions),
                    access=access,
                    auto_configure=auto_configure,
                    namespace=namespace,
                    labels=labels,
                    translations_path=translations_path,
                    language_override=language_override,
                    archived_at=archived_at,
                    app_id=app_id,
                    is_app_template=is_app_template,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def archive_space(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Archive a space.

        Hides a space from default lists without removing it.

        `POST /spaces/{spaceId}/archive`

        Args:
            space_id: Space to archive.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/archive",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_archive_space,
        )

    async def unarchive_space(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Unarchive a space.

        Brings an archived space back into default lists.

        `POST /spaces/{spaceId}/unarchive`

        Args:
            space_id: Space to restore.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/unarchive",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_unarchive_space,
        )

    async def list_guidance(
        self,
        space_id: str,
        *,
        guide: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuidanceListResponse:
        """List guidance of a space.

        Returns the guides placed in a space.

        `GET /spaces/{spaceId}/guidance`

        Args:
            space_id: Space identifier.
            guide: Embed the guide itself in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceListResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/guidance",
                params=query_params(
                    {
                        "guide": guide,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_list_guidance,
        )

    async def create_guidance(
        self,
        space_id: str,
        *,
        guide_slug: str,
        options: GuidanceOptions | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GuidanceResource:
        """Add guidance to a space.

        Places a guide in a space and sets when it appears.

        `POST /spaces/{spaceId}/guidance`

        Args:
            space_id: Space identifier.
            guide_slug: Slug of the guide to show.
            options: When and how a guide is shown.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceResource

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/guidance",
                json=SpacesCreateGuidanceBody(
                    guide_slug=guide_slug, options=as_model(GuidanceOptions, options)
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_guidance,
        )

    async def get_guidance(
        self,
        space_id: str,
        guidance_id: str,
        *,
        guide: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuidanceResource:
        """Get guidance.

        Fetches one guide placement of a space.

        `GET /spaces/{spaceId}/guidance/{guidanceId}`

        Args:
            space_id: Space identifier.
            guidance_id: Guidance identifier.
            guide: Embed the guide itself in the response.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceResource

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/guidance/{encode_path(guidance_id)}",
                params=query_params(
                    {
                        "guide": guide,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_guidance,
        )

    async def delete_guidance(
        self,
        space_id: str,
        guidance_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete guidance.

        Removes a guide placement from a space.

        `DELETE /spaces/{spaceId}/guidance/{guidanceId}`

        Args:
            space_id: Space identifier.
            guidance_id: Guidance identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/spaces/{encode_path(space_id)}/guidance/{encode_path(guidance_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_guidance,
        )

    async def update_guidance(
        self,
        space_id: str,
        guidance_id: str,
        *,
        options: GuidanceOptions | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> GuidanceResource:
        """Update guidance.

        Changes when and how a placed guide appears.

        `PATCH /spaces/{spaceId}/guidance/{guidanceId}`

        Args:
            space_id: Space identifier.
            guidance_id: Guidance identifier.
            options: When and how a guide is shown.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuidanceResource

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/spaces/{encode_path(space_id)}/guidance/{encode_path(guidance_id)}",
                json=SpacesUpdateGuidanceBody(options=as_model(GuidanceOptions, options)).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_guidance,
        )


class AsyncSpacesResourceWithRawResponse:
    """`spaces` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncSpacesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.bulk_delete = to_async_raw_response(resource.bulk_delete)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.archive_space = to_async_raw_response(resource.archive_space)
        self.unarchive_space = to_async_raw_response(resource.unarchive_space)
        self.list_guidance = to_async_raw_response(resource.list_guidance)
        self.create_guidance = to_async_raw_response(resource.create_guidance)
        self.get_guidance = to_async_raw_response(resource.get_guidance)
        self.delete_guidance = to_async_raw_response(resource.delete_guidance)
        self.update_guidance = to_async_raw_response(resource.update_guidance)
