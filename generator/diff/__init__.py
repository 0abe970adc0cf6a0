"""Spec-diff review for pull requests: `python -m generator diff BASE_REF` (`nox -s diff`).

For every API whose spec or `sdk.yaml` changed between a git ref and the work tree, two levels:

- `spec`: the normalized specs compared, each change classified with an oasdiff rule id
  (`rules.py`) as breaking or not for a client, and tied to the SDK method it touches;
- `surface`: the public surface of the SDK generated from each side compared with griffe
  (`griffe.find_breaking_changes`, plus the additions griffe's object model shows).

`command.py` runs both, `report.py` writes the Markdown/JSON report and the semver recommendation,
`git.py` reads the base side from a temporary git worktree (the user's work tree is not touched).
"""
