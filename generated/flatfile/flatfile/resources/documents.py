"""Operations on `client.documents`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path
from .._core._request import ApiRequest
from .._core._types import as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.action import Action
from ..models.document_response import DocumentResponse
from ..models.documents_create_body import DocumentsCreateBody
from ..models.documents_update_body import DocumentsUpdateBody
from ..models.errors_model import Errors
from ..models.list_documents_response import ListDocumentsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListDocumentsResponse:
    return ListDocumentsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> DocumentResponse:
    return DocumentResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> DocumentResponse:
    return DocumentResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> DocumentResponse:
    return DocumentResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class DocumentsResource:
    """Operations on `client.documents`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DocumentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return DocumentsResourceWithRawResponse(self)

    def list(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListDocumentsResponse:
        """List documents.

        Lists every document stored in a space.

        `GET /spaces/{spaceId}/documents`

        Args:
            space_id: Space identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListDocumentsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/documents",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    def create(
        self,
        space_id: str,
        *,
        title: str,
        body: str,
        treatments: builtins.list[str] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DocumentResponse:
        """Create a document.

        Adds a rich-text document to a space.

        `POST /spaces/{spaceId}/documents`

        Args:
            space_id: Space identifier.
            title: Heading of the document.
            body: Markdown or HTML content.
            treatments: Labels that change how the document is shown.
            actions: The `actions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DocumentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/documents",
                json=DocumentsCreateBody(
                    title=title, body=body, treatments=treatments, actions=as_models(Action, actions)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        space_id: str,
        document_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DocumentResponse:
        """Get a document.

        Fetches one document of a space.

        `GET /spaces/{spaceId}/documents/{documentId}`

        Args:
            space_id: Space identifier.
            document_id: Document identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DocumentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/documents/{encode_path(document_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        space_id: str,
        document_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a document.

        Removes a document from a space.

        `DELETE /spaces/{spaceId}/documents/{documentId}`

        Args:
            space_id: Space identifier.
            document_id: Document identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/spaces/{encode_path(space_id)}/documents/{encode_path(document_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        space_id: str,
        document_id: str,
        *,
        title: str,
        body: str,
        treatments: builtins.list[str] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DocumentResponse:
        """Update a document.

        Replaces the title and body of a document.

        `PATCH /spaces/{spaceId}/documents/{documentId}`

        Args:
            space_id: Space identifier.
            document_id: Document identifier.
            title: Heading of the document.
            body: Markdown or HTML content.
            treatments: Labels that change how the document is shown.
            actions: The `actions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DocumentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/spaces/{encode_path(space_id)}/documents/{encode_path(document_id)}",
                json=DocumentsUpdateBody(
                    title=title, body=body, treatments=treatments, actions=as_models(Action, actions)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class DocumentsResourceWithRawResponse:
    """`documents` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: DocumentsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncDocumentsResource:
    """Operations on `client.documents`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDocumentsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncDocumentsResourceWithRawResponse(self)

    async def list(
        self,
        space_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> ListDocumentsResponse:
        """List documents.

        Lists every document stored in a space.

        `GET /spaces/{spaceId}/documents`

        Args:
            space_id: Space identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ListDocumentsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/documents",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
        )

    async def create(
        self,
        space_id: str,
        *,
        title: str,
        body: str,
        treatments: builtins.list[str] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DocumentResponse:
        """Create a document.

        Adds a rich-text document to a space.

        `POST /spaces/{spaceId}/documents`

        Args:
            space_id: Space identifier.
            title: Heading of the document.
            body: Markdown or HTML content.
            treatments: Labels that change how the document is shown.
            actions: The `actions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DocumentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/spaces/{encode_path(space_id)}/documents",
                json=DocumentsCreateBody(
                    title=title, body=body, treatments=treatments, actions=as_models(Action, actions)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        space_id: str,
        document_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DocumentResponse:
        """Get a document.

        Fetches one document of a space.

        `GET /spaces/{spaceId}/documents/{documentId}`

        Args:
            space_id: Space identifier.
            document_id: Document identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DocumentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/spaces/{encode_path(space_id)}/documents/{encode_path(document_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        space_id: str,
        document_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a document.

        Removes a document from a space.

        `DELETE /spaces/{spaceId}/documents/{documentId}`

        Args:
            space_id: Space identifier.
            document_id: Document identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/spaces/{encode_path(space_id)}/documents/{encode_path(document_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        space_id: str,
        document_id: str,
        *,
        title: str,
        body: str,
        treatments: builtins.list[str] | Unset = UNSET,
        actions: Sequence[Action | Mapping[str, Any]] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DocumentResponse:
        """Update a document.

        Replaces the title and body of a document.

        `PATCH /spaces/{spaceId}/documents/{documentId}`

        Args:
            space_id: Space identifier.
            document_id: Document identifier.
            title: Heading of the document.
            body: Markdown or HTML content.
            treatments: Labels that change how the document is shown.
            actions: The `actions` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DocumentResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/spaces/{encode_path(space_id)}/documents/{encode_path(document_id)}",
                json=DocumentsUpdateBody(
                    title=title, body=body, treatments=treatments, actions=as_models(Action, actions)
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncDocumentsResourceWithRawResponse:
    """`documents` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncDocumentsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
