"""Wire names of model fields whose Python name differs, and the nested models of each field.

Read by `core._types.as_model`, so a dict argument may use either name and is always sent with wire
names. Generated from the spec; loaded only when a dict is turned into a model.
"""

from __future__ import annotations

# class -> ({python name: wire name}, {wire name: nested model class})
TABLE: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
