"""generator/config.py: sdk.yaml sections read into typed settings; bad entries name their key."""

from __future__ import annotations

from typing import Any

import pytest

from generator.config import ContentTypeVariant, config_from_dict
from generator.errors import ConfigError

BASE: dict[str, Any] = {"spec": "s.yaml", "package": "p", "client": "C", "async_client": "AC"}


def test_sections_become_typed_settings() -> None:
    config = config_from_dict(
        {
            **BASE,
            "content_types": [{"method": "PATCH", "path": "/f", "content_type": "application/x", "name": "patch-x"}],
            "pagination": [{"method": "get", "path": "/f", "style": "page", "page_param": "p", "first_page": 0}],
            "lro": [
                {
                    "start": {"method": "post", "path": "/r"},
                    "status": {"method": "get", "path": "/r/{id}"},
                    "pending": ["queued", True],
                }
            ],
        }  # fmt: skip
    )
    assert config.content_types == (ContentTypeVariant("patch", "/f", "application/x", "patch_x"),)
    override = config.pagination[("get", "/f")]
    assert (override.style, override.values, override.first_page) == ("page", {"page_param": "p"}, 0)
    (lro,) = config.lros
    assert (lro.start.method, lro.status.path, lro.pending, lro.polling_interval) == (
        "post",
        "/r/{id}",
        ("queued", "true"),
        1.0,
    )


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"content_types": {"method": "get"}}, "content_types"),
        ({"client_params": {"retry_total": "retries"}}, "client_params.retry_total"),
        ({"client_params": {"resources": []}}, "client_params.resources"),
        ({"client_params": ["resources"]}, "client_params"),
        ({"content_types": ["x"]}, "content_types[0]"),
        ({"content_types": [{"method": "get", "path": "/f", "content_type": "a/b"}]}, "content_types[0].name"),
        ({"pagination": [{"method": "get", "path": "/f", "style": "page", "first_page": "1"}]}, "pagination[0].first_page"),
        ({"pagination": [{"method": "get", "path": "/f", "style": "sideways"}]}, "pagination[0].style"),
        ({"lro": [{"start": {"method": "post"}, "status": {}, "pending": ["x"]}]}, "lro[0].start"),
        ({"lro": [{"start": {"method": "post", "path": "/r"}, "status": {"method": "get", "path": "/r"},
                   "pending": ["x"], "polling_interval": -1}]}, "lro[0].polling_interval"),
    ],
)  # fmt: skip
def test_bad_entries_name_their_key(data: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        config_from_dict({**BASE, **data})
    assert info.value.key == key


def test_client_params_are_aliases_or_accepted_values() -> None:
    config = config_from_dict({**BASE, "client_params": {"retry_total": "max_retries", "api_version": ["1.0", 2]}})
    alias, version = config.client_params
    assert (alias.name, alias.alias_of, alias.annotation, alias.default) == (
        "retry_total",
        "max_retries",
        "int | None",
        "None",
    )
    assert (version.values, version.default, version.values_literal) == (("1.0", "2"), '"1.0"', '("1.0", "2")')
    assert version.error == "f\"api_version={api_version!r} is not supported here (accepted: '1.0', '2')\""
