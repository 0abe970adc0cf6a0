"""Auth flows against a real server: bearer, API keys, basic, OAuth2 client credentials; credentials."""

from __future__ import annotations

import base64
import threading
from typing import Any

import pytest
from werkzeug import Request, Response

from generator.runtime._request import ApiRequest
from generator.runtime.auth import ApiKeyAuth, BasicAuth, BearerAuth, OAuth2ClientCredentials, resolve_credential
from generator.runtime.errors import ApiConnectionError, MissingCredentialsError, UnauthorizedError

from ._support import Seen, as_json, reply, snapshot


def test_bearer_token_string(make_client, script):
    endpoint = script("/me", [reply(200, {})])
    make_client(auth=BearerAuth("tok-static")).request(ApiRequest("GET", "/me"), cast=as_json)
    assert endpoint.seen[0].headers["authorization"] == "Bearer tok-static"


def test_bearer_token_callable_is_called_per_request(make_client, script):
    endpoint = script("/me", [reply(503), reply(200, {})])
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        return f"tok-{len(calls)}"

    client = make_client(auth=BearerAuth(token))
    client.request(ApiRequest("GET", "/me"), cast=as_json)  # one retry: two attempts
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert [seen.headers["authorization"] for seen in endpoint.seen] == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]
    assert len(calls) == 3


def test_api_key_in_custom_header(make_client, script):
    endpoint = script("/me", [reply(200, {})])
    make_client(auth=ApiKeyAuth("k-123", header="X-API-Key")).request(ApiRequest("GET", "/me"), cast=as_json)
    assert endpoint.seen[0].headers["x-api-key"] == "k-123"
    assert "authorization" not in endpoint.seen[0].headers


def test_api_key_as_raw_authorization_header(make_client, script):
    endpoint = script("/me", [reply(200, {})])
    make_client(auth=ApiKeyAuth("api-raw-key", header="Authorization")).request(ApiRequest("GET", "/me"), cast=as_json)
    assert endpoint.seen[0].headers["authorization"] == "api-raw-key"


def test_api_key_with_prefix(make_client, script):
    endpoint = script("/me", [reply(200, {})])
    make_client(auth=ApiKeyAuth("abc", header="Authorization", prefix="Token")).request(
        ApiRequest("GET", "/me"), cast=as_json
    )
    assert endpoint.seen[0].headers["authorization"] == "Token abc"


def test_api_key_in_query_keeps_other_params(make_client, script):
    endpoint = script("/me", [reply(200, {})])
    client = make_client(auth=ApiKeyAuth(lambda: "qk", query="access_key"))
    client.request(ApiRequest("GET", "/me", params={"a": "1"}), cast=as_json)
    assert endpoint.seen[0].args == {"a": ["1"], "access_key": ["qk"]}


def test_api_key_needs_a_location():
    with pytest.raises(ValueError):
        ApiKeyAuth("k")


def test_basic_auth(make_client, script):
    endpoint = script("/me", [reply(200, {})])
    make_client(auth=BasicAuth("user", "pa:ss")).request(ApiRequest("GET", "/me"), cast=as_json)
    expected = "Basic " + base64.b64encode(b"user:pa:ss").decode()
    assert endpoint.seen[0].headers["authorization"] == expected


class TokenServer:
    """A token endpoint that hands out tok-1, tok-2, ... and records the forms it got."""

    def __init__(self, httpserver: Any, expires_in: int | None = 60, status: int = 200) -> None:
        self.forms: list[dict[str, list[str]]] = []
        self.seen: list[Seen] = []
        self.expires_in = expires_in
        self.status = status
        self.lock = threading.Lock()
        httpserver.expect_request("/oauth/token", method="POST").respond_with_handler(self._handle)

    def _handle(self, request: Request) -> Response:
        seen = snapshot(request)
        with self.lock:
            self.seen.append(seen)
            self.forms.append(seen.form)
            number = len(self.forms)
        if self.status != 200:
            return reply(self.status, {"error": "invalid_client"})
        payload: dict[str, Any] = {"access_token": f"tok-{number}", "token_type": "bearer"}
        if self.expires_in is not None:
            payload["expires_in"] = self.expires_in
        return reply(200, payload)

    @property
    def count(self) -> int:
        return len(self.forms)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def oauth(httpserver: Any, clock: Clock | None = None, **kwargs: Any) -> OAuth2ClientCredentials:
    auth = OAuth2ClientCredentials(
        httpserver.url_for("/oauth/token"), "client-a", "shh-secret", scopes=["read", "write"], **kwargs
    )
    if clock is not None:
        auth._clock = clock
    return auth


def test_oauth2_fetches_once_and_caches(make_client, script, httpserver):
    tokens = TokenServer(httpserver)
    endpoint = script("/me", [reply(200, {})])
    client = make_client(auth=oauth(httpserver))
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert tokens.count == 1
    assert tokens.forms[0] == {
        "grant_type": ["client_credentials"],
        "client_id": ["client-a"],
        "client_secret": ["shh-secret"],
        "scope": ["read write"],
    }
    assert tokens.seen[0].headers["user-agent"].startswith("testsdk/")
    assert [seen.headers["authorization"] for seen in endpoint.seen] == ["Bearer tok-1", "Bearer tok-1"]


