"""Operations on `client.workbooks`."""

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
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.action import Action
from ..models.errors_model import Errors
from ..models.list_commits_response import ListCommitsResponse
from ..models.list_workbooks_response import ListWorkbooksResponse
from ..models.sheet_config import SheetConfig
from ..models.sheet_config_or_update import SheetConfigOrUpdate
from ..models.success import Success
from ..models.workbook_config_settings import WorkbookConfigSettings
from ..models.workbook_response import WorkbookResponse
from ..models.workbook_treatments import WorkbookTreatments
from ..models.workbooks_create_body import WorkbooksCreateBody
from ..models.workbooks_update_body import WorkbooksUpdateBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListWorkbooksResponse:
    return ListWorkbooksResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> WorkbookResponse:
    return WorkbookResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> WorkbookResponse:
    return WorkbookResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> WorkbookResponse:
    return WorkbookResponse.from_dict(response.json())


def _parse_get_workbook_commits(response: httpx.Response) -> ListCommitsResponse:
    return ListCommitsResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class WorkbooksResource:
    """Operations on `client.workbooks`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WorkbooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return WorkbooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        space_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        label: str | Unset = UNSET,
        treatment: str | Unset = UNSET,
        include_sheets: bool | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListWorkbooksResponse:
        """List workbooks.

        Returns workbooks, filtered by space, name, namespace, label or treatment.

        `GET /workbooks`

        Args:
            space_id: Only workbooks of this space.
            name: Name filter; prefix with - to exclude.
            namespace: Namespace filter; prefix with - to exclude.
            label: Label filter; prefix with - to exclude.
            treatment: Only workbooks with this treatment.
            include_sheets: Embed sheets (true when left out).
            include_counts: Deprecated. Deprecated; counts are always zero now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListWorkbooksResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        if not isinstance(include_counts, Unset):
            warnings.warn("`include_counts` of workbooks.list is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "GET",
                "/workbooks",
                params=query_params(
                    {
                        "spaceId": space_id,
                        "name": name,
                        "namespace": namespace,
                        "label": label,
                        "treatment": treatment,
                        "includeSheets": include_sheets,
                        "includeCounts": include_counts,
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
        name: str,
        labels: builtins.list[str] | Unset = UNSET,
        space_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        sheets: Sequence[SheetConfig | Mapping[str, Any]] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        settings: WorkbookConfigSettings | Mapping[str, Any] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        treatments: builtins.list[WorkbookTreatments | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkbookResponse:
        """Create a workbook.

        Adds a workbook with its sheets and actions to a space.

        `POST /workbooks`

        Args:
            name: Workbook name.
            labels: The `labels` field of the request body.
            space_id: Space to put the workbook in.
            environment_id: Environment identifier.
            namespace: The `namespace` field of the request body.
            sheets: The `sheets` field of the request body.
            actions: The `actions` field of the request body.
            settings: Workbook behaviour switches.
            metadata: The `metadata` field of the request body.
            treatments: The `treatments` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkbookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/workbooks",
                json=WorkbooksCreateBody(
                    name=name,
                    labels=labels,
                    space_id=space_id,
                    environment_id=environment_id,
                    namespace=namespace,
                    sheets=as_models(SheetConfig, sheets),
                    actions=as_models(Action, actions),
                    settings=as_model(WorkbookConfigSettings, settings),
                    metadata=metadata,
                    treatments=treatments,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        workbook_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkbookResponse:
        """Get a workbook.

        Fetches one workbook with its sheets.

        `GET /workbooks/{workbookId}`

        Args:
            workbook_id: Workbook identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkbookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/workbooks/{encode_path(workbook_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        workbook_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a workbook.

        Removes a workbook and its sheets.

        `DELETE /workbooks/{workbookId}`

        Args:
            workbook_id: Workbook to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/workbooks/{encode_path(workbook_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        workbook_id: str,
        *,
        name: str | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        space_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        sheets: Sequence[SheetConfigOrUpdate | Mapping[str, Any]] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        settings: WorkbookConfigSettings | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkbookResponse:
        """Update a workbook.

        Changes the workbook properties that are sent; sheets with an id are updated, others are added.

        `PATCH /workbooks/{workbookId}`

        Args:
            workbook_id: Workbook to change.
            name: The `name` field of the request body.
            labels: The `labels` field of the request body.
            space_id: Space identifier.
            environment_id: Environment identifier.
            namespace: The `namespace` field of the request body.
            sheets: The `sheets` field of the request body.
            actions: The `actions` field of the request body.
            metadata: The `metadata` field of the request body.
            settings: Workbook behaviour switches.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkbookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/workbooks/{encode_path(workbook_id)}",
                json=WorkbooksUpdateBody(
                    name=name,
                    labels=labels,
                    space_id=space_id,
                    environment_id=environment_id,
                    namespace=namespace,
                    sheets=as_models(SheetConfigOrUpdate, sheets),
                    actions=as_models(Action, actions),
                    metadata=metadata,
                    settings=as_model(WorkbookConfigSettings, settings),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def get_workbook_commits(
        self,
        workbook_id: str,
        *,
        completed: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCommitsResponse:
        """List workbook commits.

        Returns the commits made across the sheets of a workbook.

        `GET /workbooks/{workbookId}/commits`

        Args:
            workbook_id: Workbook identifier.
            completed: true for completed commits only, false for pending ones only.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListCommitsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/workbooks/{encode_path(workbook_id)}/commits",
                params=query_params(
                    {
                        "completed": completed,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_workbook_commits,
        )


class WorkbooksResourceWithRawResponse:
    """`workbooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: WorkbooksResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.get_workbook_commits = to_raw_response(resource.get_workbook_commits)


class AsyncWorkbooksResource:
    """Operations on `client.workbooks`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkbooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncWorkbooksResourceWithRawResponse(self)

    async def list(
        self,
        *,
        space_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        label: str | Unset = UNSET,
        treatment: str | Unset = UNSET,
        include_sheets: bool | Unset = UNSET,
        include_counts: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListWorkbooksResponse:
        """List workbooks.

        Returns workbooks, filtered by space, name, namespace, label or treatment.

        `GET /workbooks`

        Args:
            space_id: Only workbooks of this space.
            name: Name filter; prefix with - to exclude.
            namespace: Namespace filter; prefix with - to exclude.
            label: Label filter; prefix with - to exclude.
            treatment: Only workbooks with this treatment.
            include_sheets: Embed sheets (true when left out).
            include_counts: Deprecated. Deprecated; counts are always zero now.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListWorkbooksResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        if not isinstance(include_counts, Unset):
            warnings.warn("`include_counts` of workbooks.list is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "GET",
                "/workbooks",
                params=query_params(
                    {
                        "spaceId": space_id,
                        "name": name,
                        "namespace": namespace,
                        "label": label,
                        "treatment": treatment,
                        "includeSheets": include_sheets,
                        "includeCounts": include_counts,
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
        name: str,
        labels: builtins.list[str] | Unset = UNSET,
        space_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        sheets: Sequence[SheetConfig | Mapping[str, Any]] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        settings: WorkbookConfigSettings | Mapping[str, Any] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        treatments: builtins.list[WorkbookTreatments | str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkbookResponse:
        """Create a workbook.

        Adds a workbook with its sheets and actions to a space.

        `POST /workbooks`

        Args:
            name: Workbook name.
            labels: The `labels` field of the request body.
            space_id: Space to put the workbook in.
            environment_id: Environment identifier.
            namespace: The `namespace` field of the request body.
            sheets: The `sheets` field of the request body.
            actions: The `actions` field of the request body.
            settings: Workbook behaviour switches.
            metadata: The `metadata` field of the request body.
            treatments: The `treatments` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkbookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/workbooks",
                json=WorkbooksCreateBody(
                    name=name,
                    labels=labels,
                    space_id=space_id,
                    environment_id=environment_id,
                    namespace=namespace,
                    sheets=as_models(SheetConfig, sheets),
                    actions=as_models(Action, actions),
                    settings=as_model(WorkbookConfigSettings, settings),
                    metadata=metadata,
                    treatments=treatments,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        workbook_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> WorkbookResponse:
        """Get a workbook.

        Fetches one workbook with its sheets.

        `GET /workbooks/{workbookId}`

        Args:
            workbook_id: Workbook identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkbookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/workbooks/{encode_path(workbook_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        workbook_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a workbook.

        Removes a workbook and its sheets.

        `DELETE /workbooks/{workbookId}`

        Args:
            workbook_id: Workbook to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/workbooks/{encode_path(workbook_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        workbook_id: str,
        *,
        name: str | Unset = UNSET,
        labels: builtins.list[str] | Unset = UNSET,
        space_id: str | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        namespace: str | Unset = UNSET,
        sheets: Sequence[SheetConfigOrUpdate | Mapping[str, Any]] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        metadata: Any | Unset = UNSET,
        settings: WorkbookConfigSettings | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> WorkbookResponse:
        """Update a workbook.

        Changes the workbook properties that are sent; sheets with an id are updated, others are added.

        `PATCH /workbooks/{workbookId}`

        Args:
            workbook_id: Workbook to change.
            name: The `name` field of the request body.
            labels: The `labels` field of the request body.
            space_id: Space identifier.
            environment_id: Environment identifier.
            namespace: The `namespace` field of the request body.
            sheets: The `sheets` field of the request body.
            actions: The `actions` field of the request body.
            metadata: The `metadata` field of the request body.
            settings: Workbook behaviour switches.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            WorkbookResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/workbooks/{encode_path(workbook_id)}",
                json=WorkbooksUpdateBody(
                    name=name,
                    labels=labels,
                    space_id=space_id,
                    environment_id=environment_id,
                    namespace=namespace,
                    sheets=as_models(SheetConfigOrUpdate, sheets),
                    actions=as_models(Action, actions),
                    metadata=metadata,
                    settings=as_model(WorkbookConfigSettings, settings),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def get_workbook_commits(
        self,
        workbook_id: str,
        *,
        completed: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ListCommitsResponse:
        """List workbook commits.

        Returns the commits made across the sheets of a workbook.

        `GET /workbooks/{workbookId}/commits`

        Args:
            workbook_id: Workbook identifier.
            completed: true for completed commits only, false for pending ones only.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListCommitsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/workbooks/{encode_path(workbook_id)}/commits",
                params=query_params(
                    {
                        "completed": completed,
                    }
                ),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_workbook_commits,
        )


class AsyncWorkbooksResourceWithRawResponse:
    """`workbooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncWorkbooksResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.get_workbook_commits = to_async_raw_response(resource.get_workbook_commits)
