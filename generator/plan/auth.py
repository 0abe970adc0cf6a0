"""Auth and environment decisions, from securitySchemes/servers and the API's config."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.config import SdkConfig
from generator.plan.model import Auth


def _schemes(doc: dict[str, Any]) -> dict[str, Any]:
    return dict((doc.get("components") or {}).get("securitySchemes") or {})


def _pystr(value: str) -> str:
    return json.dumps(value, ensure_ascii=True)


def _client_code(auth: Auth) -> Auth:
    """Decide what the client imports, how its credential is typed and the expression that builds the auth."""
    names = {"bearer": ["BearerAuth"], "api_key": ["ApiKeyAuth"], "basic": ["BasicAuth"], "none": []}[auth.kind]
    if auth.token_url:
        names = ["BearerAuth", "OAuth2ClientCredentials"]
    auth.runtime_names = [*names, "resolve_credential"] if auth.kind != "none" else []
    auth.credential_type = "str | Callable[[], str]" if auth.kind in ("bearer", "api_key") else "tuple[str, str]"
    if auth.token_url:
        auth.constructor = "auth"  # built by the module's `_auth` (token, or client credentials)
    elif auth.kind == "bearer":
        auth.constructor = "BearerAuth(credential)"
    elif auth.kind == "api_key":
        where = [
            f"{k}={_pystr(v)}"
            for k, v in (("header", auth.header), ("query", auth.query), ("prefix", auth.prefix))
            if v
        ]
        auth.constructor = "ApiKeyAuth(" + ", ".join(["credential", *where]) + ")"
    elif auth.kind == "basic":
        auth.constructor = "BasicAuth(*credential)"
    return auth


def plan_auth(doc: dict[str, Any], config: SdkConfig) -> Auth:
    """Pick the scheme the SDK authenticates with: the first one global security names, else the first declared."""
    return _client_code(_pick_scheme(doc, config))


def _pick_scheme(doc: dict[str, Any], config: SdkConfig) -> Auth:
    schemes = _schemes(doc)
    order: list[str] = []
    for requirement in doc.get("security") or []:
        if isinstance(requirement, dict):
            order.extend(str(k) for k in requirement)
    order.extend(sorted(schemes))
    for name in order:
        scheme = schemes.get(name)
        if not isinstance(scheme, dict):
            continue
        kind = scheme.get("type")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer" or kind in ("oauth2", "openIdConnect"):
            auth = Auth("bearer", config.auth_param, config.auth_env_var, scheme_name=name)
            _add_client_credentials(auth, schemes, config)
            return auth
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            return Auth("basic", config.auth_param, config.auth_env_var, scheme_name=name)
        if kind == "apiKey":
            where = scheme.get("in")
            prefix = config.auth_prefix
            if where == "header":
                return Auth("api_key", config.auth_param, config.auth_env_var, header=str(scheme.get("name")),
                            prefix=prefix, scheme_name=name)  # fmt: skip
            if where == "query":
                return Auth("api_key", config.auth_param, config.auth_env_var, query=str(scheme.get("name")),
                            scheme_name=name)  # fmt: skip
    return Auth("none", config.auth_param, config.auth_env_var)


def _add_client_credentials(auth: Auth, schemes: dict[str, Any], config: SdkConfig) -> None:
    """If any oauth2 scheme has a clientCredentials flow, the client can also fetch its own tokens."""
    for name in sorted(schemes):
        scheme = schemes[name]
        if not isinstance(scheme, dict) or scheme.get("type") != "oauth2":
            continue
        flow = (scheme.get("flows") or {}).get("clientCredentials")
        if isinstance(flow, dict) and isinstance(flow.get("tokenUrl"), str):
            auth.token_url = flow["tokenUrl"]
            auth.scopes = sorted(str(s) for s in (flow.get("scopes") or {}))
            auth.client_id_env = f"{config.env_prefix}_CLIENT_ID"
            auth.client_secret_env = f"{config.env_prefix}_CLIENT_SECRET"
            return


def _env_name(index: int, server: dict[str, Any]) -> str:
    description = str(server.get("description") or "")
    name = re.sub(r"[^a-z0-9]+", "_", description.lower()).strip("_")
    if name and not name[0].isdigit() and len(name) <= 40:
        return name
    return "production" if index == 0 else f"server_{index + 1}"


def plan_environments(doc: dict[str, Any], config: SdkConfig) -> dict[str, str]:
    """Named base URLs; the first is the default."""
    if config.environments:
        return dict(config.environments)
    envs: dict[str, str] = {}
    for index, server in enumerate(doc.get("servers") or []):
        url = _server_url(server) if isinstance(server, dict) else None
        if url is not None:
            envs.setdefault(_env_name(index, server), url.rstrip("/"))
    return envs


def _server_url(server: dict[str, Any]) -> str | None:
    """The server's absolute URL with each `{variable}` replaced by its default (`//host` read as
    `https://host`); None if a variable has no default or the URL is relative (RFC 3986 §4.2)."""
    url = server.get("url")
    if not isinstance(url, str):
        return None
    raw_variables = server.get("variables")
    variables: dict[str, Any] = raw_variables if isinstance(raw_variables, dict) else {}

    def default(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        value = variable.get("default") if isinstance(variable, dict) else None
        return str(value) if isinstance(value, (str, int, float)) and "{" not in str(value) else "{"

    url = re.sub(r"\{([^{}]*)\}", default, url)
    if url.startswith("//"):  # protocol-relative (`//api.example.com`): HTTPS, the scheme an SDK should use
        url = "https:" + url
    if "{" in url or "}" in url or not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", url):
        return None  # a relative URL (`/v1`) names no host: the caller passes base_url
    return url
