"""Operations on `client.predictions`."""

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
from ..models.error_model import Error
from ..models.patch_predictions_id_body import PatchPredictionsIdBody
from ..models.prediction import Prediction
from ..models.prediction_schedule import PredictionSchedule
from ..models.prediction_summary import PredictionSummary
from ..models.put_predictions_id_schedules_body import PutPredictionsIdSchedulesBody
from ..models.put_predictions_id_schedules_body_schedule import PutPredictionsIdSchedulesBodySchedule
from ..models.record import Record
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[PredictionSummary]:
    response_200 = decode.model_array(_models.PredictionSummary.from_dict, response.json())

    return response_200


def _parse_get(response: httpx.Response) -> Prediction:
    return Prediction.from_dict(response.json())


def _parse_patch(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_list_schedules(response: httpx.Response) -> PredictionSchedule:
    return PredictionSchedule.from_dict(response.json())


def _parse_put_schedules(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_get_runs(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_delete_runs(response: httpx.Response) -> None:
    return None


def _parse_list_runs(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


def _parse_post_runs(response: httpx.Response) -> Record:
    return Record.from_dict(response.json())


def _parse_list_runs_logs(response: httpx.Response) -> list[Record]:
    response_200 = decode.model_array(_models.Record.from_dict, response.json())

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class PredictionsResource:
    """Operations on `client.predictions`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PredictionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return PredictionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        model_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[PredictionSummary]:
        """List predictions.

        `GET /predictions/`

        Args:
            model_id: Only this model's predictions.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[PredictionSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/predictions/",
                params=query_params(
                    {
                        "model_id": model_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Prediction:
        """Get a prediction.

        `GET /predictions/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Prediction

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def patch(
        self,
        id: str,
        *,
        output_table_name: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        primary_key: builtins.list[Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update predictions.

        Documented by the previous client; absent from the current published API description.

        `PATCH /predictions/{id}`

        Args:
            id: The `id` path parameter.
            output_table_name: The `outputTableName` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/predictions/{encode_path(id)}",
                json=PatchPredictionsIdBody(
                    output_table_name=output_table_name, limiting_sql=limiting_sql, primary_key=primary_key
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        output_table_name,
                        limiting_sql,
                        primary_key,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    def list_schedules(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PredictionSchedule:
        """List predictions schedules.

        `GET /predictions/{id}/schedules`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PredictionSchedule

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/schedules",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_schedules,
        )

    def put_schedules(
        self,
        id: str,
        *,
        schedule: PutPredictionsIdSchedulesBodySchedule | Mapping[str, Any] | Unset = UNSET,
        score_on_model_build: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set predictions schedules.

        Documented by the previous client; absent from the current published API description.

        `PUT /predictions/{id}/schedules`

        Args:
            id: The `id` path parameter.
            schedule: The `schedule` field of the request body.
            score_on_model_build: The `scoreOnModelBuild` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/predictions/{encode_path(id)}/schedules",
                json=PutPredictionsIdSchedulesBody(
                    schedule=as_model(PutPredictionsIdSchedulesBodySchedule, schedule),
                    score_on_model_build=score_on_model_build,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        schedule,
                        score_on_model_build,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_schedules,
        )

    def get_runs(
        self,
        id: str,
        run_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get predictions runs.

        Documented by the previous client; absent from the current published API description.

        `GET /predictions/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    def delete_runs(
        self,
        id: str,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove predictions runs.

        Documented by the previous client; absent from the current published API description.

        `DELETE /predictions/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/predictions/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_runs,
        )

    def list_runs(
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
    ) -> SyncPager[Record]:
        """List predictions runs.

        Documented by the previous client; absent from the current published API description.

        `GET /predictions/{id}/runs`

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
            A pager of `Record`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[Record]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/runs",
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
            cast=_parse_list_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post_runs(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create predictions runs.

        Documented by the previous client; absent from the current published API description.

        `POST /predictions/{id}/runs`

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
                f"/predictions/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List predictions runs logs.

        Documented by the previous client; absent from the current published API description.

        `GET /predictions/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs_logs,
        )


class PredictionsResourceWithRawResponse:
    """`predictions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: PredictionsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)
        self.patch = to_raw_response(resource.patch)
        self.list_schedules = to_raw_response(resource.list_schedules)
        self.put_schedules = to_raw_response(resource.put_schedules)
        self.get_runs = to_raw_response(resource.get_runs)
        self.delete_runs = to_raw_response(resource.delete_runs)
        self.list_runs = to_raw_response(resource.list_runs)
        self.post_runs = to_raw_response(resource.post_runs)
        self.list_runs_logs = to_raw_response(resource.list_runs_logs)


class AsyncPredictionsResource:
    """Operations on `client.predictions`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPredictionsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncPredictionsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        model_id: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[PredictionSummary]:
        """List predictions.

        `GET /predictions/`

        Args:
            model_id: Only this model's predictions.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[PredictionSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/predictions/",
                params=query_params(
                    {
                        "model_id": model_id,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Prediction:
        """Get a prediction.

        `GET /predictions/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Prediction

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def patch(
        self,
        id: str,
        *,
        output_table_name: str | Unset = UNSET,
        limiting_sql: str | Unset = UNSET,
        primary_key: builtins.list[Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Update predictions.

        Documented by the previous client; absent from the current published API description.

        `PATCH /predictions/{id}`

        Args:
            id: The `id` path parameter.
            output_table_name: The `outputTableName` field of the request body.
            limiting_sql: The `limitingSql` field of the request body.
            primary_key: The `primaryKey` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/predictions/{encode_path(id)}",
                json=PatchPredictionsIdBody(
                    output_table_name=output_table_name, limiting_sql=limiting_sql, primary_key=primary_key
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        output_table_name,
                        limiting_sql,
                        primary_key,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )

    async def list_schedules(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> PredictionSchedule:
        """List predictions schedules.

        `GET /predictions/{id}/schedules`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PredictionSchedule

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/schedules",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_schedules,
        )

    async def put_schedules(
        self,
        id: str,
        *,
        schedule: PutPredictionsIdSchedulesBodySchedule | Mapping[str, Any] | Unset = UNSET,
        score_on_model_build: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Set predictions schedules.

        Documented by the previous client; absent from the current published API description.

        `PUT /predictions/{id}/schedules`

        Args:
            id: The `id` path parameter.
            schedule: The `schedule` field of the request body.
            score_on_model_build: The `scoreOnModelBuild` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/predictions/{encode_path(id)}/schedules",
                json=PutPredictionsIdSchedulesBody(
                    schedule=as_model(PutPredictionsIdSchedulesBodySchedule, schedule),
                    score_on_model_build=score_on_model_build,
                ).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        schedule,
                        score_on_model_build,
                    )
                )
                else UNSET,
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_schedules,
        )

    async def get_runs(
        self,
        id: str,
        run_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Get predictions runs.

        Documented by the previous client; absent from the current published API description.

        `GET /predictions/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Record

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_runs,
        )

    async def delete_runs(
        self,
        id: str,
        run_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Remove predictions runs.

        Documented by the previous client; absent from the current published API description.

        `DELETE /predictions/{id}/runs/{run_id}`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/predictions/{encode_path(id)}/runs/{encode_path(run_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_runs,
        )

    def list_runs(
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
    ) -> AsyncPager[Record]:
        """List predictions runs.

        Documented by the previous client; absent from the current published API description.

        `GET /predictions/{id}/runs`

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
            A pager of `Record`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `list[Record]` and the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/runs",
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
            cast=_parse_list_runs,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post_runs(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Record:
        """Create predictions runs.

        Documented by the previous client; absent from the current published API description.

        `POST /predictions/{id}/runs`

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
                f"/predictions/{encode_path(id)}/runs",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_runs,
        )

    async def list_runs_logs(
        self,
        id: int,
        run_id: int,
        *,
        last_id: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[Record]:
        """List predictions runs logs.

        Documented by the previous client; absent from the current published API description.

        `GET /predictions/{id}/runs/{run_id}/logs`

        Args:
            id: The `id` path parameter.
            run_id: The `run_id` path parameter.
            last_id: The `last_id` query parameter.
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Record]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/predictions/{encode_path(id)}/runs/{encode_path(run_id)}/logs",
                params=query_params(
                    {
                        "last_id": last_id,
                        "limit": limit,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_runs_logs,
        )


class AsyncPredictionsResourceWithRawResponse:
    """`predictions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncPredictionsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
        self.patch = to_async_raw_response(resource.patch)
        self.list_schedules = to_async_raw_response(resource.list_schedules)
        self.put_schedules = to_async_raw_response(resource.put_schedules)
        self.get_runs = to_async_raw_response(resource.get_runs)
        self.delete_runs = to_async_raw_response(resource.delete_runs)
        self.list_runs = to_async_raw_response(resource.list_runs)
        self.post_runs = to_async_raw_response(resource.post_runs)
        self.list_runs_logs = to_async_raw_response(resource.list_runs_logs)
