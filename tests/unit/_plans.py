"""Plan a small inline spec through the real pipeline (load, normalize, openapi-python-client, plan)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml

from generator.config import config_from_dict
from generator.pipeline import Result, generate
from generator.plan.model import Operation, SdkPlan

ITEM: dict[str, Any] = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
BASE_CONFIG: dict[str, Any] = {"spec": "openapi.yaml", "package": "shop", "client": "Shop", "async_client": "AsyncShop"}


def spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "Shop API", "version": "1"}, "paths": paths, **top}
    if schemas:
        doc.setdefault("components", {})["schemas"] = schemas
    return doc


def run(tmp_path: Path, doc: dict[str, Any], out: Path | None = None, **config: Any) -> Result:
    file = tmp_path / "openapi.yaml"
    file.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return generate(file, config_from_dict({**BASE_CONFIG, **config}), out, stream=io.StringIO())


def plan_of(tmp_path: Path, doc: dict[str, Any], **config: Any) -> SdkPlan:
    return run(tmp_path, doc, **config).plan


def operation(plan: SdkPlan, qualified_name: str) -> Operation:
    (op,) = [op for op in plan.operations if op.qualified_name == qualified_name]
    return op


def json_response(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {status: {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def json_body(schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
    return {"required": required, "content": {"application/json": {"schema": schema}}}


def path_param(name: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": schema or {"type": "string"}}
