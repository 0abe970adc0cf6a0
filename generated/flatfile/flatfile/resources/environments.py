"""Operations on `client.environments`."""

from __future__ import annotations

import builtins
import warnings
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
from ..models.environment import Environment
from ..models.environment_response import EnvironmentResponse
from ..models.environments_create_body import EnvironmentsCreateBody
from ..models.environments_create_body_metadata import EnvironmentsCreateBodyMetadata
from ..models.environments_create_guide_body import EnvironmentsCreateGuideBody
from ..models.environments_create_guide_body_blocks_item_type_0 import EnvironmentsCreateGuideBodyBlocksItemType0
from ..models.environments_create_guide_body_metadata import EnvironmentsCreateGuideBodyMetadata
from ..models.environments_update_body import EnvironmentsUpdateBody
from ..models.environments_update_body_metadata import EnvironmentsUpdateBodyMetadata
from ..models.environments_update_guide_body import EnvironmentsUpdateGuideBody
from ..models.environments_update_guide_body_blocks_item_type_0 import EnvironmentsUpdateGuideBodyBlocksItemType0
from ..models.environments_update_guide_body_metadata import EnvironmentsUpdateGuideBodyMetadata
from ..models.errors_model import Errors
from ..models.event_token_response import EventTokenResponse
from ..models.guest_authentication_enum import GuestAuthenticationEnum
from ..models.guide_delete_response import GuideDeleteResponse
from ..models.guide_detail_response import GuideDetailResponse
from ..models.guide_list_response import GuideListResponse
from ..models.guide_version_resource import GuideVersionResource
from ..models.guide_version_response import GuideVersionResponse
from ..models.list_environments_response import ListEnvironmentsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListEnvironmentsResponse:
    return ListEnvironmentsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> EnvironmentResponse:
    return EnvironmentResponse.from_dict(response.json())


def _parse_get_environment_event_token(response: httpx.Response) -> EventTokenResponse:
    return EventTokenResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> EnvironmentResponse:
    return EnvironmentResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> Environment:
    return Environment.from_dict(response.json())


def _parse_list_guides(response: httpx.Response) -> GuideListResponse:
    return GuideListResponse.from_dict(response.json())


def _parse_create_guide(response: httpx.Response) -> GuideDetailResponse:
    return GuideDetailResponse.from_dict(response.json())


def _parse_get_guide(response: httpx.Response) -> GuideDetailResponse:
    return GuideDetailResponse.from_dict(response.json())


def _parse_delete_guide(response: httpx.Response) -> GuideDeleteResponse:
    return GuideDeleteResponse.from_dict(response.json())


def _parse_update_guide(response: httpx.Response) -> GuideDetailResponse:
    return GuideDetailResponse.from_dict(response.json())


def _parse_get_guide_version(response: httpx.Response) -> GuideVersionResponse:
    return GuideVersionResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
    404: Errors.from_dict,
}


