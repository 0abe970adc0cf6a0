"""Operations on `client.articles`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import header_values, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.article_document import ArticleDocument


def _parse_create(response: httpx.Response) -> ArticleDocument:
    return ArticleDocument.from_dict(response.json())


class ArticlesResource:
    """Operations on `client.articles`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ArticlesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ArticlesResourceWithRawResponse(self)

    def create(
        self,
        *,
        request: ArticleDocument | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ArticleDocument:
        """Create (articles).

        `POST /articles`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ArticleDocument

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/articles",
                headers=header_values(
                    {
                        "Content-Type": "application/vnd.api+json",
                    }
                ),
                json=jsonable(as_model(ArticleDocument, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )


class ArticlesResourceWithRawResponse:
    """`articles` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ArticlesResource) -> None:
        self.create = to_raw_response(resource.create)


class AsyncArticlesResource:
    """Operations on `client.articles`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncArticlesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncArticlesResourceWithRawResponse(self)

    async def create(
        self,
        *,
        request: ArticleDocument | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> ArticleDocument:
        """Create (articles).

        `POST /articles`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ArticleDocument

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/articles",
                headers=header_values(
                    {
                        "Content-Type": "application/vnd.api+json",
                    }
                ),
                json=jsonable(as_model(ArticleDocument, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncArticlesResourceWithRawResponse:
    """`articles` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncArticlesResource) -> None:
        self.create = to_async_raw_response(resource.create)