def test_oauth2_refreshes_before_expiry(make_client, script, httpserver):
    tokens = TokenServer(httpserver, expires_in=60)
    endpoint = script("/me", [reply(200, {})])
    clock = Clock()
    client = make_client(auth=oauth(httpserver, clock, refresh_margin=30))
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    clock.now += 29  # still more than 30 s left
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    clock.now += 2  # within the refresh margin
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert tokens.count == 2
    assert [seen.headers["authorization"] for seen in endpoint.seen] == [
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_oauth2_short_lived_token_is_not_refetched_every_time(make_client, script, httpserver):
    tokens = TokenServer(httpserver, expires_in=20)
    script("/me", [reply(200, {})])
    clock = Clock()
    client = make_client(auth=oauth(httpserver, clock, refresh_margin=30))
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    clock.now += 5
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert tokens.count == 1


def test_oauth2_refetches_once_on_401_with_a_cached_token(make_client, script, httpserver):
    tokens = TokenServer(httpserver, expires_in=None)
    endpoint = script("/me", [reply(200, {}), reply(401, {"error": "expired"}), reply(200, {"ok": 1})])
    client = make_client(auth=oauth(httpserver))
    client.request(ApiRequest("GET", "/me"), cast=as_json)
    assert client.request(ApiRequest("GET", "/me"), cast=as_json) == {"ok": 1}
    assert tokens.count == 2
    assert [seen.headers["authorization"] for seen in endpoint.seen] == [
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_oauth2_fresh_token_rejected_raises_unauthorized(make_client, script, httpserver):
    tokens = TokenServer(httpserver)
    script("/me", [reply(401, {"error": "nope"})])
    with pytest.raises(UnauthorizedError):
        make_client(auth=oauth(httpserver)).request(ApiRequest("GET", "/me"), cast=as_json)
    assert tokens.count == 1


def test_oauth2_token_endpoint_failure_raises_api_error(make_client, script, httpserver):
    TokenServer(httpserver, status=401)
    endpoint = script("/me", [reply(200, {})])
    with pytest.raises(UnauthorizedError) as info:
        make_client(auth=oauth(httpserver)).request(ApiRequest("GET", "/me"), cast=as_json)
    assert "shh-secret" not in str(info.value)
    assert endpoint.count == 0


def test_oauth2_is_thread_safe(make_client, script, httpserver):
    tokens = TokenServer(httpserver)
    endpoint = script("/me", [reply(200, {})])
    client = make_client(auth=oauth(httpserver))
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            client.request(ApiRequest("GET", "/me"), cast=as_json)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert tokens.count == 1
    assert endpoint.count == 8


def test_resolve_credential_prefers_the_value(monkeypatch):
    monkeypatch.setenv("FLATFILE_API_KEY", "from-env")
    assert resolve_credential("given", env_var="FLATFILE_API_KEY", param="api_key") == "given"


def test_resolve_credential_falls_back_to_the_environment(monkeypatch):
    monkeypatch.setenv("FLATFILE_API_KEY", "from-env")
    assert resolve_credential(None, env_var="FLATFILE_API_KEY", param="api_key") == "from-env"


def test_missing_credential_names_parameter_and_env_var(monkeypatch):
    monkeypatch.delenv("FLATFILE_API_KEY", raising=False)
    with pytest.raises(MissingCredentialsError) as info:
        resolve_credential(None, env_var="FLATFILE_API_KEY", param="api_key")
    assert isinstance(info.value, ValueError)
    assert "FLATFILE_API_KEY" in str(info.value)
    assert "api_key" in str(info.value)
    assert info.value.env_var == "FLATFILE_API_KEY"
    assert info.value.param == "api_key"


def test_empty_env_var_counts_as_missing(monkeypatch):
    monkeypatch.setenv("CIVIS_API_KEY", "")
    with pytest.raises(MissingCredentialsError, match="CIVIS_API_KEY"):
        resolve_credential(None, env_var="CIVIS_API_KEY", param="api_key")


def test_missing_credential_without_env_var():
    with pytest.raises(MissingCredentialsError, match="token"):
        resolve_credential(None, env_var=None, param="token")


def test_oauth2_unreachable_token_endpoint_releases_the_lock(make_client, script, closed_port_url, sleeps):
    endpoint = script("/me", [reply(200, {})])
    auth = OAuth2ClientCredentials(f"{closed_port_url}/oauth/token", "client-a", "shh-secret")
    client = make_client(auth=auth)
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            client.request(ApiRequest("GET", "/me"), cast=as_json)
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert not thread.is_alive(), "the auth lock was not released after a failed token request"
    assert len(outcome) == 1 and isinstance(outcome[0], ApiConnectionError)
    assert sleeps == [0.5, 1.0]  # each attempt fetched the token again
    assert endpoint.count == 0
    assert auth._lock.acquire(blocking=False)
