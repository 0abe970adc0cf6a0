"""Stage 3, plan: turn the parsed spec (openapi-python-client's GeneratorData) into an SdkPlan.

This module walks the spec's operations in document order and assembles the plan; each decision is
made by the module that owns it: where a method lives (plan/resource_tree.py), its parameters
(plan/params.py), its request body (plan/bodies.py), what it returns and which errors it parses
(plan/responses.py), streaming, pagination, long-running operations, auth and the call expressions
(plan/streaming.py, pagination.py, lro.py, auth.py, calls.py), and what is skipped and why
(plan/skips.py).
"""

from __future__ import annotations

import re
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData

from generator.config import SdkConfig
from generator.errors import pointer
from generator.normalize.walk import iter_operations
from generator.plan import auth as auth_plan
from generator.plan import calls as calls_plan
from generator.plan import constants, decoding, emission
from generator.plan import lro as lro_plan
from generator.plan import pagination as pagination_plan
from generator.plan import streaming as streaming_plan
from generator.plan.bodies import media_type_variants, plan_body
from generator.plan.collisions import disambiguate_method_names
from generator.plan.model import Operation, SdkPlan, Skip
from generator.plan.model_fields import sanitize_model_fields
from generator.plan.module_names import shorten_module_names
from generator.plan.params import in_declared_order, plan_params, plan_serializations
from generator.plan.parsed import path_shape, text
from generator.plan.reexports import enum_members, plan_type_modules
from generator.plan.resource_tree import avoid_model_names, method_place, resource_tree
from generator.plan.responses import omitted_status_codes, return_type_of, success_and_errors
from generator.plan.skips import (
    kept_modules,
    missing_models,
    parse_error_for,
    removals_sorted,
    untype_responses_needing,
)

# Names a package already uses for itself; a type module (sdk.yaml `type_modules`) never takes one.
_PACKAGE_MEMBERS = {"core", "_core", "models", "resources", "extensions", "types", "environment", "_client"}
_RATE = re.compile(r"Rate Limits?:\s*([^<\n]+)", re.IGNORECASE)


def build_plan(doc: dict[str, Any], config: SdkConfig, data: GeneratorData, *, file: str = "spec") -> SdkPlan:
    """Decide names, signatures, bodies, returns and auth for every operation the parser produced."""
    shorten_module_names(data)  # first: every import the later steps write or rewrite uses the new names
    models = emission.inline_literals(data, doc)
    constants.fill_constants(data)  # after: inline single-value enums are what it fills
    decoding.open_response_types(data)
    decoding.open_model_enums(data)
    sanitize_model_fields(data)
    endpoints: dict[tuple[str, str], Endpoint] = {
        (e.method.lower(), path_shape(text(e.path))): e
        for c in data.endpoint_collections_by_tag.values()
        for e in c.endpoints
    }

    skips: list[Skip] = []
    warnings: list[str] = []
    operations: list[Operation] = []
    accepted = {(s.method, s.path) for s in config.accepted_skips}
    paging_decisions: list[pagination_plan.Decision] = []
    kept = kept_modules(data)
    models_by_name = pagination_plan.models_by_name(data)
    for path, path_item, method, raw_op in iter_operations(doc):
        key = f"{method.upper()} {path}"
        where = pointer("paths", path, method)
        endpoint = endpoints.get((method, path_shape(path)))
        if endpoint is None:
            reason = parse_error_for(data, method, path) or "openapi-python-client did not generate it"
            skips.append(Skip("operation", key, where, reason, (method, path) in accepted))
            continue
        missing = missing_models(kept, endpoint)
        if missing:  # answers typed with a dropped model are left out; what else needs one skips the operation
            for status in untype_responses_needing(endpoint, missing):
                warnings.append(
                    f"{key}: response {status} left out: its type needs {', '.join(missing)}, which the parser dropped"
                )
            missing = missing_models(kept, endpoint)
        if missing:
            reason = f"needs the model module(s) {', '.join(missing)}, which the parser dropped (see the schema skips)"
            skips.append(Skip("operation", key, where, reason, (method, path) in accepted))
            continue
        omitted = omitted_status_codes(raw_op, endpoint)
        for error in endpoint.errors:
            detail = text(error.detail)
            if "status code <value>" in detail and omitted:  # the parser formats the code's object repr
                detail = detail.replace("status code <value>", f"status code {omitted.pop(0)}", 1)
            warnings.append(f"{key}: {detail}")
        if raw_op.get("requestBody") and not endpoint.bodies:
            reason = "request body has no supported media type: " + "; ".join(text(e.detail) for e in endpoint.errors)
            skips.append(Skip("operation", key, where + "/requestBody", reason, (method, path) in accepted))
            continue
        operation, found = _operation(doc, config, endpoint, path, method, path_item)
        warnings.extend(found)
        operations.append(operation)
        pagination_plan.plan_for(doc, config, models_by_name, operation, path_item, raw_op, paging_decisions)
        raw_params = _raw_params(path_item, raw_op)
        operations.extend(media_type_variants(doc, config, operation, raw_op, raw_params, warnings))
    for error in data.errors:
        skips.append(Skip("schema", text(error.header), "/components/schemas", removals_sorted(text(error.detail))))
    if config.inferred:  # no sdk.yaml: colliding method names are told apart and warned about
        warnings.extend(disambiguate_method_names(operations))
    resources = resource_tree(operations)
    warnings.extend(avoid_model_names(resources, {str(m.class_info.name) for m in [*data.models, *data.enums]}))
    emission.omit_unreachable(data, [op.endpoint for op in operations], models)
    plan = SdkPlan(
        config=config,
        title=text(data.title),
        description=text(data.description),
        api_version=text(data.version),
        resources=resources,
        operations=operations,
        auth=auth_plan.plan_auth(doc, config),
        environments=auth_plan.plan_environments(doc, config),
        spec=doc,
        skips=skips,
        pagination=paging_decisions,
        lros=lro_plan.plan_lros(config.lros, operations, data),
        warnings=warnings,
        models=models,
    )
    calls_plan.plan_calls(plan)
    plan.client_mixins = {
        "sync": [(e.module, e.client) for e in config.extensions if e.client],
        "async": [(e.module, e.async_client) for e in config.extensions if e.async_client],
    }
    if config.type_modules:
        _plan_type_modules(plan, doc, config, data)
    return plan


