"""readOnly / writeOnly: one attrs model serves requests and responses, so neither kind may be required.

A property the server sets (`readOnly`, e.g. `id`) cannot be required as input, and one only the
client sends (`writeOnly`, e.g. a password) never comes back, so it cannot be required on output.
This transformation takes both out of `required` (writeOnly names are kept in
`x-sdk-required-write-only`); the plan leaves readOnly properties out of flattened keyword arguments
and keeps required writeOnly ones required there.
"""

from __future__ import annotations

from typing import Any

from generator.errors import pointer
from generator.normalize import Change
from generator.normalize.walk import iter_schemas


def relax_read_write_only_required(doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    for schema, path in iter_schemas(doc):
        required = schema.get("required")
        properties = schema.get("properties")
        if not isinstance(required, list) or not isinstance(properties, dict):
            continue
        kept = []
        for name in required:
            prop = properties.get(name)
            if isinstance(prop, dict) and (prop.get("readOnly") is True or prop.get("writeOnly") is True):
                kind = "readOnly" if prop.get("readOnly") is True else "writeOnly"
                changes.append(
                    Change(
                        "relax_read_write_only_required",
                        pointer(*path, "required"),
                        f"{name!r} is {kind}: not required",
                    )
                )
                continue
            kept.append(name)
        if len(kept) != len(required):
            write_only = [n for n in required if n not in kept and properties[n].get("writeOnly") is True]
            if write_only:  # still required as input: the plan keeps these keyword arguments required
                schema["x-sdk-required-write-only"] = write_only
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]
    return changes
