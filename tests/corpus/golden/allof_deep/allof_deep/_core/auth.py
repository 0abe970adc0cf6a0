"""Authentication as :class:`httpx.Auth` flows (sync and async), plus credential resolution."""

from __future__ import annotations

import base64
import os
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import quote

import httpx

from ._redact import REDACTED
from .errors import MissingCredentialsError, ParseError, make_api_error

if TYPE_CHECKING:  # asyncio is imported lazily: sync-only users never pay for it
    import asyncio

__all__ = [
    "ApiKeyAuth",
    "BaseAuth",
    "BasicAuth",
    "BearerAuth",
    "OAuth2ClientCredentials",
    "resolve_credential",
]

T = TypeVar("T")


def resolve_credential(value: T | None, *, env_var: str | None, param: str) -> T | str:
    """Return ``value`` if given, else the environment variable ``env_var``, else raise.

    Raises:
        MissingCredentialsError: naming both the parameter and the environment variable.
    """
    if value is not None:
        return value
    if env_var:
        from_env = os.environ.get(env_var)
        if from_env:
            return from_env
        message = f"Missing credential: pass `{param}=...` or set the {env_var} environment variable."
    else:
        message = f"Missing credential: pass `{param}=...`."
    raise MissingCredentialsError(message, param=param, env_var=env_var)


class BaseAuth(httpx.Auth):
    """Base of the SDK's auth flows: tells the client what to redact.

    ``sensitive_headers`` and ``sensitive_query_params`` name where this auth puts secrets;
    :meth:`secret_values` returns the secret values currently known, so that they can be scrubbed
    from any text the SDK shows.
    """

    sensitive_headers: frozenset[str] = frozenset()
    sensitive_query_params: frozenset[str] = frozenset()

    def secret_values(self) -> tuple[str, ...]:
        """Return the secret values this auth currently holds (never logged)."""
        return ()


class _SecretAuth(BaseAuth):
    """A secret given as a string or as a zero-argument callable that is called for every request."""

    def __init__(self, secret: str | Callable[[], str]) -> None:
        self._secret = secret
        self._last: str | None = None

    def _current(self) -> str:
        """The secret for this request (a callable's answer is remembered, so that it is redacted)."""
        value = self._secret() if callable(self._secret) else self._secret
        self._last = value
        return value

    def secret_values(self) -> tuple[str, ...]:
        """Return the static secret or the last one the callable returned."""
        static = (self._secret,) if isinstance(self._secret, str) else ()
        return static + ((self._last,) if self._last else ())


