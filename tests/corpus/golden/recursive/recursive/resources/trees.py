"""Operations on `client.trees`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.tree_node import TreeNode


def _parse_get(response: httpx.Response) -> TreeNode:
    return TreeNode.from_dict(response.json())


def _parse_create(response: httpx.Response) -> TreeNode:
    return TreeNode.from_dict(response.json())


class TreesResource:
    """Operations on `client.trees`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TreesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return TreesResourceWithRawResponse(self)

    def get(
        self,
        tree_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TreeNode:
        """Get (trees).

        `GET /trees/{treeId}`

        Args:
            tree_id: The `treeId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TreeNode

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/trees/{encode_path(tree_id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )

    def create(
        self,
        *,
        request: TreeNode | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> TreeNode:
        """Create (trees).

        `POST /trees`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TreeNode

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/trees",
                json=jsonable(as_model(TreeNode, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )


class TreesResourceWithRawResponse:
    """`trees` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: TreesResource) -> None:
        self.get = to_raw_response(resource.get)
        self.create = to_raw_response(resource.create)


class AsyncTreesResource:
    """Operations on `client.trees`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTreesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncTreesResourceWithRawResponse(self)

    async def get(
        self,
        tree_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> TreeNode:
        """Get (trees).

        `GET /trees/{treeId}`

        Args:
            tree_id: The `treeId` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TreeNode

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/trees/{encode_path(tree_id)}",
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def create(
        self,
        *,
        request: TreeNode | Mapping[str, Any],
        request_options: RequestOptions | None = None,
    ) -> TreeNode:
        """Create (trees).

        `POST /trees`

        Args:
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TreeNode

        Raises:
            ApiError: subclass per status in README.md#errors.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/trees",
                json=jsonable(as_model(TreeNode, request)),
                options=request_options,
            ),
            cast=_parse_create,
        )


class AsyncTreesResourceWithRawResponse:
    """`trees` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncTreesResource) -> None:
        self.get = to_async_raw_response(resource.get)
        self.create = to_async_raw_response(resource.create)
