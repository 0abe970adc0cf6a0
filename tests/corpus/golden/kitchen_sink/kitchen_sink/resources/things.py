"""Operations on `client.things`."""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any, cast
from uuid import UUID

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, header_values, jsonable, query_params
from .._core._request import ApiRequest, ParamStyle
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.gadget import Gadget
from ..models.kind_unknown import KindUnknown
from ..models.problem import Problem
from ..models.thing import Thing
from ..models.things_list_deep import ThingsListDeep
from ..models.things_list_response_200 import ThingsListResponse200
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ThingsListResponse200:
    return ThingsListResponse200.from_dict(response.json())


def _parse_bulk_create(response: httpx.Response) -> None:
    return None


def _parse_get(response: httpx.Response) -> Gadget | KindUnknown | Thing:
    def _parse_response_200(data: object) -> Gadget | KindUnknown | Thing:
        if isinstance(data, dict):
            tag = data.get("kind")
            if tag == "thing":
                try:
                    return decode.variant(_models.Thing.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

            elif tag == "gadget":
                try:
                    return decode.variant(_models.Gadget.from_dict, data)
                except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                    pass

        try:
            return decode.variant(_models.Thing.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.Gadget.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        try:
            return decode.variant(_models.KindUnknown.from_dict, data)
        except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
            pass

        return cast("Gadget | KindUnknown | Thing", decode.mismatch("one of Gadget | KindUnknown | Thing", data))

    response_200 = _parse_response_200(response.json())

    return response_200


_ERRORS: dict[int | str, Callable[[Any], object]] = {
    "default": Problem.from_dict,
}


class ThingsResource:
    """Operations on `client.things`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ThingsResourceWithRawResponse(self)

    def list(
        self,
        *,
        deep: ThingsListDeep | Unset = UNSET,
        old: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        x_ids: str | list[int] | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Thing]:
        """List (things).

        `GET /things/`

        Args:
            deep: The `deep` query parameter.
            old: Deprecated. The `old` query parameter.
            page_size: The `pageSize` query parameter.
            filter_name: The `filter[name]` query parameter.
            page_number: The `page[number]` query parameter.
            x_ids: A list, or its values comma-separated.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Thing`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ThingsListResponse200` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        if not isinstance(old, Unset):
            warnings.warn("`old` of things.list is deprecated", DeprecationWarning, stacklevel=2)
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/things/",
                params=query_params(
                    {
                        "deep": deep,
                        "old": old,
                        "pageSize": page_size,
                        "filter[name]": filter_name,
                        "page[number]": page_number,
                    }
                ),
                query_styles={
                    "deep": ParamStyle("deepObject", explode=True),
                },
                headers=header_values(
                    {
                        "X-Ids": x_ids,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page[number]", size_param="pageSize"),
            items=("items",),
            max_items=max_items,
        )

    def bulk_create(
        self,
        *,
        request: Sequence[Thing | Mapping[str, Any]],
        page_size: int | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Bulk create (things).

        `POST /things/`

        Args:
            page_size: The `pageSize` query parameter.
            filter_name: The `filter[name]` query parameter.
            page_number: The `page[number]` query parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/things/",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "filter[name]": filter_name,
                        "page[number]": page_number,
                    }
                ),
                json=jsonable(as_models(Thing, request)),
                options=request_options,
            ),
            cast=_parse_bulk_create,
        )

    def get(
        self,
        thing_id: str | UUID,
        *,
        at: datetime.date | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Gadget | KindUnknown | Thing:
        """Get (things).

        `GET /things/{thing_id}`

        Args:
            thing_id: The `thing_id` path parameter.
            at: The `at` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Gadget | KindUnknown | Thing

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/things/{encode_path(thing_id)}",
                params=query_params(
                    {
                        "at": at,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_get,
        )


class ThingsResourceWithRawResponse:
    """`things` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ThingsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.bulk_create = to_raw_response(resource.bulk_create)
        self.get = to_raw_response(resource.get)


class AsyncThingsResource:
    """Operations on `client.things`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncThingsResourceWithRawResponse(self)

    def list(
        self,
        *,
        deep: ThingsListDeep | Unset = UNSET,
        old: bool | Unset = UNSET,
        page_size: int | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        x_ids: str | list[int] | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Thing]:
        """List (things).

        `GET /things/`

        Args:
            deep: The `deep` query parameter.
            old: Deprecated. The `old` query parameter.
            page_size: The `pageSize` query parameter.
            filter_name: The `filter[name]` query parameter.
            page_number: The `page[number]` query parameter.
            x_ids: A list, or its values comma-separated.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Thing`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ThingsListResponse200` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        if not isinstance(old, Unset):
            warnings.warn("`old` of things.list is deprecated", DeprecationWarning, stacklevel=2)
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/things/",
                params=query_params(
                    {
                        "deep": deep,
                        "old": old,
                        "pageSize": page_size,
                        "filter[name]": filter_name,
                        "page[number]": page_number,
                    }
                ),
                query_styles={
                    "deep": ParamStyle("deepObject", explode=True),
                },
                headers=header_values(
                    {
                        "X-Ids": x_ids,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page[number]", size_param="pageSize"),
            items=("items",),
            max_items=max_items,
        )

    async def bulk_create(
        self,
        *,
        request: Sequence[Thing | Mapping[str, Any]],
        page_size: int | Unset = UNSET,
        filter_name: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Bulk create (things).

        `POST /things/`

        Args:
            page_size: The `pageSize` query parameter.
            filter_name: The `filter[name]` query parameter.
            page_number: The `page[number]` query parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/things/",
                params=query_params(
                    {
                        "pageSize": page_size,
                        "filter[name]": filter_name,
                        "page[number]": page_number,
                    }
                ),
                json=jsonable(as_models(Thing, request)),
                options=request_options,
            ),
            cast=_parse_bulk_create,
        )

    async def get(
        self,
        thing_id: str | UUID,
        *,
        at: datetime.date | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Gadget | KindUnknown | Thing:
        """Get (things).

        `GET /things/{thing_id}`

        Args:
            thing_id: The `thing_id` path parameter.
            at: The `at` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Gadget | KindUnknown | Thing

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/things/{encode_path(thing_id)}",
                params=query_params(
                    {
                        "at": at,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncThingsResourceWithRawResponse:
    """`things` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncThingsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.bulk_create = to_async_raw_response(resource.bulk_create)
        self.get = to_async_raw_response(resource.get)
