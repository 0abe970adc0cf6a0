"""Operations on `client.codes`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.code import Code
from ..models.code_summary import CodeSummary
from ..models.error_model import Error
from ..models.patch_codes_id_body import PatchCodesIdBody
from ..models.post_codes_body import PostCodesBody
from ..models.put_codes_id_body import PutCodesIdBody
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[CodeSummary]:
    response_200 = decode.model_array(_models.CodeSummary.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> None:
    return None


def _parse_get(response: httpx.Response) -> Code:
    return Code.from_dict(response.json())


def _parse_put(response: httpx.Response) -> Code:
    return Code.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_patch(response: httpx.Response) -> None:
    return None


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class CodesResource:
    """Operations on `client.codes`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CodesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return CodesResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        type: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[CodeSummary]:
        """List codes.

        `GET /codes/`

        Args:
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            type: Only this code kind.
            featured: Only featured codes.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[CodeSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/codes/",
                params=query_params(
                    {
                        "limit": limit,
                        "type": type,
                        "featured": featured,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def post(
        self,
        name: str,
        type: str,
        body: str,
        readme: str,
        *,
        score: int | Unset = UNSET,
        auth_s3_url: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create a code.

        `POST /codes/`

        Args:
            name: The `name` field of the request body.
            type: Code kind, e.g. Code::FrontEnd.
            body: The code itself.
            readme: Notes in Markdown.
            score: Reserved for Civis.
            auth_s3_url: The `authS3Url` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/codes/",
                json=PostCodesBody(
                    name=name, type_=type, body=body, readme=readme, score=score, auth_s3_url=auth_s3_url
                ).to_dict(),
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
    ) -> Code:
        """Get a code.

        `GET /codes/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Code

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/codes/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def put(
        self,
        id: int,
        name: str,
        type: str,
        body: str,
        readme: str,
        *,
        score: int | Unset = UNSET,
        auth_s3_url: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Code:
        """Replace a code.

        Full replacement: send every required field.

        `PUT /codes/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            type: Code kind, e.g. Code::FrontEnd.
            body: The code itself.
            readme: Notes in Markdown.
            score: Reserved for Civis.
            auth_s3_url: The `authS3Url` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Code

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/codes/{encode_path(id)}",
                json=PutCodesIdBody(
                    name=name, type_=type, body=body, readme=readme, score=score, auth_s3_url=auth_s3_url
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a code.

        `DELETE /codes/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/codes/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        type: str | Unset = UNSET,
        body: str | Unset = UNSET,
        readme: str | Unset = UNSET,
        score: int | Unset = UNSET,
        auth_s3_url: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update some fields of a code.

        Partial update: only the fields present in the body are changed.

        `PATCH /codes/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            type: Code kind, e.g. Code::FrontEnd.
            body: The code itself.
            readme: Notes in Markdown.
            score: Reserved for Civis.
            auth_s3_url: The `authS3Url` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/codes/{encode_path(id)}",
                json=PatchCodesIdBody(
                    name=name, type_=type, body=body, readme=readme, score=score, auth_s3_url=auth_s3_url
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )


class CodesResourceWithRawResponse:
    """`codes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: CodesResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.put = to_raw_response(resource.put)
        self.delete = to_raw_response(resource.delete)
        self.patch = to_raw_response(resource.patch)


class AsyncCodesResource:
    """Operations on `client.codes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCodesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncCodesResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        type: str | Unset = UNSET,
        featured: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[CodeSummary]:
        """List codes.

        `GET /codes/`

        Args:
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            type: Only this code kind.
            featured: Only featured codes.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[CodeSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/codes/",
                params=query_params(
                    {
                        "limit": limit,
                        "type": type,
                        "featured": featured,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def post(
        self,
        name: str,
        type: str,
        body: str,
        readme: str,
        *,
        score: int | Unset = UNSET,
        auth_s3_url: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Create a code.

        `POST /codes/`

        Args:
            name: The `name` field of the request body.
            type: Code kind, e.g. Code::FrontEnd.
            body: The code itself.
            readme: Notes in Markdown.
            score: Reserved for Civis.
            auth_s3_url: The `authS3Url` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/codes/",
                json=PostCodesBody(
                    name=name, type_=type, body=body, readme=readme, score=score, auth_s3_url=auth_s3_url
                ).to_dict(),
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
    ) -> Code:
        """Get a code.

        `GET /codes/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Code

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/codes/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def put(
        self,
        id: int,
        name: str,
        type: str,
        body: str,
        readme: str,
        *,
        score: int | Unset = UNSET,
        auth_s3_url: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Code:
        """Replace a code.

        Full replacement: send every required field.

        `PUT /codes/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            type: Code kind, e.g. Code::FrontEnd.
            body: The code itself.
            readme: Notes in Markdown.
            score: Reserved for Civis.
            auth_s3_url: The `authS3Url` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Code

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/codes/{encode_path(id)}",
                json=PutCodesIdBody(
                    name=name, type_=type, body=body, readme=readme, score=score, auth_s3_url=auth_s3_url
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    async def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a code.

        `DELETE /codes/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/codes/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def patch(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        type: str | Unset = UNSET,
        body: str | Unset = UNSET,
        readme: str | Unset = UNSET,
        score: int | Unset = UNSET,
        auth_s3_url: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update some fields of a code.

        Partial update: only the fields present in the body are changed.

        `PATCH /codes/{id}`

        Args:
            id: Object id.
            name: The `name` field of the request body.
            type: Code kind, e.g. Code::FrontEnd.
            body: The code itself.
            readme: Notes in Markdown.
            score: Reserved for Civis.
            auth_s3_url: The `authS3Url` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/codes/{encode_path(id)}",
                json=PatchCodesIdBody(
                    name=name, type_=type, body=body, readme=readme, score=score, auth_s3_url=auth_s3_url
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_patch,
        )


class AsyncCodesResourceWithRawResponse:
    """`codes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncCodesResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.put = to_async_raw_response(resource.put)
        self.delete = to_async_raw_response(resource.delete)
        self.patch = to_async_raw_response(resource.patch)
