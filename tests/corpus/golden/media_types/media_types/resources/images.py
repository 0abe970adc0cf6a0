"""Operations on `client.images`."""

from __future__ import annotations

from functools import cached_property
from io import BytesIO

import httpx

from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core._types import DownloadTarget
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..types import File


def _parse_download(response: httpx.Response) -> File:
    response_200 = File(payload=BytesIO(response.content))

    return response_200


class ImagesResource:
    """Operations on `client.images`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return ImagesResourceWithRawResponse(self)

    def download(
        self,
        image_id: str,
        *,
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Download (images).

        `GET /images/{imageId}`

        Args:
            image_id: The `imageId` path parameter.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/images/{encode_path(image_id)}",
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_download,
        )


class ImagesResourceWithRawResponse:
    """`images` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: ImagesResource) -> None:
        self.download = to_raw_response(resource.download)


class AsyncImagesResource:
    """Operations on `client.images`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncImagesResourceWithRawResponse(self)

    async def download(
        self,
        image_id: str,
        *,
        to_file: DownloadTarget | None = None,
        request_options: RequestOptions | None = None,
    ) -> File:
        """Download (images).

        `GET /images/{imageId}`

        Args:
            image_id: The `imageId` path parameter.
            to_file: A path or an open binary file to stream the downloaded body into.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            File

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/images/{encode_path(image_id)}",
                options=request_options,
                to_file=to_file,
            ),
            cast=_parse_download,
        )


class AsyncImagesResourceWithRawResponse:
    """`images` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncImagesResource) -> None:
        self.download = to_async_raw_response(resource.download)
