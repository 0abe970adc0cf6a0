"""Response bodies for the parse and call rows: shaped like the APIs' real answers (field names of their
public schemas), valid for our SDKs and the peers alike, the same on every run."""

from __future__ import annotations

import uuid
from typing import Any

_NAMESPACE = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")


def _id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(map(str, parts))))


def profile() -> dict[str, Any]:
    """GET /v4/me (Frame.io)."""
    return {"data": {"id": _id("me"), "name": "Rosa Diaz", "email": "rosa@example.com", "avatar_url": None}}


def launchdarkly_tokens(count: int) -> dict[str, Any]:
    """A page of LaunchDarkly access tokens."""
    items = []
    for i in range(count):
        member = _id("member", i % 40)
        items.append(
            {
                "_id": f"{i:024x}",
                "ownerId": "5f0c1a2b3c4d5e6f7a8b9c0d",
                "memberId": member,
                "_member": {
                    "_links": {"self": {"href": f"/api/v2/members/{member}", "type": "application/json"}},
                    "_id": member,
                    "firstName": "Sam",
                    "lastName": "Rivera",
                    "role": "writer",
                    "email": f"sam{i % 40}@example.com",
                },
                "name": f"deploy token {i}",
                "description": "Used by the deploy pipeline",
                "creationDate": 1_700_000_000_000 + i,
                "lastModified": 1_700_000_100_000 + i,
                "customRoleIds": [],
                "role": "reader",
                "token": f"api-****{i:04d}",
                "serviceToken": i % 2 == 0,
                "defaultApiVersion": 20220603,
                "lastUsed": 1_700_000_200_000 + i,
                "_links": {"self": {"href": f"/api/v2/tokens/{i:024x}", "type": "application/json"}},
            }
        )
    return {
        "items": items,
        "totalCount": count,
        "_links": {"self": {"href": "/api/v2/tokens", "type": "application/json"}},
    }


def _asset(i: int, kind: str) -> dict[str, Any]:
    return {
        "id": _id("asset", i),
        "name": f"asset {i}",
        "type": kind,
        "project_id": _id("project"),
        "parent_id": _id("folder", i // 100),
        "view_url": f"https://next.frame.io/project/p/view/{i}",
        "adobe_id": None,
        "created_at": "2024-05-01T12:00:00Z",
        "updated_at": "2024-05-02T08:30:00.123456Z",
    }


def _file(i: int) -> dict[str, Any]:
    return {**_asset(i, "file"), "status": "uploaded", "media_type": "video/mp4", "file_size": 52_428_800 + i,
            "adobe_version_id": None}  # fmt: skip


def frameio_assets(count: int) -> dict[str, Any]:
    """A page of a Frame.io folder's children: folders, version stacks and files, in turn."""
    data: list[dict[str, Any]] = []
    for i in range(count):
        kind = ("folder", "version_stack", "file")[i % 3]
        if kind == "file":
            data.append(_file(i))
        elif kind == "folder":
            data.append({**_asset(i, "folder"), "cover_file_id": None, "restricted": False})
        else:
            data.append({**_asset(i, "version_stack"), "head_version": _file(i + 1_000_000)})
    return {"data": data, "links": {"next": None}, "total_count": count}
