"""Operations on `client.gadgets`."""

from __future__ import annotations

import builtins
from functools import cached_property

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import cookie_header, encode_path, header_values, query_params
from .._core._request import ApiRequest, ParamStyle
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.box import Box
from ..models.gadget import Gadget
from ..models.gadget_filter import GadgetFilter
from ..models.gadgets_list_theme import GadgetsListTheme
from ..models.point import Point
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Gadget]:
    response_200 = decode.model_array(_models.Gadget.from_dict, response.json())

    return response_200


def _parse_tone(response: httpx.Response) -> Gadget:
    return Gadget.from_dict(response.json())


def _parse_shape(response: httpx.Response) -> None:
    return None


class GadgetsResource:
    """Operations on `client.gadgets`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GadgetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return GadgetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        ids: list[str] | Unset = UNSET,
        sizes: list[int] | Unset = UNSET,
        colors: list[str] | Unset = UNSET,
        filter: GadgetFilter | Unset = UNSET,
        words: list[str] | Unset = UNSET,
        box: Box | Unset = UNSET,
        near: Point | Unset = UNSET,
        next: str | Unset = UNSET,
        x_trace: str | Unset = UNSET,
        x_tags: str | list[str] | Unset = UNSET,
        x_sizes: str | list[int] | Unset = UNSET,
        session: str | Unset = UNSET,
        theme: GadgetsListTheme | Unset = UNSET,
        recent: list[str] | Unset = UNSET,
        pins: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Gadget]:
        """Gadgets by ids, sizes, colours and a filter.

        `GET /gadgets`

        Args:
            ids: The `ids` query parameter.
            sizes: The `sizes` query parameter.
            colors: The `colors` query parameter.
            filter: The `filter` query parameter.
            words: The `words` query parameter.
            box: The `box` query parameter.
            near: The `near` query parameter.
            next: The `next` query parameter.
            x_trace: The `X-Trace` header parameter.
            x_tags: A list, or its values comma-separated.
            x_sizes: A list, or its values comma-separated.
            session: The `session` cookie parameter.
            theme: The `theme` cookie parameter.
            recent: The `recent` cookie parameter.
            pins: The `pins` cookie parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Gadget]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/gadgets",
                params=query_params(
                    {
                        "ids": ids,
                        "sizes": sizes,
                        "colors": colors,
                        "filter": filter,
                        "words": words,
                        "box": box,
                        "near": near,
                        "next": next,
                    }
                ),
                query_styles={
                    "ids": ParamStyle("form", explode=False),
                    "sizes": ParamStyle("pipeDelimited", explode=False),
                    "filter": ParamStyle("deepObject", explode=True),
                    "words": ParamStyle("spaceDelimited", explode=False),
                    "box": ParamStyle("form", explode=False),
                    "next": ParamStyle("form", explode=True, allow_reserved=True),
                },
                headers=header_values(
                    {
                        "X-Trace": x_trace,
                        "X-Tags": x_tags,
                        "X-Sizes": x_sizes,
                        "Cookie": cookie_header(
                            {"session": session, "theme": theme, "recent": recent, "pins": pins},
                            {"recent": ParamStyle("form", explode=False)},
                        ),
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    def tone(
        self,
        id: str,
        shade: str,
        tone: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Gadget:
        """One tone of one shade of a gadget.

        `GET /gadgets/{id}/shades/{shade}/tones/{tone}`

        Args:
            id: The `id` path parameter.
            shade: The `shade` path parameter.
            tone: The `tone` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Gadget

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/gadgets/"
                + encode_path(id)
                + "/shades/"
                + encode_path(shade, ParamStyle("label", explode=False))
                + "/tones/"
                + encode_path(tone, ParamStyle("matrix", explode=True), "tone"),
                options=request_options,
            ),
            cast=_parse_tone,
        )

    def shape(
        self,
        dims: builtins.list[int],
        corner: Point,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """A shape by its dimensions and one corner.

        `GET /shapes/{dims}/{corner}`

        Args:
            dims: The `dims` path parameter.
            corner: The `corner` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/shapes/"
                + encode_path(dims, ParamStyle("matrix", explode=False), "dims")
                + "/"
                + encode_path(corner, ParamStyle("label", explode=True)),
                options=request_options,
            ),
            cast=_parse_shape,
        )


class GadgetsResourceWithRawResponse:
    """`gadgets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: GadgetsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.tone = to_raw_response(resource.tone)
        self.shape = to_raw_response(resource.shape)


class AsyncGadgetsResource:
    """Operations on `client.gadgets`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGadgetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncGadgetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        ids: list[str] | Unset = UNSET,
        sizes: list[int] | Unset = UNSET,
        colors: list[str] | Unset = UNSET,
        filter: GadgetFilter | Unset = UNSET,
        words: list[str] | Unset = UNSET,
        box: Box | Unset = UNSET,
        near: Point | Unset = UNSET,
        next: str | Unset = UNSET,
        x_trace: str | Unset = UNSET,
        x_tags: str | list[str] | Unset = UNSET,
        x_sizes: str | list[int] | Unset = UNSET,
        session: str | Unset = UNSET,
        theme: GadgetsListTheme | Unset = UNSET,
        recent: list[str] | Unset = UNSET,
        pins: list[int] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Gadget]:
        """Gadgets by ids, sizes, colours and a filter.

        `GET /gadgets`

        Args:
            ids: The `ids` query parameter.
            sizes: The `sizes` query parameter.
            colors: The `colors` query parameter.
            filter: The `filter` query parameter.
            words: The `words` query parameter.
            box: The `box` query parameter.
            near: The `near` query parameter.
            next: The `next` query parameter.
            x_trace: The `X-Trace` header parameter.
            x_tags: A list, or its values comma-separated.
            x_sizes: A list, or its values comma-separated.
            session: The `session` cookie parameter.
            theme: The `theme` cookie parameter.
            recent: The `recent` cookie parameter.
            pins: The `pins` cookie parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Gadget]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/gadgets",
                params=query_params(
                    {
                        "ids": ids,
                        "sizes": sizes,
                        "colors": colors,
                        "filter": filter,
                        "words": words,
                        "box": box,
                        "near": near,
                        "next": next,
                    }
                ),
                query_styles={
                    "ids": ParamStyle("form", explode=False),
                    "sizes": ParamStyle("pipeDelimited", explode=False),
                    "filter": ParamStyle("deepObject", explode=True),
                    "words": ParamStyle("spaceDelimited", explode=False),
                    "box": ParamStyle("form", explode=False),
                    "next": ParamStyle("form", explode=True, allow_reserved=True),
                },
                headers=header_values(
                    {
                        "X-Trace": x_trace,
                        "X-Tags": x_tags,
                        "X-Sizes": x_sizes,
                        "Cookie": cookie_header(
                            {"session": session, "theme": theme, "recent": recent, "pins": pins},
                            {"recent": ParamStyle("form", explode=False)},
                        ),
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def tone(
        self,
        id: str,
        shade: str,
        tone: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Gadget:
        """One tone of one shade of a gadget.

        `GET /gadgets/{id}/shades/{shade}/tones/{tone}`

        Args:
            id: The `id` path parameter.
            shade: The `shade` path parameter.
            tone: The `tone` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Gadget

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/gadgets/"
                + encode_path(id)
                + "/shades/"
                + encode_path(shade, ParamStyle("label", explode=False))
                + "/tones/"
                + encode_path(tone, ParamStyle("matrix", explode=True), "tone"),
                options=request_options,
            ),
            cast=_parse_tone,
        )

    async def shape(
        self,
        dims: builtins.list[int],
        corner: Point,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """A shape by its dimensions and one corner.

        `GET /shapes/{dims}/{corner}`

        Args:
            dims: The `dims` path parameter.
            corner: The `corner` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/shapes/"
                + encode_path(dims, ParamStyle("matrix", explode=False), "dims")
                + "/"
                + encode_path(corner, ParamStyle("label", explode=True)),
                options=request_options,
            ),
            cast=_parse_shape,
        )


class AsyncGadgetsResourceWithRawResponse:
    """`gadgets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncGadgetsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.tone = to_async_raw_response(resource.tone)
        self.shape = to_async_raw_response(resource.shape)
