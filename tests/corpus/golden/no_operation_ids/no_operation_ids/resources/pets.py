"""Operations on `client.pets`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.pet import Pet
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Pet]:
    response_200 = decode.model_array(_models.Pet.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> None:
    return None


def _parse_get(response: httpx.Response) -> Pet:
    return Pet.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_get_photos(response: httpx.Response) -> None:
    return None


class PetsResource:
    """Operations on `client.pets`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> PetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return PetsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Pet]:
        """List (pets).

        `GET /pets`

        Args:
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Pet]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/pets",
                params=query_params(
                    {
                        "limit": limit,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    def post(
        self,
        *,
        request: Pet | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Post (pets).

        `POST /pets`

        Args:
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
                "/pets",
                json=jsonable(as_model(Pet, request)),
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        pet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Get (pets).

        `GET /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Pet

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/pets/{encode_path(pet_id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        pet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete (pets).

        `DELETE /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/pets/{encode_path(pet_id)}",
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def get_photos(
        self,
        pet_id: str,
        photo_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get photos (pets).

        `GET /pets/{petId}/photos/{photo-id}`

        Args:
            pet_id: The `petId` path parameter.
            photo_id: The `photo-id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/pets/{encode_path(pet_id)}/photos/{encode_path(photo_id)}",
                options=request_options,
            ),
            cast=_parse_get_photos,
        )


class PetsResourceWithRawResponse:
    """`pets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: PetsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.get_photos = to_raw_response(resource.get_photos)


class AsyncPetsResource:
    """Operations on `client.pets`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncPetsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncPetsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Pet]:
        """List (pets).

        `GET /pets`

        Args:
            limit: The `limit` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[Pet]

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/pets",
                params=query_params(
                    {
                        "limit": limit,
                    }
                ),
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def post(
        self,
        *,
        request: Pet | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Post (pets).

        `POST /pets`

        Args:
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
                "/pets",
                json=jsonable(as_model(Pet, request)),
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        pet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Get (pets).

        `GET /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Pet

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/pets/{encode_path(pet_id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        pet_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete (pets).

        `DELETE /pets/{petId}`

        Args:
            pet_id: The `petId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/pets/{encode_path(pet_id)}",
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def get_photos(
        self,
        pet_id: str,
        photo_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Get photos (pets).

        `GET /pets/{petId}/photos/{photo-id}`

        Args:
            pet_id: The `petId` path parameter.
            photo_id: The `photo-id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/pets/{encode_path(pet_id)}/photos/{encode_path(photo_id)}",
                options=request_options,
            ),
            cast=_parse_get_photos,
        )


class AsyncPetsResourceWithRawResponse:
    """`pets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.get_photos = to_async_raw_response(resource.get_photos)
