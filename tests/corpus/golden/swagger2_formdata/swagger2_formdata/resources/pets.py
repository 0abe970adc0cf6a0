"""Operations on `client.pets`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import IO, Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, jsonable, multipart_files, query_params
from .._core._request import ApiRequest, ParamStyle
from .._core._types import as_file, as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.new_pet import NewPet
from ..models.pet import Pet
from ..models.pets_update_with_form_body import PetsUpdateWithFormBody
from ..models.pets_update_with_form_body_status import (
    PetsUpdateWithFormBodyStatus,
)
from ..models.pets_upload_photo_body import PetsUploadPhotoBody
from ..types import UNSET, File, Unset


def _parse_list(response: httpx.Response) -> list[Pet]:
    response_200 = decode.model_array(_models.Pet.from_dict, response.json())

    return response_200


def _parse_create(response: httpx.Response) -> Pet:
    return Pet.from_dict(response.json())


def _parse_update_with_form(response: httpx.Response) -> None:
    return None


def _parse_upload_photo(response: httpx.Response) -> Pet:
    return Pet.from_dict(response.json())


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
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Pet]:
        """List (pets).

        `GET /pets`

        Args:
            tags: The `tags` query parameter.
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
                        "tags": tags,
                        "limit": limit,
                    }
                ),
                query_styles={
                    "tags": ParamStyle("form", explode=False),
                },
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        *,
        request: NewPet | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Create (pets).

        `POST /pets`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Pet

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/pets",
                json=jsonable(as_model(NewPet, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )

    def update_with_form(
        self,
        pet_id: int,
        *,
        name: str | Unset = UNSET,
        status: PetsUpdateWithFormBodyStatus | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update with form (pets).

        `POST /pets/{petId}/form`

        Args:
            pet_id: The `petId` path parameter.
            name: The `name` field of the request body.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/pets/{encode_path(pet_id)}/form",
                data=PetsUpdateWithFormBody(name=name, status=status).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        status,
                    )
                )
                else None,
                options=request_options,
            ),
            cast=_parse_update_with_form,
        )

    def upload_photo(
        self,
        pet_id: int,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        caption: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Upload photo (pets).

        `POST /pets/{petId}/photo`

        Args:
            pet_id: The `petId` path parameter.
            file: The `file` field of the request body.
            caption: The `caption` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Pet

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/pets/{encode_path(pet_id)}/photo",
                files=multipart_files(PetsUploadPhotoBody(file=as_file(file), caption=caption).to_dict()),
                options=request_options,
            ),
            cast=_parse_upload_photo,
        )


class PetsResourceWithRawResponse:
    """`pets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: PetsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.update_with_form = to_raw_response(resource.update_with_form)
        self.upload_photo = to_raw_response(resource.upload_photo)


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
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[Pet]:
        """List (pets).

        `GET /pets`

        Args:
            tags: The `tags` query parameter.
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
                        "tags": tags,
                        "limit": limit,
                    }
                ),
                query_styles={
                    "tags": ParamStyle("form", explode=False),
                },
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        *,
        request: NewPet | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Create (pets).

        `POST /pets`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Pet

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/pets",
                json=jsonable(as_model(NewPet, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def update_with_form(
        self,
        pet_id: int,
        *,
        name: str | Unset = UNSET,
        status: PetsUpdateWithFormBodyStatus | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Update with form (pets).

        `POST /pets/{petId}/form`

        Args:
            pet_id: The `petId` path parameter.
            name: The `name` field of the request body.
            status: The `status` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/pets/{encode_path(pet_id)}/form",
                data=PetsUpdateWithFormBody(name=name, status=status).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        name,
                        status,
                    )
                )
                else None,
                options=request_options,
            ),
            cast=_parse_update_with_form,
        )

    async def upload_photo(
        self,
        pet_id: int,
        *,
        file: File | bytes | IO[bytes] | os.PathLike[str],
        caption: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Pet:
        """Upload photo (pets).

        `POST /pets/{petId}/photo`

        Args:
            pet_id: The `petId` path parameter.
            file: The `file` field of the request body.
            caption: The `caption` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Pet

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/pets/{encode_path(pet_id)}/photo",
                files=multipart_files(PetsUploadPhotoBody(file=as_file(file), caption=caption).to_dict()),
                options=request_options,
            ),
            cast=_parse_upload_photo,
        )


class AsyncPetsResourceWithRawResponse:
    """`pets` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.update_with_form = to_async_raw_response(resource.update_with_form)
        self.upload_photo = to_async_raw_response(resource.upload_photo)
