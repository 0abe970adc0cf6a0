"""Long-running operations declared in sdk.yaml: a start operation, a status operation to poll and,
optionally, a cancel operation. Each becomes a `begin_<start>` method returning a PollingFuture.

    lro:
      - start: {method: post, path: /scripts/sql/{id}/runs}
        status: {method: get, path: /scripts/sql/{id}/runs/{run_id}}
        cancel: {method: delete, path: /scripts/sql/{id}/runs/{run_id}}
        state_field: state
        pending: [queued, running]      # or terminal: [succeeded, failed, cancelled]
        failed: [failed, cancelled]
        ids: {run_id: id}               # status path parameter <- field of the start response
        name: begin_post_sql_runs       # optional
        polling_interval: 1.0           # optional, seconds
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.errors import ConfigError

_KEYS = {"start", "status", "cancel", "state_field", "pending", "terminal", "failed", "ids", "name", "polling_interval"}


@dataclass
class Lro:
    """One `begin_*` method: start, then poll status until the state is final."""

    name: str
    resource: tuple[str, ...]
    start: Any  # Operation
    status: Any  # Operation
    cancel: Any | None  # Operation
    state_attr: str  # python attribute path on the status model, dotted
    pending: tuple[str, ...]
    terminal: tuple[str, ...]
    failed: tuple[str, ...]
    status_args: list[str] = field(default_factory=list)
    cancel_args: list[str] = field(default_factory=list)
    polling_interval: float = 1.0

    @property
    def states_kwargs(self) -> str:
        parts = []
        for name in ("pending", "terminal", "failed"):
            values = getattr(self, name)
            if values:
                parts.append(f"{name}=" + repr(tuple(values)))
        return ", ".join(parts)

    @property
    def doc(self) -> str:
        done = (
            f"its `{self.state_attr}` is one of {', '.join(self.terminal)}"
            if self.terminal
            else f"its `{self.state_attr}` is no longer {' or '.join(self.pending)}"
        )
        finish = (
            f"Returns a future as soon as `{self.start.key}` answered; `result(timeout)` waits for the final status"
        )
        if self.failed:
            finish += f" and raises `RunFailedError` when it is {' or '.join(self.failed)}"
        cancel = f"`cancel()` calls `{self.cancel.name}`" if self.cancel else "`cancel()` stops polling"
        lines = [
            f"Start `{self.start.name}` and poll `{self.status.name}` until {done}.",
            "",
            finish + f"; {cancel}.",
            "Polling starts after `polling_interval` seconds and backs off exponentially (up to 30 s).",
        ]
        return "\n".join(lines)


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _find(operations: list[Any], ref: Any, file: str, key: str) -> Any:
    if not isinstance(ref, dict) or not isinstance(ref.get("method"), str) or not isinstance(ref.get("path"), str):
        raise ConfigError(file, key, "expected {method, path}")
    for op in operations:
        if op.method == ref["method"].lower() and op.path == ref["path"]:
            return op
    raise ConfigError(file, key, f"no operation {ref['method'].upper()} {ref['path']} in the spec")


def _model_props(prop: Any, models: dict[str, Any]) -> list[Any]:
    class_info = getattr(prop, "class_info", None)
    if getattr(prop, "required_properties", None) is None and class_info is not None:
        prop = models.get(str(class_info.name), prop)
    return [*(getattr(prop, "required_properties", None) or []), *(getattr(prop, "optional_properties", None) or [])]


def _attr_path(op: Any, wire_path: str, models: dict[str, Any]) -> str | None:
    """The python attribute path of a dotted wire path in the operation's (first) response model."""
    props = [r.prop for r in op.success_responses if r.source["attribute"] != "None"]
    if not props:
        return None
    prop = props[0]
    names = []
    for part in wire_path.split("."):
        match = next((p for p in _model_props(prop, models) if _text(p.name) == part), None)
        if match is None:
            return None
        names.append(str(match.python_name))
        prop = match
    return ".".join(names)


