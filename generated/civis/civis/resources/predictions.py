"""Operations on `client.predictions`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.prediction import Prediction
from ..models.prediction_summary import PredictionSummary
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[PredictionSummary]:
    _response_200 = response.json()
    response_200: list[PredictionSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(PredictionSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_get(response: httpx.Response) -> Prediction:
    return Prediction.from_dict(response.json())


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


class PredictionsResourceWithRawResponse:
    """`predictions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: PredictionsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


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


class AsyncPredictionsResourceWithRawResponse:
    """`predictions` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncPredictionsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.get = to_async_raw_response(resource.get)