class BearerAuth(_SecretAuth):
    """``Authorization: Bearer <token>``; a callable token is called for every request."""

    sensitive_headers = frozenset({"authorization"})

    def __init__(self, token: str | Callable[[], str]) -> None:
        """Create the auth from a token or a zero-argument callable that returns one."""
        super().__init__(token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the Authorization header."""
        request.headers["Authorization"] = f"Bearer {self._current()}"
        yield request

    def __repr__(self) -> str:
        """Never show the token."""
        return f"BearerAuth(token={REDACTED!r})"


class ApiKeyAuth(_SecretAuth):
    """An API key in a header and/or a query parameter.

    With ``header="Authorization"`` and no ``prefix`` the header is the raw key (``Authorization: <key>``,
    as LaunchDarkly and Civis use); with a ``prefix`` it is ``"<prefix> <key>"``.
    """

    def __init__(
        self,
        key: str | Callable[[], str],
        *,
        header: str | None = None,
        query: str | None = None,
        prefix: str | None = None,
    ) -> None:
        """Create the auth; at least one of ``header`` and ``query`` is required."""
        if header is None and query is None:
            raise ValueError("ApiKeyAuth needs `header=` or `query=` (where to send the key)")
        super().__init__(key)
        self.header = header
        self.query = query
        self.prefix = prefix
        self.sensitive_headers = frozenset({header.lower()}) if header else frozenset()
        self.sensitive_query_params = frozenset({query.lower()}) if query else frozenset()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Put the key where it belongs."""
        key = self._current()
        if self.header is not None:
            request.headers[self.header] = f"{self.prefix} {key}" if self.prefix else key
        if self.query is not None:
            request.url = _with_query_param(request.url, self.query, key)
        yield request

    def __repr__(self) -> str:
        """Never show the key."""
        return f"ApiKeyAuth(key={REDACTED!r}, header={self.header!r}, query={self.query!r}, prefix={self.prefix!r})"


class BasicAuth(BaseAuth):
    """HTTP basic authentication."""

    sensitive_headers = frozenset({"authorization"})

    def __init__(self, username: str, password: str) -> None:
        """Create the auth from a username and password."""
        self.username = username
        self._password = password
        raw = f"{username}:{password}".encode()
        self._header = "Basic " + base64.b64encode(raw).decode("ascii")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the Authorization header."""
        request.headers["Authorization"] = self._header
        yield request

    def secret_values(self) -> tuple[str, ...]:
        """Return the password and the encoded header value."""
        return (self._password, self._header.removeprefix("Basic "))

    def __repr__(self) -> str:
        """Show the username, never the password."""
        return f"BasicAuth(username={self.username!r}, password={REDACTED!r})"


class OAuth2ClientCredentials(BaseAuth):
    """OAuth2 client-credentials grant: fetch a token, cache it, refresh it before it expires.

    The token request is a form POST of ``grant_type=client_credentials``, ``client_id``,
    ``client_secret`` and ``scope`` (space-separated ``scopes``) to ``token_url``, sent through the same
    httpx client as the API call (a relative ``token_url`` is resolved against the request URL). The
    token is refreshed ``refresh_margin`` seconds before ``expires_in`` runs out (at most halfway through
    its life), and once more if the API answers 401 to a cached token. One thread (or task) fetches while
    the others wait. A token response without ``expires_in`` is kept until the API answers 401.
    """

    sensitive_headers = frozenset({"authorization"})

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        scopes: Sequence[str] | None = None,
        refresh_margin: float = 30,
    ) -> None:
        """Create the auth; no request is made until the first API call."""
        self.token_url = token_url
        self.client_id = client_id
        self._client_secret = client_secret
        self.scopes = list(scopes) if scopes else []
        self.refresh_margin = refresh_margin
        self._clock: Callable[[], float] = time.monotonic
        self._token: str | None = None
        self._refresh_at: float | None = None
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    # -- state -----------------------------------------------------------------------------------------

    def _current_token(self) -> str | None:
        if self._token is None:
            return None
        if self._refresh_at is not None and self._clock() >= self._refresh_at:
            return None
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token, so the next request fetches a new one."""
        self._token = None
        self._refresh_at = None

    def _token_request(self, request: httpx.Request) -> httpx.Request:
        form = {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._client_secret}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        headers = {"Accept": "application/json"}
        user_agent = request.headers.get("user-agent")
        if user_agent:
            headers["User-Agent"] = user_agent
        url = request.url.join(self.token_url)
        timeout = request.extensions.get("timeout")
        extensions = {"timeout": timeout} if timeout is not None else {}
        return httpx.Request("POST", url, data=form, headers=headers, extensions=extensions)

    def _store(self, response: httpx.Response) -> str:
        if not response.is_success:
            raise make_api_error(response, redactor=None)
        try:
            payload = response.json()
            token = payload["access_token"]
            if not isinstance(token, str) or not token:
                raise TypeError("access_token is not a non-empty string")
            expires_in = payload.get("expires_in")
            lifetime = float(expires_in) if expires_in is not None else None
        except Exception as exc:
            raise ParseError(
                f"OAuth2 token response could not be read: {type(exc).__name__}",
                status_code=response.status_code,
                headers=response.headers,
                body=None,
                method="POST",
                url=str(response.request.url),
                http_response=response,
            ) from None
        self._token = token
        if lifetime is None:
            self._refresh_at = None
        else:
            margin = min(self.refresh_margin, lifetime / 2)
            self._refresh_at = self._clock() + lifetime - margin
        return token

    def secret_values(self) -> tuple[str, ...]:
        """Return the client secret and the cached access token."""
        return (self._client_secret,) + ((self._token,) if self._token else ())

    # -- flows -----------------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Fetch the token if needed (under a lock), send the request, retry once on 401."""
        from ._sync_auth import oauth2_flow

        return oauth2_flow(self, self._lock, request)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async twin of :meth:`sync_auth_flow` (an asyncio lock per event loop)."""
        import asyncio

        from ._async_auth import oauth2_flow

        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return oauth2_flow(self, lock, request)

    def __repr__(self) -> str:
        """Show the token URL and client id, never the secret or the token."""
        return (
            f"OAuth2ClientCredentials(token_url={self.token_url!r}, client_id={self.client_id!r}, "
            f"client_secret={REDACTED!r}, scopes={self.scopes!r})"
        )


def _with_query_param(url: httpx.URL, name: str, value: str) -> httpx.URL:
    """``url`` with ``name=value`` set, the rest of its query kept byte for byte (``copy_set_param`` would
    re-encode it and undo the parameter styles: ``ids=a,b`` would become ``ids=a%2Cb``)."""
    encoded = quote(name, safe="").encode()
    kept = [pair for pair in url.query.split(b"&") if pair and pair.split(b"=", 1)[0] != encoded]
    kept.append(encoded + b"=" + quote(value, safe="").encode())
    return url.copy_with(query=b"&".join(kept))


def sensitive_names(auth: httpx.Auth | None) -> tuple[Iterable[str], Iterable[str]]:
    """Return (header names, query parameter names) that ``auth`` puts secrets in."""
    if isinstance(auth, BaseAuth):
        return auth.sensitive_headers, auth.sensitive_query_params
    return (), ()
