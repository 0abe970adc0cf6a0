"""Operations on `client.notes`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, header_values, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.note_patch import NotePatch
from ..models.notes_touch_body import NotesTouchBody
from ..types import UNSET, Unset


def _parse_touch(response: httpx.Response) -> None:
    return None


def _parse_patch(response: httpx.Response) -> None:
    return None


class NotesResource:
    """Operations on `client.notes`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NotesResourceWithRawResponse(self)

    def touch(
        self,
        id: str,
        *,
        reason: str | Unset = UNSET,
        pinned: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Touch (notes).

        `POST /notes/{id}/touch`

        Args:
            id: The `id` path parameter.
            reason: The `reason` field of the request body.
            pinned: The `pinned` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/notes/{encode_path(id)}/touch",
                json=NotesTouchBody(reason=reason, pinned=pinned).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        reason,
                        pinned,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_touch,
        )

    def patch(
        self,
        id: str,
        *,
        request: NotePatch | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Patch (notes).

        `PATCH /notes/{id}`

        Args:
            id: The `id` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/notes/{encode_path(id)}",
                headers=header_values(
                    {
                        "Content-Type": "application/merge-patch+json" if not isinstance(request, Unset) else None,
                    }
                ),
                json=jsonable(as_model(NotePatch, request)),
                options=request_options,
            ),
            cast=_parse_patch,
        )


class NotesResourceWithRawResponse:
    """`notes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NotesResource) -> None:
        self.touch = to_raw_response(resource.touch)
        self.patch = to_raw_response(resource.patch)


class AsyncNotesResource:
    """Operations on `client.notes`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNotesResourceWithRawResponse(self)

    async def touch(
        self,
        id: str,
        *,
        reason: str | Unset = UNSET,
        pinned: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Touch (notes).

        `POST /notes/{id}/touch`

        Args:
            id: The `id` path parameter.
            reason: The `reason` field of the request body.
            pinned: The `pinned` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/notes/{encode_path(id)}/touch",
                json=NotesTouchBody(reason=reason, pinned=pinned).to_dict()
                if not all(
                    isinstance(value, Unset)
                    for value in (
                        reason,
                        pinned,
                    )
                )
                else UNSET,
                options=request_options,
            ),
            cast=_parse_touch,
        )

    async def patch(
        self,
        id: str,
        *,
        request: NotePatch | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Patch (notes).

        `PATCH /notes/{id}`

        Args:
            id: The `id` path parameter.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/notes/{encode_path(id)}",
                headers=header_values(
                    {
                        "Content-Type": "application/merge-patch+json" if not isinstance(request, Unset) else None,
                    }
                ),
                json=jsonable(as_model(NotePatch, request)),
                options=request_options,
            ),
            cast=_parse_patch,
        )


class AsyncNotesResourceWithRawResponse:
    """`notes` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNotesResource) -> None:
        self.touch = to_async_raw_response(resource.touch)
        self.patch = to_async_raw_response(resource.patch)
