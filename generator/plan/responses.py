"""An operation's responses: what a call returns, and which error bodies it parses.

2xx responses make the return type; an exact error status, a `4XX`/`5XX` range and `default` each
name the model their error body parses into (exact over range over default, in the runtime). Status
codes the parser left out are recovered from the spec so its warnings can name them.
"""

from __future__ import annotations

import re
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.responses import Response

from generator.plan.annotations import model_class
from generator.plan.model import ErrorRange, ErrorResponse
from generator.plan.parsed import text, type_string


def success_and_errors(endpoint: Endpoint) -> tuple[list[Response], list[ErrorResponse], list[ErrorRange]]:
    """2xx responses; exact error statuses; `4XX`/`5XX` ranges and `default`, which parse the error body of
    every status they cover (exact > range > default, in the runtime). An operation documenting only
    `default` returns it on 2xx too."""
    successes: list[Response] = []
    errors: list[ErrorResponse] = []
    ranges: list[ErrorRange] = []
    for response in endpoint.responses.patterns:
        if response.status_code.range is None:
            continue
        low, high = response.status_code.range
        description = text(getattr(response.data, "description", ""))
        if low >= 200 and high < 300:
            successes.append(response)
        elif low >= 400 and low == high:
            errors.append(ErrorResponse(status=low, model_class=model_class(response.prop), description=description))
        elif low >= 400:
            ranges.append(ErrorRange(f"{low // 100}XX", model_class(response.prop), description))
    default = endpoint.responses.default
    if default is not None:
        if not successes:
            successes.append(default)
        description = text(getattr(default.data, "description", ""))
        ranges.append(ErrorRange("default", model_class(default.prop), description))
    return successes, errors, ranges


def omitted_status_codes(raw_op: dict[str, Any], endpoint: Endpoint) -> list[str]:
    """Status codes of the spec's responses the parser left out, in spec order (valid patterns only)."""
    parsed = {str(r.status_code.pattern) for r in endpoint.responses.patterns}
    if endpoint.responses.default is not None:
        parsed.add("default")
    codes = [str(c) for c in (raw_op.get("responses") or {})]
    return [c for c in codes if c not in parsed and re.fullmatch(r"default|\d(\d\d|XX)", c)]


def return_type_of(successes: list[Response]) -> str:
    """The return annotation: the success responses' types, each once, in spec order; `None` without a body."""
    types: list[str] = []
    for response in successes:
        if response.source["attribute"] == "None":
            annotation = "None"
        else:
            annotation = type_string(response.prop)
        if annotation not in types:
            types.append(annotation)
    return " | ".join(types) if types else "None"
