"""Operations on `client.classes`."""

from __future__ import annotations

from functools import cached_property

import httpx

from .._core._encode import encode_path, header_values, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.class_ import Class
from ..types import UNSET, Unset


def _parse_import_(response: httpx.Response) -> Class:
    return Class.from_dict(response.json())


class ClassesResource:
    """Operations on `client.classes`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ClassesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ClassesResourceWithRawResponse(self)

    def import_(
        self,
        class_: str,
        from_: int,
        *,
        lambda_: str | Unset = UNSET,
        none: str | Unset = UNSET,
        self_query: str | Unset = UNSET,
        async_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Class:
        """Import  (classes).

        `GET /classes/{class}/from/{from}`

        Args:
            class_: The `class` path parameter.
            from_: The `from` path parameter.
            lambda_: The `lambda` query parameter.
            none: The `None` query parameter.
            self_query: The `self` query parameter.
            async_: The `async` header parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Class

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/classes/{encode_path(class_)}/from/{encode_path(from_)}",
                params=query_params(
                    {
                        "lambda": lambda_,
                        "None": none,
                        "self": self_query,
                    }
                ),
                headers=header_values(
                    {
                        "async": async_,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_import_,
        )


class ClassesResourceWithRawResponse:
    """`classes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ClassesResource) -> None:
        self.import_ = to_raw_response(resource.import_)


class AsyncClassesResource:
    """Operations on `client.classes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncClassesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncClassesResourceWithRawResponse(self)

    async def import_(
        self,
        class_: str,
        from_: int,
        *,
        lambda_: str | Unset = UNSET,
        none: str | Unset = UNSET,
        self_query: str | Unset = UNSET,
        async_: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Class:
        """Import  (classes).

        `GET /classes/{class}/from/{from}`

        Args:
            class_: The `class` path parameter.
            from_: The `from` path parameter.
            lambda_: The `lambda` query parameter.
            none: The `None` query parameter.
            self_query: The `self` query parameter.
            async_: The `async` header parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Class

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/classes/{encode_path(class_)}/from/{encode_path(from_)}",
                params=query_params(
                    {
                        "lambda": lambda_,
                        "None": none,
                        "self": self_query,
                    }
                ),
                headers=header_values(
                    {
                        "async": async_,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_import_,
        )


class AsyncClassesResourceWithRawResponse:
    """`classes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncClassesResource) -> None:
        self.import_ = to_async_raw_response(resource.import_)
