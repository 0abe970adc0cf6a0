"""Operations on `client.models`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
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
from ..models.archive_update_request_14 import ArchiveUpdateRequest14
from ..models.error_model import Error
from ..models.get_models_order_dir import GetModelsOrderDir
from ..models.log_run_log_response_summary import LogRunLogResponseSummary
from ..models.model import Model
from ..models.model_summary import ModelSummary
from ..models.modeling_build_detail import ModelingBuildDetail
from ..models.modeling_build_model_detail import ModelingBuildModelDetail
from ..models.modeling_build_model_schedule import ModelingBuildModelSchedule
from ..models.modeling_model_type_summary import ModelingModelTypeSummary
from ..models.patch_models_id_body import PatchModelsIdBody
from ..models.patch_models_id_body_cross_validation_parameters import PatchModelsIdBodyCrossValidationParameters
from ..models.patch_models_id_body_notifications import PatchModelsIdBodyNotifications
from ..models.patch_models_id_body_schedule import PatchModelsIdBodySchedule
from ..models.post_models_body import PostModelsBody
from ..models.post_models_body_cross_validation_parameters import PostModelsBodyCrossValidationParameters
from ..models.post_models_body_notifications import PostModelsBodyNotifications
from ..models.post_models_body_schedule import PostModelsBodySchedule
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.put_models_id_predictions_body import PutModelsIdPredictionsBody
from ..models.put_models_id_predictions_body_schedule import PutModelsIdPredictionsBodySchedule
from ..models.put_models_id_schedules_body import PutModelsIdSchedulesBody
from ..models.put_models_id_schedules_body_schedule import PutModelsIdSchedulesBodySchedule
from ..models.record import Record
from ..models.share_groups_update_request_16 import ShareGroupsUpdateRequest16
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_16 import ShareUsersUpdateRequest16
from ..types import UNSET, Unset


def _parse_list_types(response: httpx.Response) -> list[ModelingModelTypeSummary]:
    response_200 = decode.model_array(_models.ModelingModelTypeSummary.from_dict, response.json())

    return response_200


def _parse_list(response: httpx.Response) -> list[ModelSummary]:
    response_200 = decode.model_array(_models.ModelSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Model:
    return Model.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_get_builds(response: httpx.Response) -> ModelingBuildDetail:
    return ModelingBuildDetail.from_dict(response.json())


def _parse_delete_builds(response: httpx.Response) -> None:
    return None


def _parse_list_builds(response: httpx.Response) -> list[ModelingBuildDetail]:
    response_200 = decode.model_array(_models.ModelingBuildDetail.from_dict, response.json())

    return response_200


def _parse_post_builds(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_list_builds_logs(response: httpx.Response) -> list[LogRunLogResponseSummary]:
    response_200 = decode.model_array(_models.LogRunLogResponseSummary.from_dict, response.json())

    return response_200


def _parse_list_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_list_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_projects(response: httpx.Response) -> None:
    return None


def _parse_put_archive(response: httpx.Response) -> ModelingBuildModelDetail:
    return ModelingBuildModelDetail.from_dict(response.json())


def _parse_list_schedules(response: httpx.Response) -> ModelingBuildModelSchedule:
    return ModelingBuildModelSchedule.from_dict(response.json())


def _parse_put_schedules(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_put_predictions(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class ModelsResource:
    """Operations on `client.models`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ModelsResourceWithRawResponse(self)

    def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ModelingModelTypeSummary]:
        """List models types.

        `GET /models/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ModelingModelTypeSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/models/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    def list(
        self,
        *,
        model_name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetModelsOrderDir | Unset = UNSET,
        training_table_name: str | Unset = UNSET,
        dependent_variable: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ModelSummary]:
        """List models.

        `GET /models/`

        Args:
            model_name: Filter by model name.
            status: Filter by latest build state.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            training_table_name: The `training_table_name` query parameter.
            dependent_variable: The `dependent_variable` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ModelSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ModelSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/models/",
                params=query_params(
                    {
                        "model_name": model_name,
                        "status": status,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "training_table_name": training_table_name,
                        "dependent_variable": dependent_variable,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post(
        self,
        *,
        table_name: str | Unset = UNSET,
        database_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        model_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        interaction_terms: bool | Unset = UNSET,
        box_cox_transformation: bool | Unset = UNSET,
        model_type_id: int | Unset = UNSET,
        primary_key: str | Unset = UNSET,
        dependent_variable: str | Unset = UNSET,
        dependent_variable_order: builtins.list[Any] | Unset = UNSET,
        excluded_columns: builtins.list[Any] | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        active_build_id: int | Unset = UNSET,
        cross_validation_parameters: PostModelsBodyCrossValidationParameters | Mapping[str, Any] | Unset = UNSET,
        number_of_folds: int | Unset = UNSET,
        notifications: PostModelsBodyNotifications | Mapping[str, Any] | Unset = UNSET,
        schedule: PostModelsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create models.

        Documented by the previous client; absent from the current published API description.

        `POST /models/`

        Args:
            table_name: The `tableName` field of the request body.
            database_id: The `databaseId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            model_name: The `modelName` field of the request body.
            description: The `description` field of the request body.
            interaction_terms: The `interactionTerms` field of the request body.
            box_cox_transformation: The `boxCoxTransformation` field of the request body.
            model_type_id: The `modelTypeId` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            dependent_variable: The `dependentVariable` field of the request body.
            dependent_variable_order: The `dependentVariableOrder` field of the request body.
            excluded_columns: The `excludedColumns` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            active_build_id: The `activeBuildId` field of the request body.
            cross_validation_parameters: The `crossValidationParameters` field of the request body.
            number_of_folds: The `numberOfFolds` field of the request body.
            notifications: The `notifications` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/models/",
                json=PostModelsBody(
                    table_name=table_name,
                    database_id=database_id,
                    credential_id=credential_id,
                    model_name=model_name,
                    description=description,
                    interaction_terms=interaction_terms,
                    box_cox_transformation=box_cox_transformation,
                    model_type_id=model_type_id,
                    primary_key=primary_key,
                    dependent_variable=dependent_variable,
                    dependent_variable_order=dependent_variable_order,
                    excluded_columns=excluded_columns,
                    limiting_sql=limiting_sql,
                    active_build_id=active_build_id,
                    cross_validation_parameters=as_model(
                        PostModelsBodyCrossValidationParameters, cross_validation_parameters
                    ),
                    number_of_folds=number_of_folds,
                    notifications=as_model(PostModelsBodyNotifications, notifications),
                    schedule=as_model(PostModelsBodySchedule, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                    hidden=hidden,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        table_name,
                        database_id,
                        credential_id,
                        model_name,
                        description,
                        interaction_terms,
                        box_cox_transformation,
                        model_type_id,
                        primary_key,
                        dependent_variable,
                        dependent_variable_order,
                        excluded_columns,
                        limiting_sql,
                        active_build_id,
                        cross_validation_parameters,
                        number_of_folds,
                        notifications,
                        schedule,
                        parent_id,
                        time_zone,
                        hidden,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Model:
        """Get a model.

        `GET /models/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Model

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def patch(
        self,
        id: int,
        *,
        table_name: str | Unset = UNSET,
        database_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        model_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        interaction_terms: bool | Unset = UNSET,
        box_cox_transformation: bool | Unset = UNSET,
        model_type_id: int | Unset = UNSET,
        primary_key: str | Unset = UNSET,
        dependent_variable: str | Unset = UNSET,
        dependent_variable_order: builtins.list[Any] | Unset = UNSET,
        excluded_columns: builtins.list[Any] | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        active_build_id: int | Unset = UNSET,
        cross_validation_parameters: PatchModelsIdBodyCrossValidationParameters | Mapping[str, Any] | Unset = UNSET,
        number_of_folds: int | Unset = UNSET,
        notifications: PatchModelsIdBodyNotifications | Mapping[str, Any] | Unset = UNSET,
        schedule: PatchModelsIdBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update models.

        Documented by the previous client; absent from the current published API description.

        `PATCH /models/{id}`

        Args:
            id: The `id` path parameter.
            table_name: The `tableName` field of the request body.
            database_id: The `databaseId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            model_name: The `modelName` field of the request body.
            description: The `description` field of the request body.
            interaction_terms: The `interactionTerms` field of the request body.
            box_cox_transformation: The `boxCoxTransformation` field of the request body.
            model_type_id: The `modelTypeId` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            dependent_variable: The `dependentVariable` field of the request body.
            dependent_variable_order: The `dependentVariableOrder` field of the request body.
            excluded_columns: The `excludedColumns` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            active_build_id: The `activeBuildId` field of the request body.
            cross_validation_parameters: The `crossValidationParameters` field of the request body.
            number_of_folds: The `numberOfFolds` field of the request body.
            notifications: The `notifications` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/models/{encode_path(id)}",
                json=PatchModelsIdBody(
                    table_name=table_name,
                    database_id=database_id,
                    credential_id=credential_id,
                    model_name=model_name,
                    description=description,
                    interaction_terms=interaction_terms,
                    box_cox_transformation=box_cox_transformation,
                    model_type_id=model_type_id,
                    primary_key=primary_key,
                    dependent_variable=dependent_variable,
                    dependent_variable_order=dependent_variable_order,
                    excluded_columns=excluded_columns,
                    limiting_sql=limiting_sql,
                    active_build_id=active_build_id,
                    cross_validation_parameters=as_model(
                        PatchModelsIdBodyCrossValidationParameters, cross_validation_parameters
                    ),
                    number_of_folds=number_of_folds,
                    notifications=as_model(PatchModelsIdBodyNotifications, notifications),
                    schedule=as_model(PatchModelsIdBodySchedule, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        table_name,
                        database_id,
                        credential_id,
                        model_name,
                        description,
                        interaction_terms,
                        box_cox_transformation,
                        model_type_id,
                        primary_key,
                        dependent_variable,
                        dependent_variable_order,
                        excluded_columns,
                        limiting_sql,
                        active_build_id,
                        cross_validation_parameters,
                        number_of_folds,
                        notifications,
                        schedule,
                        parent_id,
                        time_zone,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def get_builds(
        self,
        id: int,
        build_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ModelingBuildDetail:
        """Get models builds.

        `GET /models/{id}/builds/{build_id}`

        Args:
            id: The `id` path parameter.
            build_id: The `build_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ModelingBuildDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/builds/{encode_path(build_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_builds,
        )

    def delete_builds(
        self,
        id: int,
        build_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models builds.

        `DELETE /models/{id}/builds/{build_id}`

        Args:
            id: The `id` path parameter.
            build_id: The `build_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/builds/{encode_path(build_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_builds,
        )

    def list_builds(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[ModelingBuildDetail]:
        """List models builds.

        `GET /models/{id}/builds`

        Args:
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ModelingBuildDetail`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ModelingBuildDetail]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/builds",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_builds,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_builds(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create models builds.

        Documented by the previous client; absent from the current published API description.

        `POST /models/{id}/builds`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/models/{encode_path(id)}/builds",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_builds,
        )

    def list_builds_logs(
        self,
        id: int,
        build_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List models builds logs.

        `GET /models/{id}/builds/{build_id}/logs`

        Args:
            id: The `id` path parameter.
            build_id: The `build_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/builds/{encode_path(build_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_builds_logs,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List models shares.

        `GET /models/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace models shares users.

        `PUT /models/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest16(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models shares users.

        `DELETE /models/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace models shares groups.

        `PUT /models/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest16(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models shares groups.

        `DELETE /models/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List models projects.

        `GET /models/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace models projects.

        `PUT /models/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models projects.

        `DELETE /models/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> ModelingBuildModelDetail:
        """Replace models archive.

        `PUT /models/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ModelingBuildModelDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest14(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    def list_schedules(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ModelingBuildModelSchedule:
        """List models schedules.

        `GET /models/{id}/schedules`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ModelingBuildModelSchedule

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/schedules",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_schedules,
        )

    def put_schedules(
        self,
        id: str,
        schedule: PutModelsIdSchedulesBodySchedule | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set models schedules.

        Documented by the previous client; absent from the current published API description.

        `PUT /models/{id}/schedules`

        Args:
            id: The `id` path parameter.
            schedule: The `schedule` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/schedules",
                json=PutModelsIdSchedulesBody(schedule=as_model(PutModelsIdSchedulesBodySchedule, schedule)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_schedules,
        )

    def put_predictions(
        self,
        id: int,
        table_name: str,
        primary_key: builtins.list[Any],
        *,
        limiting_sql: str | Unset = UNSET,
        output_table: str | Unset = UNSET,
        schedule: PutModelsIdPredictionsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set models predictions.

        Documented by the previous client; absent from the current published API description.

        `PUT /models/{id}/predictions`

        Args:
            id: The `id` path parameter.
            table_name: The `tableName` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            output_table: The `outputTable` field of the request body.
            schedule: The `schedule` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/predictions",
                json=PutModelsIdPredictionsBody(
                    table_name=table_name,
                    primary_key=primary_key,
                    limiting_sql=limiting_sql,
                    output_table=output_table,
                    schedule=as_model(PutModelsIdPredictionsBodySchedule, schedule),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_predictions,
        )


class ModelsResourceWithRawResponse:
    """`models` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ModelsResource) -> None:
        self.list_types = to_raw_response(resource.list_types)
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.patch = to_raw_response(resource.patch)
        self.get_builds = to_raw_response(resource.get_builds)
        self.delete_builds = to_raw_response(resource.delete_builds)
        self.list_builds = to_raw_response(resource.list_builds)
        self.post_builds = to_raw_response(resource.post_builds)
        self.list_builds_logs = to_raw_response(resource.list_builds_logs)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)
        self.put_archive = to_raw_response(resource.put_archive)
        self.list_schedules = to_raw_response(resource.list_schedules)
        self.put_schedules = to_raw_response(resource.put_schedules)
        self.put_predictions = to_raw_response(resource.put_predictions)


class AsyncModelsResource:
    """Operations on `client.models`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncModelsResourceWithRawResponse(self)

    async def list_types(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ModelingModelTypeSummary]:
        """List models types.

        `GET /models/types`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ModelingModelTypeSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/models/types",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_types,
        )

    def list(
        self,
        *,
        model_name: str | Unset = UNSET,
        status: str | Unset = UNSET,
        author: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetModelsOrderDir | Unset = UNSET,
        training_table_name: str | Unset = UNSET,
        dependent_variable: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ModelSummary]:
        """List models.

        `GET /models/`

        Args:
            model_name: Filter by model name.
            status: Filter by latest build state.
            author: Comma-separated user ids whose objects to keep.
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            training_table_name: The `training_table_name` query parameter.
            dependent_variable: The `dependent_variable` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ModelSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[ModelSummary]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/models/",
                params=query_params(
                    {
                        "model_name": model_name,
                        "status": status,
                        "author": author,
                        "hidden": hidden,
                        "archived": archived,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                        "training_table_name": training_table_name,
                        "dependent_variable": dependent_variable,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post(
        self,
        *,
        table_name: str | Unset = UNSET,
        database_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        model_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        interaction_terms: bool | Unset = UNSET,
        box_cox_transformation: bool | Unset = UNSET,
        model_type_id: int | Unset = UNSET,
        primary_key: str | Unset = UNSET,
        dependent_variable: str | Unset = UNSET,
        dependent_variable_order: builtins.list[Any] | Unset = UNSET,
        excluded_columns: builtins.list[Any] | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        active_build_id: int | Unset = UNSET,
        cross_validation_parameters: PostModelsBodyCrossValidationParameters | Mapping[str, Any] | Unset = UNSET,
        number_of_folds: int | Unset = UNSET,
        notifications: PostModelsBodyNotifications | Mapping[str, Any] | Unset = UNSET,
        schedule: PostModelsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create models.

        Documented by the previous client; absent from the current published API description.

        `POST /models/`

        Args:
            table_name: The `tableName` field of the request body.
            database_id: The `databaseId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            model_name: The `modelName` field of the request body.
            description: The `description` field of the request body.
            interaction_terms: The `interactionTerms` field of the request body.
            box_cox_transformation: The `boxCoxTransformation` field of the request body.
            model_type_id: The `modelTypeId` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            dependent_variable: The `dependentVariable` field of the request body.
            dependent_variable_order: The `dependentVariableOrder` field of the request body.
            excluded_columns: The `excludedColumns` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            active_build_id: The `activeBuildId` field of the request body.
            cross_validation_parameters: The `crossValidationParameters` field of the request body.
            number_of_folds: The `numberOfFolds` field of the request body.
            notifications: The `notifications` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/models/",
                json=PostModelsBody(
                    table_name=table_name,
                    database_id=database_id,
                    credential_id=credential_id,
                    model_name=model_name,
                    description=description,
                    interaction_terms=interaction_terms,
                    box_cox_transformation=box_cox_transformation,
                    model_type_id=model_type_id,
                    primary_key=primary_key,
                    dependent_variable=dependent_variable,
                    dependent_variable_order=dependent_variable_order,
                    excluded_columns=excluded_columns,
                    limiting_sql=limiting_sql,
                    active_build_id=active_build_id,
                    cross_validation_parameters=as_model(
                        PostModelsBodyCrossValidationParameters, cross_validation_parameters
                    ),
                    number_of_folds=number_of_folds,
                    notifications=as_model(PostModelsBodyNotifications, notifications),
                    schedule=as_model(PostModelsBodySchedule, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                    hidden=hidden,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        table_name,
                        database_id,
                        credential_id,
                        model_name,
                        description,
                        interaction_terms,
                        box_cox_transformation,
                        model_type_id,
                        primary_key,
                        dependent_variable,
                        dependent_variable_order,
                        excluded_columns,
                        limiting_sql,
                        active_build_id,
                        cross_validation_parameters,
                        number_of_folds,
                        notifications,
                        schedule,
                        parent_id,
                        time_zone,
                        hidden,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Model:
        """Get a model.

        `GET /models/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Model

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def patch(
        self,
        id: int,
        *,
        table_name: str | Unset = UNSET,
        database_id: int | Unset = UNSET,
        credential_id: int | Unset = UNSET,
        model_name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        interaction_terms: bool | Unset = UNSET,
        box_cox_transformation: bool | Unset = UNSET,
        model_type_id: int | Unset = UNSET,
        primary_key: str | Unset = UNSET,
        dependent_variable: str | Unset = UNSET,
        dependent_variable_order: builtins.list[Any] | Unset = UNSET,
        excluded_columns: builtins.list[Any] | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        active_build_id: int | Unset = UNSET,
        cross_validation_parameters: PatchModelsIdBodyCrossValidationParameters | Mapping[str, Any] | Unset = UNSET,
        number_of_folds: int | Unset = UNSET,
        notifications: PatchModelsIdBodyNotifications | Mapping[str, Any] | Unset = UNSET,
        schedule: PatchModelsIdBodySchedule | Mapping[str, Any] | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        time_zone: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update models.

        Documented by the previous client; absent from the current published API description.

        `PATCH /models/{id}`

        Args:
            id: The `id` path parameter.
            table_name: The `tableName` field of the request body.
            database_id: The `databaseId` field of the request body.
            credential_id: The `credentialId` field of the request body.
            model_name: The `modelName` field of the request body.
            description: The `description` field of the request body.
            interaction_terms: The `interactionTerms` field of the request body.
            box_cox_transformation: The `boxCoxTransformation` field of the request body.
            model_type_id: The `modelTypeId` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            dependent_variable: The `dependentVariable` field of the request body.
            dependent_variable_order: The `dependentVariableOrder` field of the request body.
            excluded_columns: The `excludedColumns` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            active_build_id: The `activeBuildId` field of the request body.
            cross_validation_parameters: The `crossValidationParameters` field of the request body.
            number_of_folds: The `numberOfFolds` field of the request body.
            notifications: The `notifications` field of the request body.
            schedule: The `schedule` field of the request body.
            parent_id: The `parentId` field of the request body.
            time_zone: The `timeZone` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/models/{encode_path(id)}",
                json=PatchModelsIdBody(
                    table_name=table_name,
                    database_id=database_id,
                    credential_id=credential_id,
                    model_name=model_name,
                    description=description,
                    interaction_terms=interaction_terms,
                    box_cox_transformation=box_cox_transformation,
                    model_type_id=model_type_id,
                    primary_key=primary_key,
                    dependent_variable=dependent_variable,
                    dependent_variable_order=dependent_variable_order,
                    excluded_columns=excluded_columns,
                    limiting_sql=limiting_sql,
                    active_build_id=active_build_id,
                    cross_validation_parameters=as_model(
                        PatchModelsIdBodyCrossValidationParameters, cross_validation_parameters
                    ),
                    number_of_folds=number_of_folds,
                    notifications=as_model(PatchModelsIdBodyNotifications, notifications),
                    schedule=as_model(PatchModelsIdBodySchedule, schedule),
                    parent_id=parent_id,
                    time_zone=time_zone,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        table_name,
                        database_id,
                        credential_id,
                        model_name,
                        description,
                        interaction_terms,
                        box_cox_transformation,
                        model_type_id,
                        primary_key,
                        dependent_variable,
                        dependent_variable_order,
                        excluded_columns,
                        limiting_sql,
                        active_build_id,
                        cross_validation_parameters,
                        number_of_folds,
                        notifications,
                        schedule,
                        parent_id,
                        time_zone,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    async def get_builds(
        self,
        id: int,
        build_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ModelingBuildDetail:
        """Get models builds.

        `GET /models/{id}/builds/{build_id}`

        Args:
            id: The `id` path parameter.
            build_id: The `build_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ModelingBuildDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/builds/{encode_path(build_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_builds,
        )

    async def delete_builds(
        self,
        id: int,
        build_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models builds.

        `DELETE /models/{id}/builds/{build_id}`

        Args:
            id: The `id` path parameter.
            build_id: The `build_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/builds/{encode_path(build_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_builds,
        )

    def list_builds(
        self,
        id: int,
        *,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: str | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[ModelingBuildDetail]:
        """List models builds.

        `GET /models/{id}/builds`

        Args:
            id: The `id` path parameter.
            limit: The `limit` query parameter.
            page_num: The `page_num` query parameter.
            order: The `order` query parameter.
            order_dir: The `order_dir` query parameter.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `ModelingBuildDetail`: iterating it yields every item across pages, fetching them
            as needed; `iter_pages()` yields each page (its items, the parsed
            `list[ModelingBuildDetail]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/builds",
                params=query_params(
                    {
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_builds,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_builds(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create models builds.

        Documented by the previous client; absent from the current published API description.

        `POST /models/{id}/builds`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/models/{encode_path(id)}/builds",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_builds,
        )

    async def list_builds_logs(
        self,
        id: int,
        build_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[LogRunLogResponseSummary]:
        """List models builds logs.

        `GET /models/{id}/builds/{build_id}/logs`

        Args:
            id: The `id` path parameter.
            build_id: The `build_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[LogRunLogResponseSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/builds/{encode_path(build_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_builds_logs,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List models shares.

        `GET /models/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    async def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace models shares users.

        `PUT /models/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest16(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    async def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models shares users.

        `DELETE /models/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    async def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace models shares groups.

        `PUT /models/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest16(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    async def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models shares groups.

        `DELETE /models/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    async def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ProjectsProjectSummary]:
        """List models projects.

        `GET /models/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    async def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace models projects.

        `PUT /models/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    async def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete models projects.

        `DELETE /models/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/models/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    async def put_archive(
        self,
        id: int,
        status: bool,
        *,
        request_options: RequestOptions | None = None,
    ) -> ModelingBuildModelDetail:
        """Replace models archive.

        `PUT /models/{id}/archive`

        Args:
            id: The `id` path parameter.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ModelingBuildModelDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/archive",
                json=ArchiveUpdateRequest14(status=status).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_archive,
        )

    async def list_schedules(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> ModelingBuildModelSchedule:
        """List models schedules.

        `GET /models/{id}/schedules`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ModelingBuildModelSchedule

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/models/{encode_path(id)}/schedules",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_schedules,
        )

    async def put_schedules(
        self,
        id: str,
        schedule: PutModelsIdSchedulesBodySchedule | Mapping[str, Any],
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set models schedules.

        Documented by the previous client; absent from the current published API description.

        `PUT /models/{id}/schedules`

        Args:
            id: The `id` path parameter.
            schedule: The `schedule` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/schedules",
                json=PutModelsIdSchedulesBody(schedule=as_model(PutModelsIdSchedulesBodySchedule, schedule)).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_schedules,
        )

    async def put_predictions(
        self,
        id: int,
        table_name: str,
        primary_key: builtins.list[Any],
        *,
        limiting_sql: str | Unset = UNSET,
        output_table: str | Unset = UNSET,
        schedule: PutModelsIdPredictionsBodySchedule | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set models predictions.

        Documented by the previous client; absent from the current published API description.

        `PUT /models/{id}/predictions`

        Args:
            id: The `id` path parameter.
            table_name: The `tableName` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            output_table: The `outputTable` field of the request body.
            schedule: The `schedule` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/models/{encode_path(id)}/predictions",
                json=PutModelsIdPredictionsBody(
                    table_name=table_name,
                    primary_key=primary_key,
                    limiting_sql=limiting_sql,
                    output_table=output_table,
                    schedule=as_model(PutModelsIdPredictionsBodySchedule, schedule),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_predictions,
        )


class AsyncModelsResourceWithRawResponse:
    """`models` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncModelsResource) -> None:
        self.list_types = to_async_raw_response(resource.list_types)
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.patch = to_async_raw_response(resource.patch)
        self.get_builds = to_async_raw_response(resource.get_builds)
        self.delete_builds = to_async_raw_response(resource.delete_builds)
        self.list_builds = to_async_raw_response(resource.list_builds)
        self.post_builds = to_async_raw_response(resource.post_builds)
        self.list_builds_logs = to_async_raw_response(resource.list_builds_logs)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
        self.put_archive = to_async_raw_response(resource.put_archive)
        self.list_schedules = to_async_raw_response(resource.list_schedules)
        self.put_schedules = to_async_raw_response(resource.put_schedules)
        self.put_predictions = to_async_raw_response(resource.put_predictions)
