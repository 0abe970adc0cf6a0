"""Why an operation or a schema is not generated: openapi-python-client's messages, made deterministic,
and the operations that would import a model the parser dropped."""

from __future__ import annotations

import re

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.parser.responses import Response

from generator.plan.parsed import text

# openapi-python-client lists the schemas a failed schema took with it by walking a set (hash order):
# the failed schema comes first, the ones that depended on it follow, sorted here so the report is
# byte-identical under any PYTHONHASHSEED.
_REMOVAL_HEADING = "Failure to process schema has resulted in the removal of:"


def removals_sorted(detail: str) -> str:
    """A schema error's detail with the schemas it took with it (after the failed one) sorted."""
    head, heading, removed = detail.partition(_REMOVAL_HEADING)
    if not heading:
        return detail
    lines = removed.split("\n")  # "", the failed schema, then its dependents
    return head + heading + "\n".join([*lines[:2], *sorted(lines[2:])])


def parse_error_for(data: GeneratorData, method: str, path: str) -> str | None:
    """Why the parser did not generate `METHOD path`, from its parse errors; None when it gave no reason."""
    marker = f"{method.upper()} {path} "
    for collection in data.endpoint_collections_by_tag.values():
        for error in collection.parse_errors:
            if marker in text(error.header) + " ":
                return text(error.detail) or text(error.header)
    return None


_MODEL_IMPORT = re.compile(r"^from \.+models\.(\w+) import ")


def kept_modules(data: GeneratorData) -> set[str]:
    """The model and enum modules the parser kept (computed once per plan, read per operation)."""
    return {str(p.class_info.module_name) for p in [*data.models, *data.enums]}


def missing_models(kept: set[str], endpoint: Endpoint) -> list[str]:
    """Model modules an operation imports that the parser did not keep, sorted.

    The parser can register a model's class while reading the components and drop the model afterwards
    (a dependency it refused: GitHub's `reaction-rollup` took `timeline-comment-event` with it), leaving
    operations that import a module no one writes. Such an operation is skipped, with this reason,
    instead of shipping a package that fails on import.
    """
    from openapi_python_client.parser.properties import ModelProperty

    lines = set(endpoint.relative_imports or ())
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            lines |= set(body.prop.relative_imports or ()) | set(body.prop.lazy_imports or ())
    found = {m.group(1) for line in lines if (m := _MODEL_IMPORT.match(str(line)))}
    return sorted(found - kept)


def untype_responses_needing(endpoint: Endpoint, missing: list[str]) -> list[str]:
    """Leave out the responses whose type needs one of the `missing` model modules (as the parser leaves
    out a response it cannot read), and their imports; returns the status codes left out.

    Increase's API: every operation's error answer is a union whose 9th variant the parser dropped;
    leaving those error answers untyped (an `ApiError` with the raw body) keeps all 131 operations.
    """
    gone = set(missing)

    def needs(response: Response) -> bool:
        lines = response.prop.get_imports(prefix="...") | response.prop.get_lazy_imports(prefix="...")
        return any((m := _MODEL_IMPORT.match(str(line))) and m.group(1) in gone for line in lines)

    left_out = [str(r.status_code.pattern) for r in endpoint.responses if needs(r)]
    endpoint.responses.patterns[:] = [r for r in endpoint.responses.patterns if not needs(r)]
    if endpoint.responses.default is not None and needs(endpoint.responses.default):
        endpoint.responses.default = None
    endpoint.relative_imports = {
        line for line in endpoint.relative_imports if not ((m := _MODEL_IMPORT.match(str(line))) and m.group(1) in gone)
    }
    return left_out