def _operation(
    doc: dict[str, Any], config: SdkConfig, endpoint: Endpoint, path: str, method: str, path_item: dict[str, Any]
) -> tuple[Operation, list[str]]:
    """One operation the parser generated, planned (its place, signature, body, returns and errors), and
    the warnings about its parameters' serialization."""
    raw_op = path_item[method]
    raw_params = _raw_params(path_item, raw_op)
    override = config.override_for(method, path)
    resource, name = method_place(config, method, path, raw_op)
    body = plan_body(doc, config, endpoint, raw_op)
    params = plan_params(doc, endpoint, raw_params, body)
    warnings = plan_serializations(doc, path, method, params)
    if config.positional == "required":
        params = in_declared_order(doc, params, raw_params)
    successes, errors, error_ranges = success_and_errors(endpoint)
    return_type = return_type_of(successes)
    stream = streaming_plan.plan_stream(doc, raw_op, successes, return_type)
    rate_limit = raw_op.get("x-rate-limit") or rate_limit_from_text(str(raw_op.get("description") or ""))
    operation = Operation(
        key=f"{method.upper()} {path}",
        method=method,
        path=path,
        pointer=pointer("paths", path, method),
        resource=resource,
        name=name,
        summary=str(raw_op.get("summary") or "").strip(),
        description=str(raw_op.get("description") or "").strip(),
        deprecated=bool(raw_op.get("deprecated")),
        endpoint=endpoint,
        params=params,
        body=body,
        return_type=stream.item_type if stream else return_type,
        success_responses=successes,
        errors=errors,
        error_ranges=error_ranges,
        operation_id=raw_op.get("operationId"),
        rate_limit=str(rate_limit) if rate_limit else None,
        extensions={k: v for k, v in raw_op.items() if k.startswith("x-")},
        aliases=override.aliases if override else (),
        param_aliases={**config.param_aliases, **(override.param_aliases if override else {})},
        stream=stream,
    )
    return operation, warnings


def _raw_params(path_item: dict[str, Any], raw_op: dict[str, Any]) -> list[Any]:
    """The spec's parameters of an operation: the path item's, then the operation's (which override them)."""
    return [*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]


def rate_limit_from_text(description: str) -> str | None:
    """The rate limit an operation's description states (`Rate Limit: 100 per minute`), as written."""
    match = _RATE.search(description)
    return match.group(1).strip().rstrip(".") if match else None


def _plan_type_modules(plan: SdkPlan, doc: dict[str, Any], config: SdkConfig, data: GeneratorData) -> None:
    """sdk.yaml `type_modules`: modules re-exporting the models under the SDK this one replaces' paths."""
    class_names = {text(m.name).rsplit("/", 1)[-1]: str(m.class_info.name) for m in [*data.models, *data.enums]}
    schemas = (doc.get("components") or {}).get("schemas") or {}
    field_names = {
        (str(m.class_info.name), text(p.name)): str(p.python_name)
        for m in data.models
        for p in [*(m.required_properties or []), *(m.optional_properties or [])]
    }
    plan.type_modules = plan_type_modules(config.type_modules, schemas, class_names, _PACKAGE_MEMBERS, field_names)
    if config.type_modules.get("enum_members") and plan.type_modules:
        plan.enum_members = enum_members(schemas, class_names)
    if config.type_modules.get("root") and plan.type_modules:
        plan.root_type_module = plan.type_modules[0].name
