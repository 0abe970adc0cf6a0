"""Stage 2, normalize: small, named, tested transformations that make real specs digestible.

Each transformation is a function `(doc) -> list[Change]` that edits the document in place and says
what it changed; the pipeline runs them in order and puts every change in the generation report.
Each analysis reads the normalized document without editing it and returns `Findings`: what the
parser must be told (class overrides, media types to read as bytes), changes and warnings to report.
Both lists are registered here, and the pipeline reaches the modules of this package through them,
except three steps it runs at fixed points because they need more than the document:
`repairs.repair` (first, and not under `--strict`), `reserved_names.rename_reserved_schemas` (the
template and client names) and `parser_input.prune_parser_rejects` (only when the parser refused the
document, in the plan stage).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    """One edit a transformation made, for the report."""

    transform: str
    pointer: str
    detail: str


def renumbered(name: str, taken: Callable[[str], bool]) -> str:
    """`name_2`, `name_3`, ...: the first numbered form of `name` that `taken` does not refuse."""
    n = 2
    while taken(f"{name}_{n}"):
        n += 1
    return f"{name}_{n}"


@dataclass
class Findings:
    """What the analyses found; merged over every registered analysis."""

    changes: list[Change] = field(default_factory=list)
    class_overrides: dict[str, str] = field(default_factory=dict)  # model class -> module name
    content_types: dict[str, str] = field(default_factory=dict)  # media type -> the type the parser reads it as
    warnings: list[str] = field(default_factory=list)

    def merge(self, other: Findings) -> None:
        self.changes.extend(other.changes)
        self.class_overrides.update(other.class_overrides)
        self.content_types.update(other.content_types)
        self.warnings.extend(other.warnings)


Transform = Callable[[dict[str, Any]], list[Change]]
Analysis = Callable[[dict[str, Any]], Findings]


def _registry() -> list[tuple[str, Transform]]:
    from generator.normalize import (
        all_of,
        discriminators,
        enums,
        headers,
        inheritance,
        inline_names,
        local_refs,
        media_types,
        nullable,
        operation_ids,
        param_names,
        paths,
        read_write_only,
        responses,
        schema_names,
        streams,
        text_bodies,
        wildcards,
    )

    return [
        ("inline_deep_refs", local_refs.inline_deep_refs),
        ("collapse_annotated_refs", all_of.collapse_annotated_refs),
        ("dedupe_enum_values", enums.dedupe_enum_values),
        ("nullable_enums", enums.nullable_enums),
        ("nullable_components", nullable.nullable_components),
        ("shorten_long_names", schema_names.shorten_long_names),
        ("dedupe_schema_class_names", schema_names.dedupe_schema_class_names),
        ("dedupe_inline_model_names", inline_names.dedupe_inline_model_names),  # after: component names final
        ("sanitize_path_templates", paths.sanitize_path_templates),
        ("dedupe_operation_ids", operation_ids.dedupe_operation_ids),
        ("bracketed_parameter_names", param_names.bracketed_parameter_names),
        ("drop_mixed_type_enums", enums.drop_mixed_type_enums),
        ("array_headers_as_strings", headers.array_headers_as_strings),
        ("content_type_parameters", headers.content_type_parameters),
        ("text_request_bodies", text_bodies.text_request_bodies),
        ("stream_item_schemas", streams.stream_item_schemas),  # before: a JSON-lines item schema is no bytes
        ("raw_request_bodies", media_types.raw_request_bodies),
        ("drop_no_content_bodies", responses.drop_no_content_bodies),
        ("wildcard_media_types", wildcards.wildcard_media_types),  # after: a 204's `*/*` just goes
        ("discriminator_subtypes", inheritance.discriminator_subtypes),
        ("discriminator_literals", discriminators.discriminator_literals),
        ("allof_overrides", inheritance.allof_overrides),
        ("relax_read_write_only_required", read_write_only.relax_read_write_only_required),
    ]


def _analyses() -> list[tuple[str, Analysis]]:
    from generator.normalize import media_types, names, streams, unions

    return [
        ("model_name_clashes", names.model_name_clash_findings),
        ("raw_response_overrides", media_types.raw_response_findings),
        ("stream_content_types", streams.stream_content_types),
        ("ambiguous_unions", unions.ambiguous_union_findings),
    ]


TRANSFORMS: list[tuple[str, Transform]] = _registry()
ANALYSES: list[tuple[str, Analysis]] = _analyses()


def normalize(doc: dict[str, Any]) -> list[Change]:
    """Run every transformation in order; return all changes."""
    changes: list[Change] = []
    for _name, transform in TRANSFORMS:
        changes.extend(transform(doc))
    return changes


def analyse(doc: dict[str, Any]) -> Findings:
    """Run every analysis in order on the normalized document; return what they found."""
    findings = Findings()
    for _name, analysis in ANALYSES:
        findings.merge(analysis(doc))
    return findings