class EnvironmentsResource:
    """Operations on `client.environments`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> EnvironmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return EnvironmentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Environment]:
        """List environments.

        Returns a page of environments in the account.

        `GET /environments`

        Args:
            page_size: How many environments to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Environment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ListEnvironmentsResponse`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/environments",
                params=query_params(
                    {
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

    def create(
        self,
        *,
        name: str,
        is_prod: bool,
        new_spaces_inherit: bool | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        metadata: EnvironmentsCreateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        namespaces: builtins.list[str] | Unset = UNSET,
        language_override: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EnvironmentResponse:
        """Create an environment.

        Adds a new environment to the account.

        `POST /environments`

        Args:
            name: Environment name.
            is_prod: Marks the production environment.
            new_spaces_inherit: Deprecated. Older accounts only; new spaces copy the environment's settings.
            guest_authentication: The `guestAuthentication` field of the request body.
            metadata: The `metadata` field of the request body.
            translations_path: URL of translation files.
            namespaces: The `namespaces` field of the request body.
            language_override: Language forced for all users.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EnvironmentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        if not isinstance(new_spaces_inherit, Unset):
            warnings.warn("`new_spaces_inherit` of environments.create is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                "/environments",
                json=EnvironmentsCreateBody(
                    name=name,
                    is_prod=is_prod,
                    new_spaces_inherit=new_spaces_inherit,
                    guest_authentication=guest_authentication,
                    metadata=as_model(EnvironmentsCreateBodyMetadata, metadata),
                    translations_path=translations_path,
                    namespaces=namespaces,
                    language_override=language_override,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get_environment_event_token(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> EventTokenResponse:
        """Get an environment event token.

        Returns credentials for subscribing to the live event stream of an environment.

        `GET /environments/subscription-token`

        Args:
            environment_id: Environment to subscribe to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventTokenResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/environments/subscription-token",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_environment_event_token,
        )

    def get(
        self,
        environment_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EnvironmentResponse:
        """Get an environment.

        Fetches one environment; pass `current` to get the one tied to the API key.

        `GET /environments/{environmentId}`

        Args:
            environment_id: Environment identifier, or `current`.
            id: Another name for `environment_id` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EnvironmentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(id, Unset):
            environment_id = id
        if isinstance(environment_id, Unset):
            raise TypeError("get() missing required argument: 'environment_id'")
        return self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        environment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an environment.

        Removes an environment and everything in it.

        `DELETE /environments/{environmentId}`

        Args:
            environment_id: Environment to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/environments/{encode_path(environment_id)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        environment_id: str,
        *,
        name: str | Unset = UNSET,
        is_prod: bool | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        metadata: EnvironmentsUpdateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        namespaces: builtins.list[str] | Unset = UNSET,
        language_override: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Update an environment.

        Changes the environment properties that are sent. Answers with the bare environment object.

        `PATCH /environments/{environmentId}`

        Args:
            environment_id: Environment to change.
            name: Environment name.
            is_prod: Marks the production environment.
            guest_authentication: The `guestAuthentication` field of the request body.
            metadata: The `metadata` field of the request body.
            translations_path: URL of translation files.
            namespaces: The `namespaces` field of the request body.
            language_override: Language forced for all users.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/environments/{encode_path(environment_id)}",
                json=EnvironmentsUpdateBody(
                    name=name,
                    is_prod=is_prod,
                    guest_authentication=guest_authentication,
                    metadata=as_model(EnvironmentsUpdateBodyMetadata, metadata),
                    translations_path=translations_path,
                    namespaces=namespaces,
                    language_override=language_override,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def list_guides(
        self,
        environment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideListResponse:
        """List guides.

        Returns the guides of an environment.

        `GET /environments/{environmentId}/guides`

        Args:
            environment_id: Environment identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideListResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}/guides",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_guides,
        )

    def create_guide(
        self,
        environment_id_: str,
        *,
        description: str,
        title: str,
        slug: str,
        versions: Sequence[GuideVersionResource | Mapping[str, Any]],
        blocks: Sequence[EnvironmentsCreateGuideBodyBlocksItemType0 | Mapping[str, Any] | None],
        environment_id: str,
        metadata: EnvironmentsCreateGuideBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuideDetailResponse:
        """Create a guide.

        Adds a guide to an environment.

        `POST /environments/{environmentId}/guides`

        Args:
            environment_id_: Environment identifier.
            description: The `description` field of the request body.
            title: The `title` field of the request body.
            slug: The `slug` field of the request body.
            versions: The `versions` field of the request body.
            blocks: Content blocks of the guide.
            environment_id: Environment the guide belongs to.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDetailResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/environments/{encode_path(environment_id_)}/guides",
                json=EnvironmentsCreateGuideBody(
                    description=description,
                    title=title,
                    slug=slug,
                    versions=as_models(GuideVersionResource, versions),
                    blocks=as_models(EnvironmentsCreateGuideBodyBlocksItemType0, blocks),
                    environment_id=environment_id,
                    metadata=as_model(EnvironmentsCreateGuideBodyMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_guide,
        )

    def get_guide(
        self,
        environment_id: str,
        guide_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideDetailResponse:
        """Get a guide.

        Fetches one guide with its revisions.

        `GET /environments/{environmentId}/guides/{guideId}`

        Args:
            environment_id: Environment identifier.
            guide_id: Guide identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDetailResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}/guides/{encode_path(guide_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_guide,
        )

    def delete_guide(
        self,
        environment_id: str,
        guide_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideDeleteResponse:
        """Delete a guide.

        Removes a guide from an environment.

        `DELETE /environments/{environmentId}/guides/{guideId}`

        Args:
            environment_id: Environment identifier.
            guide_id: Guide to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDeleteResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/environments/{encode_path(environment_id)}/guides/{encode_path(guide_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_guide,
        )

    def update_guide(
        self,
        environment_id_: str,
        guide_id: str,
        *,
        description: str | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: EnvironmentsUpdateGuideBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        slug: str | Unset = UNSET,
        versions: Sequence[GuideVersionResource | Mapping[str, Any]] | Unset = UNSET,
        blocks: Sequence[EnvironmentsUpdateGuideBodyBlocksItemType0 | Mapping[str, Any] | None] | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuideDetailResponse:
        """Update a guide.

        Changes the guide properties that are sent.

        `PATCH /environments/{environmentId}/guides/{guideId}`

        Args:
            environment_id_: Environment identifier.
            guide_id: Guide identifier.
            description: The `description` field of the request body.
            title: The `title` field of the request body.
            metadata: The `metadata` field of the request body.
            slug: The `slug` field of the request body.
            versions: The `versions` field of the request body.
            blocks: Content blocks of the guide.
            environment_id: Environment the guide belongs to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDetailResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/environments/{encode_path(environment_id_)}/guides/{encode_path(guide_id)}",
                json=EnvironmentsUpdateGuideBody(
                    description=description,
                    title=title,
                    metadata=as_model(EnvironmentsUpdateGuideBodyMetadata, metadata),
                    slug=slug,
                    versions=as_models(GuideVersionResource, versions),
                    blocks=as_models(EnvironmentsUpdateGuideBodyBlocksItemType0, blocks),
                    environment_id=environment_id,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_guide,
        )

    def get_guide_version(
        self,
        environment_id: str,
        guide_id: str,
        version: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideVersionResponse:
        """Get a guide version.

        Fetches one numbered revision of a guide.

        `GET /environments/{environmentId}/guides/{guideId}/versions/{version}`

        Args:
            environment_id: Environment identifier.
            guide_id: Guide identifier.
            version: Revision number.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideVersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}/guides/{encode_path(guide_id)}/versions/{encode_path(version)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_guide_version,
        )


class EnvironmentsResourceWithRawResponse:
    """`environments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: EnvironmentsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get_environment_event_token = to_raw_response(resource.get_environment_event_token)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.list_guides = to_raw_response(resource.list_guides)
        self.create_guide = to_raw_response(resource.create_guide)
        self.get_guide = to_raw_response(resource.get_guide)
        self.delete_guide = to_raw_response(resource.delete_guide)
        self.update_guide = to_raw_response(resource.update_guide)
        self.get_guide_version = to_raw_response(resource.get_guide_version)


