"""`allOf: [{$ref: Scalar}, {description: ...}]`: a reference with notes, not a composition.

Converted Swagger specs (every AWS spec in the APIs.guru directory, among others) write "this
property is that shared type, with its own description" as an `allOf` of the reference and an
annotation-only schema. openapi-python-client composes `allOf` members as objects, so when the
referenced schema is a string, number, array or enum it gives up ("Cannot take allOf a non-object"),
drops the model, and every operation using the model is skipped; when it is an object, it builds a
copy of the referenced model named after the property, whose class name can clash with another
model ("Attempted to generate duplicate models": `Code.source` → `CodeSource` beside the component
`CodeSource`). Such an `allOf` becomes the reference itself, its annotations kept beside it, so the
property has the shared type.
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.refs import walk

_ANNOTATIONS = {
    "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly",
    "nullable", "externalDocs", "xml", "format",
}  # fmt: skip


def _annotation_only(member: Any) -> bool:
    return isinstance(member, dict) and all(k in _ANNOTATIONS or k.startswith("x-") for k in member)


def collapse_annotated_refs(doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    for node, path in walk(doc):  # a node is rewritten before its children are walked
        if isinstance(node, dict):
            members = node.get("allOf")
            if isinstance(members, list) and len(members) >= 2:
                refs = [m for m in members if not _annotation_only(m)]
                notes = [m for m in members if _annotation_only(m)]
                if len(refs) == 1 and isinstance(refs[0], dict) and set(refs[0]) == {"$ref"}:
                    del node["allOf"]
                    for note in notes:
                        for key, value in note.items():
                            node.setdefault(key, value)
                    node["$ref"] = refs[0]["$ref"]
                    changes.append(
                        Change(
                            "collapse_annotated_refs", pointer(*path, "allOf"), f"{refs[0]['$ref']} with annotations"
                        )
                    )
    return changes
