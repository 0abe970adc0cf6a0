"""plan.auth.plan_environments: server URL variables take their defaults."""

from __future__ import annotations

from generator.config import config_from_dict
from generator.plan.auth import plan_environments


def test_server_variables_take_their_defaults() -> None:
    config = config_from_dict({"spec": "s", "package": "p", "client": "C", "async_client": "AC"})
    doc = {
        "servers": [
            {
                "url": "https://{region}.x.example/{v}/",
                "variables": {"region": {"default": "eu"}, "v": {"default": "v1"}},
            },
            {"url": "https://{nodefault}.x.example", "description": "Other"},
        ]
    }
    assert plan_environments(doc, config) == {"production": "https://eu.x.example/v1"}


def test_protocol_relative_servers_use_https_and_relative_ones_name_no_environment() -> None:
    """Europeana's `//api.europeana.eu` became a default base URL httpx refuses ("missing an 'http://' or
    'https://' protocol") on every call; a relative `/v1` names no host at all."""
    config = config_from_dict({"spec": "s", "package": "p", "client": "C", "async_client": "AC"})
    doc = {"servers": [{"url": "//api.example.org/record/v2"}, {"url": "/v1", "description": "Relative"}]}
    assert plan_environments(doc, config) == {"production": "https://api.example.org/record/v2"}
    assert plan_environments({"servers": [{"url": "/v1"}]}, config) == {}
