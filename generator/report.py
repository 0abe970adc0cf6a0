"""Stage 6, report: the machine-readable generation report written next to each generated project."""

from __future__ import annotations

import json
from typing import Any

from generator.errors import Finding
from generator.normalize import Change
from generator.plan.model import SdkPlan

REPORT_NAME = "generation-report.json"


def build_report(
    plan: SdkPlan,
    *,
    spec_file: str,
    source_format: str,
    changes: list[Change],
    dropped: list[dict[str, str]] | None = None,
    findings: list[Finding] | None = None,
) -> dict[str, Any]:
    operations = [
        {
            "operation": op.variant_of or op.key,
            **({"media_type_variant": op.body.content_type} if op.variant_of and op.body else {}),
            "pointer": op.pointer,
            "operation_id": op.operation_id,
            "python": f"client.{op.qualified_name}",
            "returns": f"Stream[{op.stream.yields}]" if op.stream else op.return_type,
            **({"stream": op.stream.report()} if op.stream else {}),
            "body": None
            if op.body is None
            else {"content_type": op.body.content_type, "flattened": op.body.flattened, "kind": op.body.kind},
        }
        for op in sorted(plan.operations, key=lambda o: (o.path, o.method))
    ]
    skipped_ops = [s for s in plan.skips if s.kind == "operation"]
    spec_ops = [op for op in plan.operations if not op.variant_of]  # media-type variants are extra methods
    return {
        "api": plan.title,
        "package": plan.config.package,
        "spec": spec_file,
        "source_format": source_format,
        "counts": {
            "operations_in_spec": len(spec_ops) + len(skipped_ops),
            "operations_generated": len(spec_ops),
            "methods": len(plan.operations),
            "operations_skipped": len(skipped_ops),
            "operations_paginated": sum(1 for op in plan.operations if op.pagination),
            "resources": len(plan.all_resources()),
        },
        "auth": {"kind": plan.auth.kind, "scheme": plan.auth.scheme_name, "env_var": plan.auth.env_var},
        "environments": plan.environments,
        "operations": operations,
        "skipped": [
            {"kind": s.kind, "what": s.key, "pointer": s.pointer, "reason": s.reason, "accepted": s.accepted}
            for s in plan.skips
        ],
        # auth schemes, parameters, request media types and responses the SDK leaves out (generator.drops)
        "dropped": dropped or [],
        "normalizations": [{"transform": c.transform, "pointer": c.pointer, "detail": c.detail} for c in changes],
        "warnings": sorted(set(plan.warnings)),
        "models": plan.models.report(),
        # problems in the spec that did not stop the run: where, what, and what was done (also in `warnings`)
        **({"spec_findings": [f.as_dict() for f in findings]} if findings else {}),
        "pagination": [dict(vars(decision)) for decision in plan.pagination],
        "lro": [
            {
                "python": f"client.{'.'.join((*lro.resource, lro.name))}",
                "start": lro.start.key,
                "status": lro.status.key,
                "cancel": lro.cancel.key if lro.cancel else None,
                "state": lro.state_attr,
            }
            for lro in plan.lros
        ],
    }


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, sort_keys=False, ensure_ascii=False) + "\n"
