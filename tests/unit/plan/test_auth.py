"""generator/plan/auth.py: the scheme the client authenticates with, and how the client builds it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.config import config_from_dict
from generator.plan.auth import plan_auth

CONFIG = config_from_dict({"spec": "s", "package": "shop", "client": "Shop", "async_client": "AsyncShop",
                           "auth": {"param": "token", "env_var": "SHOP_TOKEN", "prefix": "Bearer"}})  # fmt: skip


def _doc(schemes: dict[str, Any], security: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"components": {"securitySchemes": schemes}, **({"security": security} if security else {})}


@pytest.mark.parametrize(
    ("schemes", "kind", "names", "constructor"),
    [
        ({"b": {"type": "http", "scheme": "bearer"}}, "bearer", ["BearerAuth", "resolve_credential"],
         "BearerAuth(credential)"),
        ({"k": {"type": "apiKey", "in": "header", "name": "X-Key"}}, "api_key", ["ApiKeyAuth", "resolve_credential"],
         'ApiKeyAuth(credential, header="X-Key", prefix="Bearer")'),
        ({"k": {"type": "apiKey", "in": "query", "name": "key"}}, "api_key", ["ApiKeyAuth", "resolve_credential"],
         'ApiKeyAuth(credential, query="key")'),
        ({"u": {"type": "http", "scheme": "basic"}}, "basic", ["BasicAuth", "resolve_credential"],
         "BasicAuth(*credential)"),
        ({"o": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://x/token", "scopes": {"b": "", "a": ""}}}}},
         "bearer", ["BearerAuth", "OAuth2ClientCredentials", "resolve_credential"], "auth"),
        ({}, "none", [], None),
    ],
)  # fmt: skip
def test_scheme_and_client_code(schemes: dict[str, Any], kind: str, names: list[str], constructor: str | None) -> None:
    auth = plan_auth(_doc(schemes), CONFIG)
    assert (auth.kind, auth.runtime_names, auth.constructor) == (kind, names, constructor)
    if auth.token_url:
        assert (auth.scopes, auth.client_id_env) == (["a", "b"], "SHOP_CLIENT_ID")


def test_global_security_picks_the_scheme() -> None:
    schemes = {"a": {"type": "http", "scheme": "basic"}, "z": {"type": "http", "scheme": "bearer"}}
    assert plan_auth(_doc(schemes), CONFIG).kind == "basic"
    assert plan_auth(_doc(schemes, [{"z": []}]), CONFIG).kind == "bearer"
    assert plan_auth(_doc(schemes), CONFIG).credential_type == "tuple[str, str]"
    assert plan_auth(_doc(schemes, [{"z": []}]), CONFIG).credential_type == "str | Callable[[], str]"