def _call_args(target: Any, start: Any, ids: dict[str, str], models: dict[str, Any], file: str, key: str) -> list[str]:
    """Python expressions for the target operation's path parameters, in order."""
    start_params = {p.wire_name: p.python_name for p in start.path_params}
    args = []
    unresolved = [p for p in target.path_params if p.wire_name not in ids and p.wire_name not in start_params]
    for param in target.path_params:
        if param.wire_name in ids:
            attr = _attr_path(start, ids[param.wire_name], models)
            if attr is None:
                raise ConfigError(
                    file, f"{key}.ids.{param.wire_name}", f"the start response has no `{ids[param.wire_name]}`"
                )
            args.append(f"started.{attr}")
        elif param.wire_name in start_params:
            args.append(start_params[param.wire_name])
        elif len(unresolved) == 1 and _attr_path(start, "id", models):
            args.append(f"started.{_attr_path(start, 'id', models)}")
        else:
            raise ConfigError(file, f"{key}.ids", f"say which start-response field fills `{param.wire_name}`")
    return args


def _strings(file: str, key: str, value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int, bool)) for v in value):
        raise ConfigError(file, key, "expected a list of state values")
    return tuple(str(v).lower() if isinstance(v, bool) else str(v) for v in value)


def plan_lros(raw: Any, operations: list[Any], data: Any, file: str = "sdk.yaml") -> list[Lro]:
    """Validate sdk.yaml's `lro:` list against the planned operations."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ConfigError(file, "lro", "expected a list of {start, status, state_field, pending|terminal, ...}")
    models = {str(m.class_info.name): m for m in getattr(data, "models", None) or []}
    out: list[Lro] = []
    for i, item in enumerate(raw):
        key = f"lro[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(file, key, "expected a mapping")
        unknown = sorted(set(item) - _KEYS)
        if unknown:
            raise ConfigError(file, f"{key}.{unknown[0]}", "unknown key (known: " + ", ".join(sorted(_KEYS)) + ")")
        start = _find(operations, item.get("start"), file, f"{key}.start")
        status = _find(operations, item.get("status"), file, f"{key}.status")
        cancel = _find(operations, item["cancel"], file, f"{key}.cancel") if item.get("cancel") else None
        for role, op in (("status", status), ("cancel", cancel)):
            if op is not None and op.resource != start.resource:
                raise ConfigError(file, f"{key}.{role}", "must be on the same resource as the start operation")
        pending = _strings(file, f"{key}.pending", item.get("pending"))
        terminal = _strings(file, f"{key}.terminal", item.get("terminal"))
        if not pending and not terminal:
            raise ConfigError(file, key, "give `pending` or `terminal` state values")
        state_field = item.get("state_field", "state")
        state_attr = _attr_path(status, str(state_field), models)
        if state_attr is None:
            raise ConfigError(file, f"{key}.state_field", f"the status response has no `{state_field}`")
        ids = item.get("ids") or {}
        if not isinstance(ids, dict):
            raise ConfigError(file, f"{key}.ids", "expected a mapping of path parameter to response field")
        name = item.get("name") or f"begin_{start.name}"
        taken = {op.name for op in operations if op.resource == start.resource} | {lro.name for lro in out}
        if name in taken:
            raise ConfigError(file, f"{key}.name", f"`{name}` is already a method of `{'.'.join(start.resource)}`")
        interval = item.get("polling_interval", 1.0)
        if not isinstance(interval, (int, float)) or interval < 0:
            raise ConfigError(file, f"{key}.polling_interval", "expected a number of seconds")
        out.append(
            Lro(
                name=str(name),
                resource=start.resource,
                start=start,
                status=status,
                cancel=cancel,
                state_attr=state_attr,
                pending=pending,
                terminal=terminal,
                failed=_strings(file, f"{key}.failed", item.get("failed")),
                status_args=_call_args(status, start, {str(k): str(v) for k, v in ids.items()}, models, file, key),
                cancel_args=_call_args(cancel, start, {str(k): str(v) for k, v in ids.items()}, models, file, key)
                if cancel
                else [],
                polling_interval=float(interval),
            )
        )
    return out
