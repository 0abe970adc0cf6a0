"""A small spec planned in process, for the unit tests of generator/docs."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from openapi_python_client.parser import GeneratorData

from generator.config import config_from_dict
from generator.pipeline import _openapi_python_client_config, _parse
from generator.plan.build import build_plan
from generator.plan.model import Operation, SdkPlan

ITEM = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "node": {"$ref": "#/components/schemas/Node"}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Unit API", "version": "1"},
    "servers": [{"url": "https://api.unit.test"}, {"url": "https://sandbox.unit.test"}],
    "security": [{"bearer": []}],
    "paths": {
        "/items/{itemId}": {
            "parameters": [{"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "items.get",
                "summary": "Get an item.",
                "parameters": [
                    {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}, "example": "it_9"},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                    {"name": "q", "in": "query", "schema": {"type": "string", "example": "lamp"}},
                    {"name": "color", "in": "query", "schema": {"type": "string", "enum": ["red", "blue"]}},
                ],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                    "404": {"description": "missing"},
                    "429": {"description": "slow down"},
                },
            },
            "delete": {"operationId": "items.delete", "responses": {"204": {"description": "gone"}}},
        },
        "/items": {
            "post": {
                "operationId": "items.create",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}, "example": {"id": "x1", "name": "Lamp"}}},
                },
                "responses": {"201": {"description": "made", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}},
            },
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Item": ITEM,
            "Node": {"type": "object", "required": ["child"], "properties": {"child": {"$ref": "#/components/schemas/Node"}}},
            "Shade": {"type": "string", "enum": ["dark", "light"]},
        },
    },
}  # fmt: skip
SDK = {"spec": "openapi.json", "package": "unit_sdk", "client": "Unit", "async_client": "AsyncUnit", "naming": "dotted"}


def planned(spec: dict[str, Any] | None = None, **config: Any) -> tuple[SdkPlan, GeneratorData]:
    doc = copy.deepcopy(spec or SPEC)
    sdk = config_from_dict({**SDK, **config})
    data = _parse(doc, _openapi_python_client_config(sdk, Path("unused"), "openapi.json"), "openapi.json")
    return build_plan(doc, sdk, data), data


def op(plan: SdkPlan, key: str) -> Operation:
    return next(o for o in plan.operations if o.key == key)
