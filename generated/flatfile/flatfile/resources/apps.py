"""Operations on `client.apps`."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.app_response import AppResponse
from ..models.app_type import AppType
from ..models.apps_create_body import AppsCreateBody
from ..models.apps_create_constraint_body import AppsCreateConstraintBody
from ..models.apps_response import AppsResponse
from ..models.apps_update_body import AppsUpdateBody
from ..models.apps_update_constraint_body import AppsUpdateConstraintBody
from ..models.constraint_response import ConstraintResponse
from ..models.constraint_version_response import ConstraintVersionResponse
from ..models.constraint_versions_response import ConstraintVersionsResponse
from ..models.constraints_response import ConstraintsResponse
from ..models.errors_model import Errors
from ..models.success_response import SuccessResponse
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> AppsResponse:
    return AppsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> AppResponse:
    return AppResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> AppResponse:
    return AppResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> SuccessResponse:
    return SuccessResponse.from_dict(response.json())


def _parse_update(response: httpx.Response) -> AppResponse:
    return AppResponse.from_dict(response.json())


def _parse_get_constraints(response: httpx.Response) -> ConstraintsResponse:
    return ConstraintsResponse.from_dict(response.json())


def _parse_create_constraint(response: httpx.Response) -> ConstraintResponse:
    return ConstraintResponse.from_dict(response.json())


def _parse_get_constraint_by_id(response: httpx.Response) -> ConstraintResponse:
    return ConstraintResponse.from_dict(response.json())


def _parse_delete_constraint(response: httpx.Response) -> SuccessResponse:
    return SuccessResponse.from_dict(response.json())


def _parse_update_constraint(response: httpx.Response) -> ConstraintResponse:
    return ConstraintResponse.from_dict(response.json())


def _parse_get_constraint_versions(response: httpx.Response) -> ConstraintVersionsResponse:
    return ConstraintVersionsResponse.from_dict(response.json())


def _parse_get_constraint_version(response: httpx.Response) -> ConstraintVersionResponse:
    return ConstraintVersionResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class AppsResource:
    """Operations on `client.apps`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AppsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AppsResourceWithRawResponse(self)

    def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppsResponse:
        """List apps.

        Returns every app in the account.

        `GET /apps`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/apps",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        *,
        name: str,
        namespace: str,
        type: AppType | str,
        entity: str | Unset = UNSET,
        entity_plural: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        environment_filters: Any | Unset = UNSET,
        blueprint: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppResponse:
        """Create an app.

        Registers a new app in the account.

        `POST /apps`

        Args:
            name: App name.
            namespace: Namespace used by the app spaces.
            type: Kind of app.
            entity: Singular noun for items of the app.
            entity_plural: Plural noun.
            icon: SVG markup of the icon.
            metadata: Free-form app data.
            environment_filters: Which environments show the app.
            blueprint: Template for new spaces.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/apps",
                json=AppsCreateBody(
                    name=name,
                    namespace=namespace,
                    type_=type,
                    entity=entity,
                    entity_plural=entity_plural,
                    icon=icon,
                    metadata=metadata,
                    environment_filters=environment_filters,
                    blueprint=blueprint,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        app_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppResponse:
        """Get an app.

        Fetches one app.

        `GET /apps/{appId}`

        Args:
            app_id: App identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        app_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete an app.

        Removes an app. Answers with a bare success flag.

        `DELETE /apps/{appId}`

        Args:
            app_id: App identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SuccessResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(app_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        app_id: str,
        *,
        name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        entity: str | Unset = UNSET,
        entity_plural: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        environment_filters: Any | Unset = UNSET,
        blueprint: Any | Unset = UNSET,
        activated_at: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppResponse:
        """Update an app.

        Changes the app properties that are sent.

        `PATCH /apps/{appId}`

        Args:
            app_id: App identifier.
            name: The `name` field of the request body.
            namespace: The `namespace` field of the request body.
            entity: Singular noun for items of the app.
            entity_plural: Plural noun.
            icon: SVG markup of the icon.
            metadata: Free-form app data.
            environment_filters: Which environments show the app.
            blueprint: Template for new spaces.
            activated_at: When the app went live.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/apps/{encode_path(app_id)}",
                json=AppsUpdateBody(
                    name=name,
                    namespace=namespace,
                    entity=entity,
                    entity_plural=entity_plural,
                    icon=icon,
                    metadata=metadata,
                    environment_filters=environment_filters,
                    blueprint=blueprint,
                    activated_at=activated_at,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def get_constraints(
        self,
        app_id: str,
        *,
        include_builtins: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConstraintsResponse:
        """List constraints of an app.

        Returns the validation constraints an app defines.

        `GET /apps/{appId}/constraints`

        Args:
            app_id: App identifier.
            include_builtins: Also return the constraints that ship with Flatfile.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints",
                params=query_params(
                    {
                        "includeBuiltins": include_builtins,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraints,
        )

    def create_constraint(
        self,
        app_id_: str,
        *,
        description: str | Unset = UNSET,
        function: str | Unset = UNSET,
        options: Any | Unset = UNSET,
        label: str | Unset = UNSET,
        validator: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConstraintResponse:
        """Create a constraint.

        Adds a reusable validation constraint to an app.

        `POST /apps/{appId}/constraints`

        Args:
            app_id_: App identifier.
            description: The `description` field of the request body.
            function: Validator code.
            options: Settings passed to the validator.
            label: Display name.
            validator: Name fields use to refer to the constraint.
            app_id: App the constraint belongs to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/apps/{encode_path(app_id_)}/constraints",
                json=AppsCreateConstraintBody(
                    description=description,
                    function=function,
                    options=options,
                    label=label,
                    validator=validator,
                    app_id=app_id,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_constraint,
        )

    def get_constraint_by_id(
        self,
        app_id: str,
        constraint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstraintResponse:
        """Get a constraint.

        Fetches one constraint of an app.

        `GET /apps/{appId}/constraints/{constraintId}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraint_by_id,
        )

    def delete_constraint(
        self,
        app_id: str,
        constraint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a constraint.

        Removes a constraint from an app. Answers with a bare success flag.

        `DELETE /apps/{appId}/constraints/{constraintId}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SuccessResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_constraint,
        )

    def update_constraint(
        self,
        app_id: str,
        constraint_id: str,
        *,
        description: str | Unset = UNSET,
        function: str | Unset = UNSET,
        options: Any | Unset = UNSET,
        label: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConstraintResponse:
        """Update a constraint.

        Changes a constraint; a new revision is stored.

        `PATCH /apps/{appId}/constraints/{constraintId}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            description: The `description` field of the request body.
            function: Validator code.
            options: Settings passed to the validator.
            label: Display name.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}",
                json=AppsUpdateConstraintBody(
                    description=description, function=function, options=options, label=label
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_constraint,
        )

    def get_constraint_versions(
        self,
        app_id: str,
        constraint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstraintVersionsResponse:
        """List constraint versions.

        Returns every stored revision of a constraint.

        `GET /apps/{appId}/constraints/{constraintId}/versions`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintVersionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}/versions",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraint_versions,
        )

    def get_constraint_version(
        self,
        app_id: str,
        constraint_id: str,
        version: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstraintVersionResponse:
        """Get a constraint version.

        Fetches one numbered revision of a constraint.

        `GET /apps/{appId}/constraints/{constraintId}/versions/{version}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            version: Revision number.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintVersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}/versions/{encode_path(version)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraint_version,
        )


class AppsResourceWithRawResponse:
    """`apps` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AppsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.get_constraints = to_raw_response(resource.get_constraints)
        self.create_constraint = to_raw_response(resource.create_constraint)
        self.get_constraint_by_id = to_raw_response(resource.get_constraint_by_id)
        self.delete_constraint = to_raw_response(resource.delete_constraint)
        self.update_constraint = to_raw_response(resource.update_constraint)
        self.get_constraint_versions = to_raw_response(resource.get_constraint_versions)
        self.get_constraint_version = to_raw_response(resource.get_constraint_version)


class AsyncAppsResource:
    """Operations on `client.apps`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAppsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAppsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppsResponse:
        """List apps.

        Returns every app in the account.

        `GET /apps`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/apps",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        *,
        name: str,
        namespace: str,
        type: AppType | str,
        entity: str | Unset = UNSET,
        entity_plural: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        environment_filters: Any | Unset = UNSET,
        blueprint: Any | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppResponse:
        """Create an app.

        Registers a new app in the account.

        `POST /apps`

        Args:
            name: App name.
            namespace: Namespace used by the app spaces.
            type: Kind of app.
            entity: Singular noun for items of the app.
            entity_plural: Plural noun.
            icon: SVG markup of the icon.
            metadata: Free-form app data.
            environment_filters: Which environments show the app.
            blueprint: Template for new spaces.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/apps",
                json=AppsCreateBody(
                    name=name,
                    namespace=namespace,
                    type_=type,
                    entity=entity,
                    entity_plural=entity_plural,
                    icon=icon,
                    metadata=metadata,
                    environment_filters=environment_filters,
                    blueprint=blueprint,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        app_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> AppResponse:
        """Get an app.

        Fetches one app.

        `GET /apps/{appId}`

        Args:
            app_id: App identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        app_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete an app.

        Removes an app. Answers with a bare success flag.

        `DELETE /apps/{appId}`

        Args:
            app_id: App identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SuccessResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(app_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        app_id: str,
        *,
        name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        entity: str | Unset = UNSET,
        entity_plural: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        environment_filters: Any | Unset = UNSET,
        blueprint: Any | Unset = UNSET,
        activated_at: datetime.datetime | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> AppResponse:
        """Update an app.

        Changes the app properties that are sent.

        `PATCH /apps/{appId}`

        Args:
            app_id: App identifier.
            name: The `name` field of the request body.
            namespace: The `namespace` field of the request body.
            entity: Singular noun for items of the app.
            entity_plural: Plural noun.
            icon: SVG markup of the icon.
            metadata: Free-form app data.
            environment_filters: Which environments show the app.
            blueprint: Template for new spaces.
            activated_at: When the app went live.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AppResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/apps/{encode_path(app_id)}",
                json=AppsUpdateBody(
                    name=name,
                    namespace=namespace,
                    entity=entity,
                    entity_plural=entity_plural,
                    icon=icon,
                    metadata=metadata,
                    environment_filters=environment_filters,
                    blueprint=blueprint,
                    activated_at=activated_at,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def get_constraints(
        self,
        app_id: str,
        *,
        include_builtins: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConstraintsResponse:
        """List constraints of an app.

        Returns the validation constraints an app defines.

        `GET /apps/{appId}/constraints`

        Args:
            app_id: App identifier.
            include_builtins: Also return the constraints that ship with Flatfile.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints",
                params=query_params(
                    {
                        "includeBuiltins": include_builtins,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraints,
        )

    async def create_constraint(
        self,
        app_id_: str,
        *,
        description: str | Unset = UNSET,
        function: str | Unset = UNSET,
        options: Any | Unset = UNSET,
        label: str | Unset = UNSET,
        validator: str | Unset = UNSET,
        app_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConstraintResponse:
        """Create a constraint.

        Adds a reusable validation constraint to an app.

        `POST /apps/{appId}/constraints`

        Args:
            app_id_: App identifier.
            description: The `description` field of the request body.
            function: Validator code.
            options: Settings passed to the validator.
            label: Display name.
            validator: Name fields use to refer to the constraint.
            app_id: App the constraint belongs to.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/apps/{encode_path(app_id_)}/constraints",
                json=AppsCreateConstraintBody(
                    description=description,
                    function=function,
                    options=options,
                    label=label,
                    validator=validator,
                    app_id=app_id,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_create_constraint,
        )

    async def get_constraint_by_id(
        self,
        app_id: str,
        constraint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstraintResponse:
        """Get a constraint.

        Fetches one constraint of an app.

        `GET /apps/{appId}/constraints/{constraintId}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraint_by_id,
        )

    async def delete_constraint(
        self,
        app_id: str,
        constraint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Delete a constraint.

        Removes a constraint from an app. Answers with a bare success flag.

        `DELETE /apps/{appId}/constraints/{constraintId}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            SuccessResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete_constraint,
        )

    async def update_constraint(
        self,
        app_id: str,
        constraint_id: str,
        *,
        description: str | Unset = UNSET,
        function: str | Unset = UNSET,
        options: Any | Unset = UNSET,
        label: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ConstraintResponse:
        """Update a constraint.

        Changes a constraint; a new revision is stored.

        `PATCH /apps/{appId}/constraints/{constraintId}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            description: The `description` field of the request body.
            function: Validator code.
            options: Settings passed to the validator.
            label: Display name.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}",
                json=AppsUpdateConstraintBody(
                    description=description, function=function, options=options, label=label
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_constraint,
        )

    async def get_constraint_versions(
        self,
        app_id: str,
        constraint_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstraintVersionsResponse:
        """List constraint versions.

        Returns every stored revision of a constraint.

        `GET /apps/{appId}/constraints/{constraintId}/versions`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintVersionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}/versions",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraint_versions,
        )

    async def get_constraint_version(
        self,
        app_id: str,
        constraint_id: str,
        version: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ConstraintVersionResponse:
        """Get a constraint version.

        Fetches one numbered revision of a constraint.

        `GET /apps/{appId}/constraints/{constraintId}/versions/{version}`

        Args:
            app_id: App identifier.
            constraint_id: Constraint identifier.
            version: Revision number.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ConstraintVersionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/apps/{encode_path(app_id)}/constraints/{encode_path(constraint_id)}/versions/{encode_path(version)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_constraint_version,
        )


class AsyncAppsResourceWithRawResponse:
    """`apps` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAppsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.get_constraints = to_async_raw_response(resource.get_constraints)
        self.create_constraint = to_async_raw_response(resource.create_constraint)
        self.get_constraint_by_id = to_async_raw_response(resource.get_constraint_by_id)
        self.delete_constraint = to_async_raw_response(resource.delete_constraint)
        self.update_constraint = to_async_raw_response(resource.update_constraint)
        self.get_constraint_versions = to_async_raw_response(resource.get_constraint_versions)
        self.get_constraint_version = to_async_raw_response(resource.get_constraint_version)
