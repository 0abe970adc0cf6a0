"""Logging (silent by default, env-var switch) and redaction of credentials in logs, reprs and errors."""

from __future__ import annotations

import logging
import uuid

import httpx
import pytest

from generator.runtime._logging import get_logger
from generator.runtime._redact import Redactor
from generator.runtime._request import ApiRequest
from generator.runtime.auth import ApiKeyAuth, BasicAuth, BearerAuth, OAuth2ClientCredentials
from generator.runtime.errors import ApiConnectionError, UnauthorizedError, make_api_error

from ._support import LOGGER, as_json, reply

SECRETS = ["sk-bearer-secret", "hdr-secret-value", "query-secret-999", "cookie-secret"]


def sdk_log(caplog: pytest.LogCaptureFixture) -> str:
    """Messages of the SDK's logger only (the test server logs raw request lines itself)."""
    return "\n".join(record.getMessage() for record in caplog.records if record.name == LOGGER)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked in {text!r}"


def test_debug_logs_show_requests_responses_and_retries_without_secrets(make_client, script, caplog, sleeps):
    script("/things", [reply(503, headers={"Retry-After": "1"}), reply(200, {"ok": 1})])
    client = make_client(
        auth=BearerAuth("sk-bearer-secret"),
        headers={"X-Api-Key": "hdr-secret-value", "Cookie": "session=cookie-secret", "X-Trace": "visible"},
    )
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    client.request(ApiRequest("GET", "/things"), cast=as_json)
    messages = [record.getMessage() for record in caplog.records if record.name == LOGGER]
    text = "\n".join(messages)
    assert_clean(text)
    assert any(m.startswith("HTTP request: GET ") and "/things" in m for m in messages)
    assert any("-> 503" in m for m in messages)
    assert any("-> 200" in m and " s" in m for m in messages)
    assert any(m.startswith("Retrying GET") and "in 1.000 s" in m and "retry 1 of 2" in m for m in messages)
    assert "visible" in text
    assert "***" in text


def test_api_key_in_query_is_redacted_in_logs_and_errors(make_client, script, caplog):
    script("/things", [reply(401, {"error": "bad key"})])
    client = make_client(auth=ApiKeyAuth("query-secret-999", query="auth_code"), max_retries=0)
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    with pytest.raises(UnauthorizedError) as info:
        client.request(ApiRequest("GET", "/things", params={"page": 2}), cast=as_json)
    assert "auth_code=***" in sdk_log(caplog)
    assert_clean(sdk_log(caplog))
    assert_clean(str(info.value))
    assert_clean(repr(info.value))
    assert info.value.url is not None
    assert_clean(info.value.url)
    assert "auth_code=***" in info.value.url
    assert "page=2" in info.value.url


def test_secret_echoed_in_an_error_body_is_scrubbed_from_the_message(make_client, script):
    script("/things", [reply(401, text="token sk-bearer-secret is revoked")])
    with pytest.raises(UnauthorizedError) as info:
        make_client(auth=BearerAuth("sk-bearer-secret")).request(ApiRequest("GET", "/things"), cast=as_json)
    assert_clean(str(info.value))
    assert info.value.body == "token sk-bearer-secret is revoked"  # the attribute keeps the data


def test_secret_looking_json_keys_are_redacted_in_messages():
    exc = make_api_error(httpx.Response(400, json={"access_token": "abc123", "nested": [{"client_secret": "s3"}]}))
    assert "abc123" not in str(exc) and "s3" not in str(exc)
    assert exc.body["access_token"] == "abc123"


def test_reprs_never_show_credentials(make_client):
    auths = [
        BearerAuth("sk-bearer-secret"),
        BearerAuth(lambda: "sk-bearer-secret"),
        ApiKeyAuth("hdr-secret-value", header="Authorization"),
        ApiKeyAuth("query-secret-999", query="key"),
        BasicAuth("alice", "cookie-secret"),
        OAuth2ClientCredentials("https://auth.test/token", "cid", "hdr-secret-value"),
    ]
    for auth in auths:
        assert_clean(repr(auth))
        client = make_client(
            auth=auth, headers={"Authorization": "Bearer sk-bearer-secret", "X-Session-Token": "cookie-secret"}
        )
        assert_clean(repr(client))
        assert "***" in repr(client)
    assert "alice" in repr(auths[4])


def test_connection_error_message_is_redacted(make_client, closed_port_url):
    client = make_client(base_url=closed_port_url, auth=ApiKeyAuth("query-secret-999", query="apikey"), max_retries=0)
    with pytest.raises(ApiConnectionError) as info:
        client.request(ApiRequest("GET", "/x", params={"apikey": "query-secret-999"}), cast=as_json)
    assert_clean(str(info.value))


def test_redactor_rules():
    redactor = Redactor(extra_headers=["X-Custom-Auth"], extra_query_params=["sig2"], secrets=lambda: ["s3cr3t"])
    headers = redactor.headers(
        {
            "Authorization": "a",
            "X-Custom-Auth": "b",
            "X-CSRF-Token": "c",
            "Client-Secret": "d",
            "Set-Cookie": "e",
            "Proxy-Authorization": "f",
            "Api-Key": "g",
            "Idempotency-Key": "visible",
            "Accept": "visible",
        }
    )
    assert headers["Idempotency-Key"] == "visible" and headers["Accept"] == "visible"
    assert [v for k, v in headers.items() if v != "visible"] == ["***"] * 7
    url = redactor.url("https://user:pw@h.test/p?sig2=1&token=2&api_key=3&ok=4")
    assert url == "https://user:***@h.test/p?sig2=***&token=***&api_key=***&ok=4"
    assert redactor.text("value s3cr3t here") == "value *** here"


def test_logger_is_silent_by_default(monkeypatch):
    name = f"sdk-{uuid.uuid4().hex}"
    monkeypatch.delenv("SDK_TEST_LOG", raising=False)
    logger = get_logger(name, "SDK_TEST_LOG")
    assert any(isinstance(h, logging.NullHandler) for h in logger.handlers)
    assert not any(type(h) is logging.StreamHandler for h in logger.handlers)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_env_var_switches_on_stderr_logging(monkeypatch, make_client, script, capsys, value, level):
    name = f"sdk-{uuid.uuid4().hex}"
    monkeypatch.setenv("SDK_TEST_LOG", value)
    script("/things", [reply(200, {})])
    client = make_client(logger_name=name, log_env_var="SDK_TEST_LOG", auth=BearerAuth("sk-bearer-secret"))
    make_client(logger_name=name, log_env_var="SDK_TEST_LOG")  # a second client adds no second handler
    logger = logging.getLogger(name)
    try:
        streams = [h for h in logger.handlers if type(h) is logging.StreamHandler]
        assert len(streams) == 1
        assert streams[0].level == level
        client.request(ApiRequest("GET", "/things"), cast=as_json)
        err = capsys.readouterr().err
        if level == logging.DEBUG:
            assert "HTTP request: GET" in err
        else:
            assert "HTTP request" not in err
        assert_clean(err)
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
