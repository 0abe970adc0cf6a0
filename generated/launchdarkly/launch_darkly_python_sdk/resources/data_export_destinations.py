"""Operations on `client.data_export_destinations`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.destination import Destination
from ..models.destination_post import DestinationPost
from ..models.destination_post_config import DestinationPostConfig
from ..models.destination_post_kind import DestinationPostKind
from ..models.destinations import Destinations
from ..models.forbidden_error_rep import ForbiddenErrorRep
from ..models.invalid_request_error_rep import InvalidRequestErrorRep
from ..models.not_found_error_rep import NotFoundErrorRep
from ..models.patch_operation import PatchOperation
from ..models.rate_limited_error_rep import RateLimitedErrorRep
from ..models.status_conflict_error_rep import StatusConflictErrorRep
from ..models.unauthorized_error_rep import UnauthorizedErrorRep
from ..types import UNSET, Unset


def _parse_get_all(response: httpx.Response) -> Destinations:
    return Destinations.from_dict(response.json())


def _parse_create_destination(response: httpx.Response) -> Destination:
    return Destination.from_dict(response.json())


def _parse_get_single_by_id(response: httpx.Response) -> Destination:
    return Destination.from_dict(response.json())


def _parse_delete_by_id(response: httpx.Response) -> None:
    return None


def _parse_update_destination_patch(response: httpx.Response) -> Destination:
    return Destination.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_3: dict[int, Callable[[Any], object]] = {
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


_ERRORS_4: dict[int, Callable[[Any], object]] = {
    400: InvalidRequestErrorRep.from_dict,
    401: UnauthorizedErrorRep.from_dict,
    403: ForbiddenErrorRep.from_dict,
    404: NotFoundErrorRep.from_dict,
    409: StatusConflictErrorRep.from_dict,
    429: RateLimitedErrorRep.from_dict,
}


class DataExportDestinationsResource:
    """Operations on `client.data_export_destinations`."""

    def __init__(self, client: SyncHttpClient, async_client: Callable[[], AsyncHttpClient]) -> None:
        self._client = client
        self._async_client = async_client

    @cached_property
    def with_raw_response(self) -> DataExportDestinationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return DataExportDestinationsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> DataExportDestinationsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    def get_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Destinations:
        """List Data Export destinations.

        `GET /api/v2/destinations`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destinations

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/destinations",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all,
        )

    def create_destination(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str | Unset = UNSET,
        kind: DestinationPostKind | str | Unset = UNSET,
        config: DestinationPostConfig | Mapping[str, Any] | Unset = UNSET,
        on: bool | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Add a Data Export destination.

        `POST /api/v2/destinations/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            kind: The `kind` field of the request body.
            config: Settings specific to the destination kind.
            on: Whether export is switched on.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destination

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}",
                json=DestinationPost(
                    name=name, kind=kind, config=as_model(DestinationPostConfig, config), on=on
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_destination,
        )

    def get_single_by_id(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Get a Data Export destination.

        `GET /api/v2/destinations/{projectKey}/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destination

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_single_by_id,
        )

    def delete_by_id(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a Data Export destination.

        `DELETE /api/v2/destinations/{projectKey}/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    def update_destination_patch(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Change a Data Export destination.

        `PATCH /api/v2/destinations/{projectKey}/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destination

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_destination_patch,
        )

    async def aget_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Destinations:
        """Coroutine twin of `get_all`: same arguments, same result, awaitable."""
        return await AsyncDataExportDestinationsResource(self._async_client()).get_all(
            request_options=request_options,
        )

    async def acreate_destination(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str | Unset = UNSET,
        kind: DestinationPostKind | str | Unset = UNSET,
        config: DestinationPostConfig | Mapping[str, Any] | Unset = UNSET,
        on: bool | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Coroutine twin of `create_destination`: same arguments, same result, awaitable."""
        return await AsyncDataExportDestinationsResource(self._async_client()).create_destination(
            project_key,
            environment_key,
            name=name,
            kind=kind,
            config=config,
            on=on,
            _true=_true,
            request_options=request_options,
        )

    async def aget_single_by_id(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Coroutine twin of `get_single_by_id`: same arguments, same result, awaitable."""
        return await AsyncDataExportDestinationsResource(self._async_client()).get_single_by_id(
            project_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def adelete_by_id(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Coroutine twin of `delete_by_id`: same arguments, same result, awaitable."""
        return await AsyncDataExportDestinationsResource(self._async_client()).delete_by_id(
            project_key,
            environment_key,
            id,
            request_options=request_options,
        )

    async def aupdate_destination_patch(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Coroutine twin of `update_destination_patch`: same arguments, same result, awaitable."""
        return await AsyncDataExportDestinationsResource(self._async_client()).update_destination_patch(
            project_key,
            environment_key,
            id,
            body=body,
            request_options=request_options,
        )


class DataExportDestinationsResourceWithRawResponse:
    """`data_export_destinations` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: DataExportDestinationsResource) -> None:
        self.get_all = to_raw_response(resource.get_all)
        self.create_destination = to_raw_response(resource.create_destination)
        self.get_single_by_id = to_raw_response(resource.get_single_by_id)
        self.delete_by_id = to_raw_response(resource.delete_by_id)
        self.update_destination_patch = to_raw_response(resource.update_destination_patch)


class AsyncDataExportDestinationsResource:
    """Operations on `client.data_export_destinations`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDataExportDestinationsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncDataExportDestinationsResourceWithRawResponse(self)

    @cached_property
    def raw(self) -> AsyncDataExportDestinationsResourceWithRawResponse:
        """Alias of `with_raw_response`."""
        return self.with_raw_response

    async def get_all(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> Destinations:
        """List Data Export destinations.

        `GET /api/v2/destinations`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destinations

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/api/v2/destinations",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all,
        )

    async def create_destination(
        self,
        project_key: str,
        environment_key: str,
        *,
        name: str | Unset = UNSET,
        kind: DestinationPostKind | str | Unset = UNSET,
        config: DestinationPostConfig | Mapping[str, Any] | Unset = UNSET,
        on: bool | Unset = UNSET,
        _true: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Add a Data Export destination.

        `POST /api/v2/destinations/{projectKey}/{environmentKey}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            name: The `name` field of the request body.
            kind: The `kind` field of the request body.
            config: Settings specific to the destination kind.
            on: Whether export is switched on.
            _true: Another name for `on` (give one of the two).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destination

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 409, 429.
        """
        if not isinstance(_true, Unset):
            on = _true
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}",
                json=DestinationPost(
                    name=name, kind=kind, config=as_model(DestinationPostConfig, config), on=on
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_destination,
        )

    async def get_single_by_id(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Get a Data Export destination.

        `GET /api/v2/destinations/{projectKey}/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destination

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_get_single_by_id,
        )

    async def delete_by_id(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove a Data Export destination.

        `DELETE /api/v2/destinations/{projectKey}/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(id)}",
                error_types=_ERRORS_3,
                options=request_options,
            ),
            cast=_parse_delete_by_id,
        )

    async def update_destination_patch(
        self,
        project_key: str,
        environment_key: str,
        id: str,
        *,
        body: Sequence[PatchOperation | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> Destination:
        """Change a Data Export destination.

        `PATCH /api/v2/destinations/{projectKey}/{environmentKey}/{id}`

        Args:
            project_key: Key of the project.
            environment_key: Key of the environment.
            id: Identifier of the resource.
            body: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Destination

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 409,
                429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/api/v2/destinations/{encode_path(project_key)}/{encode_path(environment_key)}/{encode_path(id)}",
                json=jsonable(as_models(PatchOperation, body)),
                error_types=_ERRORS_4,
                options=request_options,
            ),
            cast=_parse_update_destination_patch,
        )


class AsyncDataExportDestinationsResourceWithRawResponse:
    """`data_export_destinations` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncDataExportDestinationsResource) -> None:
        self.get_all = to_async_raw_response(resource.get_all)
        self.create_destination = to_async_raw_response(resource.create_destination)
        self.get_single_by_id = to_async_raw_response(resource.get_single_by_id)
        self.delete_by_id = to_async_raw_response(resource.delete_by_id)
        self.update_destination_patch = to_async_raw_response(resource.update_destination_patch)
