"""Operations on `client.actions`."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.action_constraint import ActionConstraint
from ..models.action_message import ActionMessage
from ..models.action_mode import ActionMode
from ..models.action_mount import ActionMount
from ..models.action_schedule import ActionSchedule
from ..models.actions_create_body import ActionsCreateBody
from ..models.actions_update_body import ActionsUpdateBody
from ..models.api_action_config import ApiActionConfig
from ..models.api_action_response import ApiActionResponse
from ..models.api_actions_response import ApiActionsResponse
from ..models.errors_model import Errors
from ..models.guardrail import Guardrail
from ..models.guide import Guide
from ..models.input_form import InputForm
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_get_all(response: httpx.Response) -> ApiActionsResponse:
    return ApiActionsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> ApiActionResponse:
    return ApiActionResponse.from_dict(response.json())


def _parse_bulk_create(response: httpx.Response) -> ApiActionsResponse:
    return ApiActionsResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> ApiActionResponse:
    return ApiActionResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> ApiActionResponse:
    return ApiActionResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class ActionsResource:
    """Operations on `client.actions`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ActionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ActionsResourceWithRawResponse(self)

    def get_all(
        self,
        *,
        space_id: str,
        request_options: RequestOptions | None = None,
    ) -> ApiActionsResponse:
        """List actions of a space.

        Returns every action defined in the given space.

        `GET /actions`

        Args:
            space_id: Space whose actions are listed.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/actions",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all,
        )

    def create(
        self,
        *,
        space_id: str,
        target_id: str,
        label: str,
        slug: str | Unset = UNSET,
        operation: str | Unset = UNSET,
        mode: ActionMode | str | Unset = UNSET,
        tooltip: str | Unset = UNSET,
        messages: Sequence[ActionMessage | Mapping[str, Any]] | Unset = UNSET,
        type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schedule: ActionSchedule | str | Unset = UNSET,
        primary: bool | Unset = UNSET,
        confirm: bool | Unset = UNSET,
        icon: str | Unset = UNSET,
        require_all_valid: bool | Unset = UNSET,
        require_selection: bool | Unset = UNSET,
        input_form: InputForm | Mapping[str, Any] | Unset = UNSET,
        constraints: Sequence[ActionConstraint | Mapping[str, Any]] | Unset = UNSET,
        mount: ActionMount | Mapping[str, Any] | Unset = UNSET,
        guide: Guide | Mapping[str, Any] | Unset = UNSET,
        guardrail: Guardrail | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiActionResponse:
        """Create an action.

        Adds a single action button to a workbook, sheet or document in the given space.

        `POST /actions`

        Args:
            space_id: Space that will own the action.
            target_id: Workbook, sheet or document the action belongs to.
            label: Button text.
            slug: Deprecated. Deprecated alias of operation.
            operation: Job operation started when the action runs.
            mode: How blocking the job started by an action is for the user.
            tooltip: Hover text for the button.
            messages: The `messages` field of the request body.
            type: Deprecated. Deprecated; kept for older clients.
            description: Text shown in the confirmation dialog.
            schedule: Cadence for actions that run on a timer.
            primary: Show the action prominently.
            confirm: Ask for confirmation before running.
            icon: Name of a Flatfile design-system icon (primary actions only).
            require_all_valid: Deprecated. Deprecated; use constraints.
            require_selection: Deprecated. Deprecated; use constraints.
            input_form: Form collected from the user when an action is clicked.
            constraints: The `constraints` field of the request body.
            mount: Placement of an action in the UI.
            guide: Help text attached to an action.
            guardrail: Warning shown before an action runs.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        if not isinstance(slug, Unset):
            warnings.warn("`slug` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(type, Unset):
            warnings.warn("`type` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_all_valid, Unset):
            warnings.warn("`require_all_valid` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_selection, Unset):
            warnings.warn("`require_selection` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "POST",
                "/actions",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                json=ActionsCreateBody(
                    target_id=target_id,
                    label=label,
                    slug=slug,
                    operation=operation,
                    mode=mode,
                    tooltip=tooltip,
                    messages=as_models(ActionMessage, messages),
                    type_=type,
                    description=description,
                    schedule=schedule,
                    primary=primary,
                    confirm=confirm,
                    icon=icon,
                    require_all_valid=require_all_valid,
                    require_selection=require_selection,
                    input_form=as_model(InputForm, input_form),
                    constraints=as_models(ActionConstraint, constraints),
                    mount=as_model(ActionMount, mount),
                    guide=as_model(Guide, guide),
                    guardrail=as_model(Guardrail, guardrail),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def bulk_create(
        self,
        *,
        space_id: str,
        request: Sequence[ApiActionConfig | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApiActionsResponse:
        """Create several actions.

        Adds many action definitions to a space in one request.

        `POST /actions/bulk`

        Args:
            space_id: Space that will own the actions.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/actions/bulk",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                json=jsonable(as_models(ApiActionConfig, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_bulk_create,
        )

    def get(
        self,
        action_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiActionResponse:
        """Get an action.

        Fetches one action by its identifier.

        `GET /actions/{actionId}`

        Args:
            action_id: Action identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/actions/{encode_path(action_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        action_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an action.

        Removes an action button.

        `DELETE /actions/{actionId}`

        Args:
            action_id: Action identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/actions/{encode_path(action_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        action_id: str,
        *,
        label: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        operation: str | Unset = UNSET,
        mode: ActionMode | str | Unset = UNSET,
        tooltip: str | Unset = UNSET,
        messages: Sequence[ActionMessage | Mapping[str, Any]] | Unset = UNSET,
        type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schedule: ActionSchedule | str | Unset = UNSET,
        primary: bool | Unset = UNSET,
        confirm: bool | Unset = UNSET,
        icon: str | Unset = UNSET,
        require_all_valid: bool | Unset = UNSET,
        require_selection: bool | Unset = UNSET,
        input_form: InputForm | Mapping[str, Any] | Unset = UNSET,
        constraints: Sequence[ActionConstraint | Mapping[str, Any]] | Unset = UNSET,
        mount: ActionMount | Mapping[str, Any] | Unset = UNSET,
        guide: Guide | Mapping[str, Any] | Unset = UNSET,
        guardrail: Guardrail | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiActionResponse:
        """Update an action.

        Changes only the action properties that are sent.

        `PATCH /actions/{actionId}`

        Args:
            action_id: Action identifier.
            label: Button text.
            slug: Deprecated. Deprecated alias of operation.
            operation: Job operation started when the action runs.
            mode: How blocking the job started by an action is for the user.
            tooltip: Hover text for the button.
            messages: The `messages` field of the request body.
            type: Deprecated. Deprecated; kept for older clients.
            description: Text shown in the confirmation dialog.
            schedule: Cadence for actions that run on a timer.
            primary: Show the action prominently.
            confirm: Ask for confirmation before running.
            icon: Name of a Flatfile design-system icon (primary actions only).
            require_all_valid: Deprecated. Deprecated; use constraints.
            require_selection: Deprecated. Deprecated; use constraints.
            input_form: Form collected from the user when an action is clicked.
            constraints: The `constraints` field of the request body.
            mount: Placement of an action in the UI.
            guide: Help text attached to an action.
            guardrail: Warning shown before an action runs.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(slug, Unset):
            warnings.warn("`slug` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(type, Unset):
            warnings.warn("`type` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_all_valid, Unset):
            warnings.warn("`require_all_valid` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_selection, Unset):
            warnings.warn("`require_selection` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/actions/{encode_path(action_id)}",
                json=ActionsUpdateBody(
                    label=label,
                    slug=slug,
                    operation=operation,
                    mode=mode,
                    tooltip=tooltip,
                    messages=as_models(ActionMessage, messages),
                    type_=type,
                    description=description,
                    schedule=schedule,
                    primary=primary,
                    confirm=confirm,
                    icon=icon,
                    require_all_valid=require_all_valid,
                    require_selection=require_selection,
                    input_form=as_model(InputForm, input_form),
                    constraints=as_models(ActionConstraint, constraints),
                    mount=as_model(ActionMount, mount),
                    guide=as_model(Guide, guide),
                    guardrail=as_model(Guardrail, guardrail),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class ActionsResourceWithRawResponse:
    """`actions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ActionsResource) -> None:
        self.get_all = to_raw_response(resource.get_all)
        self.create = to_raw_response(resource.create)
        self.bulk_create = to_raw_response(resource.bulk_create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncActionsResource:
    """Operations on `client.actions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncActionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncActionsResourceWithRawResponse(self)

    async def get_all(
        self,
        *,
        space_id: str,
        request_options: RequestOptions | None = None,
    ) -> ApiActionsResponse:
        """List actions of a space.

        Returns every action defined in the given space.

        `GET /actions`

        Args:
            space_id: Space whose actions are listed.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/actions",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_all,
        )

    async def create(
        self,
        *,
        space_id: str,
        target_id: str,
        label: str,
        slug: str | Unset = UNSET,
        operation: str | Unset = UNSET,
        mode: ActionMode | str | Unset = UNSET,
        tooltip: str | Unset = UNSET,
        messages: Sequence[ActionMessage | Mapping[str, Any]] | Unset = UNSET,
        type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schedule: ActionSchedule | str | Unset = UNSET,
        primary: bool | Unset = UNSET,
        confirm: bool | Unset = UNSET,
        icon: str | Unset = UNSET,
        require_all_valid: bool | Unset = UNSET,
        require_selection: bool | Unset = UNSET,
        input_form: InputForm | Mapping[str, Any] | Unset = UNSET,
        constraints: Sequence[ActionConstraint | Mapping[str, Any]] | Unset = UNSET,
        mount: ActionMount | Mapping[str, Any] | Unset = UNSET,
        guide: Guide | Mapping[str, Any] | Unset = UNSET,
        guardrail: Guardrail | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiActionResponse:
        """Create an action.

        Adds a single action button to a workbook, sheet or document in the given space.

        `POST /actions`

        Args:
            space_id: Space that will own the action.
            target_id: Workbook, sheet or document the action belongs to.
            label: Button text.
            slug: Deprecated. Deprecated alias of operation.
            operation: Job operation started when the action runs.
            mode: How blocking the job started by an action is for the user.
            tooltip: Hover text for the button.
            messages: The `messages` field of the request body.
            type: Deprecated. Deprecated; kept for older clients.
            description: Text shown in the confirmation dialog.
            schedule: Cadence for actions that run on a timer.
            primary: Show the action prominently.
            confirm: Ask for confirmation before running.
            icon: Name of a Flatfile design-system icon (primary actions only).
            require_all_valid: Deprecated. Deprecated; use constraints.
            require_selection: Deprecated. Deprecated; use constraints.
            input_form: Form collected from the user when an action is clicked.
            constraints: The `constraints` field of the request body.
            mount: Placement of an action in the UI.
            guide: Help text attached to an action.
            guardrail: Warning shown before an action runs.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        if not isinstance(slug, Unset):
            warnings.warn("`slug` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(type, Unset):
            warnings.warn("`type` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_all_valid, Unset):
            warnings.warn("`require_all_valid` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_selection, Unset):
            warnings.warn("`require_selection` of actions.create is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "POST",
                "/actions",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                json=ActionsCreateBody(
                    target_id=target_id,
                    label=label,
                    slug=slug,
                    operation=operation,
                    mode=mode,
                    tooltip=tooltip,
                    messages=as_models(ActionMessage, messages),
                    type_=type,
                    description=description,
                    schedule=schedule,
                    primary=primary,
                    confirm=confirm,
                    icon=icon,
                    require_all_valid=require_all_valid,
                    require_selection=require_selection,
                    input_form=as_model(InputForm, input_form),
                    constraints=as_models(ActionConstraint, constraints),
                    mount=as_model(ActionMount, mount),
                    guide=as_model(Guide, guide),
                    guardrail=as_model(Guardrail, guardrail),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def bulk_create(
        self,
        *,
        space_id: str,
        request: Sequence[ApiActionConfig | Mapping[str, Any]],
        request_options: RequestOptions | None = None,
    ) -> ApiActionsResponse:
        """Create several actions.

        Adds many action definitions to a space in one request.

        `POST /actions/bulk`

        Args:
            space_id: Space that will own the actions.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/actions/bulk",
                params=query_params(
                    {
                        "spaceId": space_id,
                    }
                ),
                json=jsonable(as_models(ApiActionConfig, request)),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_bulk_create,
        )

    async def get(
        self,
        action_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ApiActionResponse:
        """Get an action.

        Fetches one action by its identifier.

        `GET /actions/{actionId}`

        Args:
            action_id: Action identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/actions/{encode_path(action_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        action_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete an action.

        Removes an action button.

        `DELETE /actions/{actionId}`

        Args:
            action_id: Action identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/actions/{encode_path(action_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        action_id: str,
        *,
        label: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        operation: str | Unset = UNSET,
        mode: ActionMode | str | Unset = UNSET,
        tooltip: str | Unset = UNSET,
        messages: Sequence[ActionMessage | Mapping[str, Any]] | Unset = UNSET,
        type: str | Unset = UNSET,
        description: str | Unset = UNSET,
        schedule: ActionSchedule | str | Unset = UNSET,
        primary: bool | Unset = UNSET,
        confirm: bool | Unset = UNSET,
        icon: str | Unset = UNSET,
        require_all_valid: bool | Unset = UNSET,
        require_selection: bool | Unset = UNSET,
        input_form: InputForm | Mapping[str, Any] | Unset = UNSET,
        constraints: Sequence[ActionConstraint | Mapping[str, Any]] | Unset = UNSET,
        mount: ActionMount | Mapping[str, Any] | Unset = UNSET,
        guide: Guide | Mapping[str, Any] | Unset = UNSET,
        guardrail: Guardrail | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ApiActionResponse:
        """Update an action.

        Changes only the action properties that are sent.

        `PATCH /actions/{actionId}`

        Args:
            action_id: Action identifier.
            label: Button text.
            slug: Deprecated. Deprecated alias of operation.
            operation: Job operation started when the action runs.
            mode: How blocking the job started by an action is for the user.
            tooltip: Hover text for the button.
            messages: The `messages` field of the request body.
            type: Deprecated. Deprecated; kept for older clients.
            description: Text shown in the confirmation dialog.
            schedule: Cadence for actions that run on a timer.
            primary: Show the action prominently.
            confirm: Ask for confirmation before running.
            icon: Name of a Flatfile design-system icon (primary actions only).
            require_all_valid: Deprecated. Deprecated; use constraints.
            require_selection: Deprecated. Deprecated; use constraints.
            input_form: Form collected from the user when an action is clicked.
            constraints: The `constraints` field of the request body.
            mount: Placement of an action in the UI.
            guide: Help text attached to an action.
            guardrail: Warning shown before an action runs.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ApiActionResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        if not isinstance(slug, Unset):
            warnings.warn("`slug` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(type, Unset):
            warnings.warn("`type` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_all_valid, Unset):
            warnings.warn("`require_all_valid` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        if not isinstance(require_selection, Unset):
            warnings.warn("`require_selection` of actions.update is deprecated", DeprecationWarning, stacklevel=2)
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/actions/{encode_path(action_id)}",
                json=ActionsUpdateBody(
                    label=label,
                    slug=slug,
                    operation=operation,
                    mode=mode,
                    tooltip=tooltip,
                    messages=as_models(ActionMessage, messages),
                    type_=type,
                    description=description,
                    schedule=schedule,
                    primary=primary,
                    confirm=confirm,
                    icon=icon,
                    require_all_valid=require_all_valid,
                    require_selection=require_selection,
                    input_form=as_model(InputForm, input_form),
                    constraints=as_models(ActionConstraint, constraints),
                    mount=as_model(ActionMount, mount),
                    guide=as_model(Guide, guide),
                    guardrail=as_model(Guardrail, guardrail),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncActionsResourceWithRawResponse:
    """`actions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncActionsResource) -> None:
        self.get_all = to_async_raw_response(resource.get_all)
        self.create = to_async_raw_response(resource.create)
        self.bulk_create = to_async_raw_response(resource.bulk_create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
