"""Stage 2, normalize: small, named, tested transformations that make real specs digestible.

Each transformation is a function `(doc) -> list[Change]` that edits the document in place and says
what it changed; the pipeline runs them in order and puts every change in the generation report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    """One edit a transformation made, for the report."""

    transform: str
    pointer: str
    detail: str


Transform = Callable[[dict[str, Any]], list[Change]]


def _registry() -> list[tuple[str, Transform]]:
    from generator.normalize import (
        all_of,
        discriminators,
        enums,
        inline_names,
        local_refs,
        media_types,
        read_write_only,
        responses,
        robustness,
        schema_names,
        text_bodies,
        wildcards,
    )

    return [
        ("inline_deep_refs", local_refs.inline_deep_refs),
        ("collapse_annotated_refs", all_of.collapse_annotated_refs),
        ("dedupe_enum_values", enums.dedupe_enum_values),
        ("shorten_long_names", schema_names.shorten_long_names),
        ("dedupe_schema_class_names", schema_names.dedupe_schema_class_names),
        ("dedupe_inline_model_names", inline_names.dedupe_inline_model_names),  # after: component names final
        ("sanitize_path_templates", robustness.sanitize_path_templates),
        ("dedupe_operation_ids", robustness.dedupe_operation_ids),
        ("drop_mixed_type_enums", robustness.drop_mixed_type_enums),
        ("array_headers_as_strings", robustness.array_headers_as_strings),
        ("split_text_request_types", text_bodies.split_text_request_types),
        ("raw_request_bodies", media_types.raw_request_bodies),
        ("drop_no_content_bodies", responses.drop_no_content_bodies),
        ("wildcard_media_types", wildcards.wildcard_media_types),  # after: a 204's `*/*` just goes
        ("discriminator_literals", discriminators.discriminator_literals),
        ("relax_read_write_only_required", read_write_only.relax_read_write_only_required),
    ]


TRANSFORMS: list[tuple[str, Transform]] = _registry()


def normalize(doc: dict[str, Any]) -> list[Change]:
    """Run every transformation in order; return all changes."""
    changes: list[Change] = []
    for _name, transform in TRANSFORMS:
        changes.extend(transform(doc))
    return changes
