"""The diff report (Markdown for a pull request, or the same content as JSON) and the next version.

Versions follow semver against the base side's version: major for a breaking change (API or SDK
level), minor for additions, patch otherwise. A version already raised far enough on the branch is
kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.diff.findings import ApiDiff, Finding

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


@dataclass(frozen=True)
class Version:
    current: str | None
    recommended: str | None
    bump: str  # "major", "minor", "patch", "none" (new, removed or unchanged API) or "unknown" (not semver)
    needs_bump: bool


def _parse(version: str | None) -> tuple[int, int, int] | None:
    match = _SEMVER.match(version or "")
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def bump_level(diff: ApiDiff) -> str:
    findings = [*diff.api, *diff.sdk]
    if diff.breaking:
        return "major"
    if any(f.addition for f in findings):
        return "minor"
    return "patch"


def next_version(diff: ApiDiff) -> Version:
    if diff.status != "changed":
        return Version(diff.current_version, diff.current_version, "none", False)
    level = bump_level(diff)
    base, current = _parse(diff.base_version), _parse(diff.current_version)
    if base is None or current is None:
        return Version(diff.current_version, None, "unknown", False)
    major, minor, patch = base
    wanted = {"major": (major + 1, 0, 0), "minor": (major, minor + 1, 0), "patch": (major, minor, patch + 1)}[level]
    if current >= wanted:
        return Version(diff.current_version, diff.current_version, level, False)
    return Version(diff.current_version, ".".join(map(str, wanted)), level, True)


def _counts(findings: list[Finding]) -> tuple[int, int]:
    breaking = sum(1 for f in findings if f.breaking)
    return breaking, len(findings) - breaking


def summary_line(diff: ApiDiff) -> str:
    if diff.status == "added":
        return f"{diff.name}: new API (no base to compare with)"
    if diff.status == "removed":
        return f"{diff.name}: API removed (its SDK is gone: breaking)"
    if diff.status == "unchanged":
        return f"{diff.name}: no change to its spec or sdk.yaml"
    api_b, api_n = _counts(diff.api)
    sdk_b, sdk_n = _counts(diff.sdk)
    changes = "change" if api_n == 1 else "changes"
    return f"{diff.name}: {api_b} breaking, {api_n} non-breaking {changes}; SDK surface: {sdk_b} breaking, {sdk_n} non-breaking"


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def _badge(finding: Finding) -> str:
    return "❌ breaking" if finding.breaking else "✅ non-breaking"


def markdown(diffs: list[ApiDiff], *, base_ref: str, base_commit: str, exit_code: int, bumped: dict[str, str]) -> str:
    label = base_ref if base_ref.startswith("merge base") else f"`{base_ref}`"
    label += "" if base_commit.startswith(base_ref) else f" ({base_commit[:10]})"
    lines = [f"## SDK diff: {label} → this branch", ""]
    if not diffs:
        lines += ["No API under `openapi/` changed.", ""]
        return "\n".join(lines)
    for diff in diffs:
        version = next_version(diff)
        text = f"- **{summary_line(diff)}**"
        if version.recommended and diff.status == "changed":
            if diff.name in bumped:
                text += f"; version set to **{bumped[diff.name]}** ({version.bump}, was {version.current})"
            elif version.needs_bump:
                text += f"; next version **{version.recommended}** ({version.bump}; sdk.yaml says {version.current})"
            else:
                text += f"; version {version.current} is enough ({version.bump} change)"
        elif version.bump == "unknown":
            text += f"; version {diff.current_version!r} is not MAJOR.MINOR.PATCH, no recommendation"
        lines.append(text)
    lines.append("")
    for diff in diffs:
        if diff.status != "changed":
            continue
        lines += [f"### {diff.name}: API (`{diff.spec_file}`)", ""]
        if diff.api:
            lines += ["| | Rule | Operation | SDK method | Change |", "|---|---|---|---|---|"]
            for f in sorted(diff.api, key=lambda f: not f.breaking):
                operation = f"`{f.operation}`" if f.operation else "(whole API)"
                method = f"`{f.method}`" if f.method else ""
                lines.append(
                    f"| {_badge(f)} | `{f.rule}` | {_cell(operation)} | {_cell(method)} | {_cell(f.message)} |"
                )
        else:
            lines.append("No change to operations, parameters, bodies, responses, security or servers.")
        lines += ["", f"### {diff.name}: SDK surface (package `{diff.package}`)", ""]
        if diff.sdk:
            lines += ["| | Change | Detail |", "|---|---|---|"]
            for f in diff.sdk:
                lines.append(f"| {_badge(f)} | `{f.rule}` | {_cell(f.message)} |")
        else:
            lines.append("The public surface of the generated package is unchanged.")
        lines.append("")
    if exit_code == 1:
        lines.append("Breaking changes found: the check fails (pass `--allow-breaking` to accept them).")
    elif any(d.breaking for d in diffs):
        lines.append("Breaking changes found and allowed (`--allow-breaking`).")
    lines.append("")
    return "\n".join(lines)


def as_json(diffs: list[ApiDiff], *, base_ref: str, base_commit: str, exit_code: int, bumped: dict[str, str]) -> str:
    data = {
        "base": {"ref": base_ref, "commit": base_commit},
        "exit_code": exit_code,
        "breaking": any(d.breaking for d in diffs),
        "apis": [
            {
                "name": d.name,
                "status": d.status,
                "summary": summary_line(d),
                "spec": d.spec_file,
                "package": d.package,
                "breaking": d.breaking,
                "version": {**vars(next_version(d)), "base": d.base_version, "written": bumped.get(d.name)},
                "api": [f.as_dict() for f in d.api],
                "sdk": [f.as_dict() for f in d.sdk],
            }
            for d in diffs
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
