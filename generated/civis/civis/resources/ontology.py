"""Operations on `client.ontology`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.ontology_item import OntologyItem
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[OntologyItem]:
    response_200 = decode.model_array(_models.OntologyItem.from_dict, response.json())

    return response_200


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class OntologyResource:
    """Operations on `client.ontology`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OntologyResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return OntologyResourceWithRawResponse(self)

    def list(
        self,
        *,
        subset: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[OntologyItem]:
        """List ontology terms.

        `GET /ontology/`

        Args:
            subset: Only this group of terms.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[OntologyItem]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/ontology/",
                params=query_params(
                    {
                        "subset": subset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class OntologyResourceWithRawResponse:
    """`ontology` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: OntologyResource) -> None:
        self.list = to_raw_response(resource.list)


class AsyncOntologyResource:
    """Operations on `client.ontology`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOntologyResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncOntologyResourceWithRawResponse(self)

    async def list(
        self,
        *,
        subset: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[OntologyItem]:
        """List ontology terms.

        `GET /ontology/`

        Args:
            subset: Only this group of terms.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[OntologyItem]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/ontology/",
                params=query_params(
                    {
                        "subset": subset,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )


class AsyncOntologyResourceWithRawResponse:
    """`ontology` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncOntologyResource) -> None:
        self.list = to_async_raw_response(resource.list)
