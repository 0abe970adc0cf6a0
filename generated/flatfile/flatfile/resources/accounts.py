"""Operations on `client.accounts`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.account_response import AccountResponse
from ..models.accounts_update_current_body import AccountsUpdateCurrentBody
from ..models.errors_model import Errors


def _parse_get_current(response: httpx.Response) -> AccountResponse:
    return AccountResponse.from_dict(response.json())


def _parse_update_current(response: httpx.Response) -> AccountResponse:
    return AccountResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    403: Errors.from_dict,
}


class AccountsResource:
    """Operations on `client.accounts`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AccountsResourceWithRawResponse(self)

    def get_current(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Retrieve the current account.

        Returns the account that owns the API key used for the call.

        `GET /accounts/current`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AccountResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                "/accounts/current",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_current,
        )

    def update_current(
        self,
        *,
        default_app_id: str,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Modify the current account.

        Changes settings of the calling account, such as the app opened by default.

        `PATCH /accounts/current`

        Args:
            default_app_id: App to open by default.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AccountResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                "/accounts/current",
                json=AccountsUpdateCurrentBody(default_app_id=default_app_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_current,
        )


class AccountsResourceWithRawResponse:
    """`accounts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AccountsResource) -> None:
        self.get_current = to_raw_response(resource.get_current)
        self.update_current = to_raw_response(resource.update_current)


class AsyncAccountsResource:
    """Operations on `client.accounts`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAccountsResourceWithRawResponse(self)

    async def get_current(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Retrieve the current account.

        Returns the account that owns the API key used for the call.

        `GET /accounts/current`

        Args:
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AccountResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                "/accounts/current",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get_current,
        )

    async def update_current(
        self,
        *,
        default_app_id: str,
        request_options: RequestOptions | None = None,
    ) -> AccountResponse:
        """Modify the current account.

        Changes settings of the calling account, such as the app opened by default.

        `PATCH /accounts/current`

        Args:
            default_app_id: App to open by default.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            AccountResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 403.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                "/accounts/current",
                json=AccountsUpdateCurrentBody(default_app_id=default_app_id).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_update_current,
        )


class AsyncAccountsResourceWithRawResponse:
    """`accounts` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAccountsResource) -> None:
        self.get_current = to_async_raw_response(resource.get_current)
        self.update_current = to_async_raw_response(resource.update_current)
