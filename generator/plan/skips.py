"""Why an operation or a schema is not generated: openapi-python-client's messages, made deterministic."""

from __future__ import annotations

from openapi_python_client.parser.openapi import GeneratorData

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