class AsyncEnvironmentsResource:
    """Operations on `client.environments`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncEnvironmentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncEnvironmentsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Environment]:
        """List environments.

        Returns a page of environments in the account.

        `GET /environments`

        Args:
            page_size: How many environments to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Environment`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `ListEnvironmentsResponse`
            and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/environments",
                params=query_params(
                    {
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

    async def create(
        self,
        *,
        name: str,
        is_prod: bool,
        new_spaces_inherit: bool | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        metadata: EnvironmentsCreateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        namespaces: builtins.list[str] | Unset = UNSET,
        language_override: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EnvironmentResponse:
        """Create an environment.

        Adds a new environment to the account.

        `POST /environments`

        Args:
            name: Environment name.
            is_prod: Marks the production environment.
            new_spaces_inherit: Deprecated. Older accounts only; new spaces copy the environment's settings.
            guest_authentication: The `guestAuthentication` field of the request body.
            metadata: The `metadata` field of the request body.
            translations_path: URL of translation files.
            namespaces: The `namespaces` field of the request body.
            language_override: Language forced for all users.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EnvironmentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        if not isinstance(new_spaces_inherit, Unset):
            warnings.warn("`new_spaces_inherit` of environments.create is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                "/environments",
                json=EnvironmentsCreateBody(
                    name=name,
                    is_prod=is_prod,
                    new_spaces_inherit=new_spaces_inherit,
                    guest_authentication=guest_authentication,
                    metadata=as_model(EnvironmentsCreateBodyMetadata, metadata),
                    translations_path=translations_path,
                    namespaces=namespaces,
                    language_override=language_override,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get_environment_event_token(
        self,
        *,
        environment_id: str,
        request_options: RequestOptions | None = None,
    ) -> EventTokenResponse:
        """Get an environment event token.

        Returns credentials for subscribing to the live event stream of an environment.

        `GET /environments/subscription-token`

        Args:
            environment_id: Environment to subscribe to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EventTokenResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/environments/subscription-token",
                params=query_params(
                    {
                        "environmentId": environment_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_environment_event_token,
        )

    async def get(
        self,
        environment_id: str | Unset = UNSET,
        *,
        id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> EnvironmentResponse:
        """Get an environment.

        Fetches one environment; pass `current` to get the one tied to the API key.

        `GET /environments/{environmentId}`

        Args:
            environment_id: Environment identifier, or `current`.
            id: Another name for `environment_id` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            EnvironmentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(id, Unset):
            environment_id = id
        if isinstance(environment_id, Unset):
            raise TypeError("get() missing required argument: 'environment_id'")
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        environment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an environment.

        Removes an environment and everything in it.

        `DELETE /environments/{environmentId}`

        Args:
            environment_id: Environment to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/environments/{encode_path(environment_id)}",
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        environment_id: str,
        *,
        name: str | Unset = UNSET,
        is_prod: bool | Unset = UNSET,
        guest_authentication: builtins.list[GuestAuthenticationEnum | str] | Unset = UNSET,
        metadata: EnvironmentsUpdateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        translations_path: str | Unset = UNSET,
        namespaces: builtins.list[str] | Unset = UNSET,
        language_override: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Environment:
        """Update an environment.

        Changes the environment properties that are sent. Answers with the bare environment object.

        `PATCH /environments/{environmentId}`

        Args:
            environment_id: Environment to change.
            name: Environment name.
            is_prod: Marks the production environment.
            guest_authentication: The `guestAuthentication` field of the request body.
            metadata: The `metadata` field of the request body.
            translations_path: URL of translation files.
            namespaces: The `namespaces` field of the request body.
            language_override: Language forced for all users.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Environment

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/environments/{encode_path(environment_id)}",
                json=EnvironmentsUpdateBody(
                    name=name,
                    is_prod=is_prod,
                    guest_authentication=guest_authentication,
                    metadata=as_model(EnvironmentsUpdateBodyMetadata, metadata),
                    translations_path=translations_path,
                    namespaces=namespaces,
                    language_override=language_override,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def list_guides(
        self,
        environment_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideListResponse:
        """List guides.

        Returns the guides of an environment.

        `GET /environments/{environmentId}/guides`

        Args:
            environment_id: Environment identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideListResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}/guides",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_list_guides,
        )

    async def create_guide(
        self,
        environment_id_: str,
        *,
        description: str,
        title: str,
        slug: str,
        versions: Sequence[GuideVersionResource | Mapping[str, Any]],
        blocks: Sequence[EnvironmentsCreateGuideBodyBlocksItemType0 | Mapping[str, Any] | None],
        environment_id: str,
        metadata: EnvironmentsCreateGuideBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuideDetailResponse:
        """Create a guide.

        Adds a guide to an environment.

        `POST /environments/{environmentId}/guides`

        Args:
            environment_id_: Environment identifier.
            description: The `description` field of the request body.
            title: The `title` field of the request body.
            slug: The `slug` field of the request body.
            versions: The `versions` field of the request body.
            blocks: Content blocks of the guide.
            environment_id: Environment the guide belongs to.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDetailResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/environments/{encode_path(environment_id_)}/guides",
                json=EnvironmentsCreateGuideBody(
                    description=description,
                    title=title,
                    slug=slug,
                    versions=as_models(GuideVersionResource, versions),
                    blocks=as_models(EnvironmentsCreateGuideBodyBlocksItemType0, blocks),
                    environment_id=environment_id,
                    metadata=as_model(EnvironmentsCreateGuideBodyMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_create_guide,
        )

    async def get_guide(
        self,
        environment_id: str,
        guide_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideDetailResponse:
        """Get a guide.

        Fetches one guide with its revisions.

        `GET /environments/{environmentId}/guides/{guideId}`

        Args:
            environment_id: Environment identifier.
            guide_id: Guide identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDetailResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}/guides/{encode_path(guide_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_guide,
        )

    async def delete_guide(
        self,
        environment_id: str,
        guide_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideDeleteResponse:
        """Delete a guide.

        Removes a guide from an environment.

        `DELETE /environments/{environmentId}/guides/{guideId}`

        Args:
            environment_id: Environment identifier.
            guide_id: Guide to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDeleteResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/environments/{encode_path(environment_id)}/guides/{encode_path(guide_id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_guide,
        )

    async def update_guide(
        self,
        environment_id_: str,
        guide_id: str,
        *,
        description: str | Unset = UNSET,
        title: str | Unset = UNSET,
        metadata: EnvironmentsUpdateGuideBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        slug: str | Unset = UNSET,
        versions: Sequence[GuideVersionResource | Mapping[str, Any]] | Unset = UNSET,
        blocks: Sequence[EnvironmentsUpdateGuideBodyBlocksItemType0 | Mapping[str, Any] | None] | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> GuideDetailResponse:
        """Update a guide.

        Changes the guide properties that are sent.

        `PATCH /environments/{environmentId}/guides/{guideId}`

        Args:
            environment_id_: Environment identifier.
            guide_id: Guide identifier.
            description: The `description` field of the request body.
            title: The `title` field of the request body.
            metadata: The `metadata` field of the request body.
            slug: The `slug` field of the request body.
            versions: The `versions` field of the request body.
            blocks: Content blocks of the guide.
            environment_id: Environment the guide belongs to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideDetailResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/environments/{encode_path(environment_id_)}/guides/{encode_path(guide_id)}",
                json=EnvironmentsUpdateGuideBody(
                    description=description,
                    title=title,
                    metadata=as_model(EnvironmentsUpdateGuideBodyMetadata, metadata),
                    slug=slug,
                    versions=as_models(GuideVersionResource, versions),
                    blocks=as_models(EnvironmentsUpdateGuideBodyBlocksItemType0, blocks),
                    environment_id=environment_id,
                ).to_dict(),
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_update_guide,
        )

    async def get_guide_version(
        self,
        environment_id: str,
        guide_id: str,
        version: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> GuideVersionResponse:
        """Get a guide version.

        Fetches one numbered revision of a guide.

        `GET /environments/{environmentId}/guides/{guideId}/versions/{version}`

        Args:
            environment_id: Environment identifier.
            guide_id: Guide identifier.
            version: Revision number.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            GuideVersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/environments/{encode_path(environment_id)}/guides/{encode_path(guide_id)}/versions/{encode_path(version)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_guide_version,
        )


class AsyncEnvironmentsResourceWithRawResponse:
    """`environments` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncEnvironmentsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get_environment_event_token = to_async_raw_response(resource.get_environment_event_token)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.list_guides = to_async_raw_response(resource.list_guides)
        self.create_guide = to_async_raw_response(resource.create_guide)
        self.get_guide = to_async_raw_response(resource.get_guide)
        self.delete_guide = to_async_raw_response(resource.delete_guide)
        self.update_guide = to_async_raw_response(resource.update_guide)
        self.get_guide_version = to_async_raw_response(resource.get_guide_version)
