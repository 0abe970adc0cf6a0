"""Swagger 2.0 → OpenAPI 3.0 conversion (runs inside the load stage)."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError


def convert(doc: dict[str, Any], file: str) -> dict[str, Any]:
    raise SpecError(file, "/swagger", "Swagger 2.0 conversion is not available yet")
