"""The API-level rule table: oasdiff's check ids, and whether each one breaks a client.

The ids are oasdiff's (its `oasdiff checks changelog` listing), so a reviewer who knows oasdiff
recognises them. oasdiff grades each check `error` (breaks clients), `warn` (may break clients) or
`info` (does not); here `error` and `warn` both count as breaking, `info` as non-breaking. Two ids are
our own because oasdiff has no check for them (`api-server-*`: a generated SDK takes its
environments and default base URL from `servers`). Only the checks this project implements are
listed; the implementation is ours (`generator/diff/spec.py`), not oasdiff's, which is a Go program
the main job should not need.

`addition` marks changes that add surface (a new operation, parameter, property, value): they make
the recommended version a minor bump rather than a patch.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    breaking: bool
    addition: bool = False


BREAKING = Rule(breaking=True)
INFO = Rule(breaking=False)
ADDED = Rule(breaking=False, addition=True)

RULES: dict[str, Rule] = {
    # operations
    "api-path-removed-without-deprecation": BREAKING,
    "api-path-removed-with-deprecation": INFO,
    "api-removed-without-deprecation": BREAKING,
    "api-removed-with-deprecation": INFO,
    "endpoint-added": ADDED,
    "endpoint-deprecated": INFO,
    "endpoint-reactivated": INFO,
    "api-operation-id-removed": INFO,  # the wire is unchanged; the SDK level reports renamed methods
    "api-operation-id-added": INFO,
    # parameters
    "request-parameter-removed": BREAKING,
    "new-required-request-parameter": BREAKING,
    "new-optional-request-parameter": ADDED,
    "request-parameter-became-required": BREAKING,
    "request-parameter-became-optional": INFO,
    "request-parameter-type-changed": BREAKING,
    "request-parameter-type-generalized": INFO,
    "request-parameter-became-enum": BREAKING,
    "request-parameter-enum-value-removed": BREAKING,
    "request-parameter-enum-value-added": ADDED,
    "request-parameter-became-nullable": INFO,
    "request-parameter-became-not-nullable": BREAKING,
    "request-parameter-deprecated": INFO,
    "request-parameter-reactivated": INFO,
    # request bodies
    "request-body-added-required": BREAKING,
    "request-body-added-optional": ADDED,
    "request-body-removed": BREAKING,
    "request-body-became-required": BREAKING,
    "request-body-became-optional": INFO,
    "request-body-media-type-removed": BREAKING,
    "request-body-media-type-added": ADDED,
    "request-body-type-changed": BREAKING,
    "request-body-type-generalized": INFO,
    "request-body-became-enum": BREAKING,
    "request-body-enum-value-removed": BREAKING,
    "request-body-became-nullable": INFO,
    "request-body-became-not-nullable": BREAKING,
    "request-body-one-of-added": ADDED,
    "request-body-one-of-removed": BREAKING,
    "request-body-any-of-added": ADDED,
    "request-body-any-of-removed": BREAKING,
    "request-property-removed": BREAKING,
    "new-required-request-property": BREAKING,
    "new-optional-request-property": ADDED,
    "request-property-became-required": BREAKING,
    "request-property-became-optional": INFO,
    "request-property-type-changed": BREAKING,
    "request-property-type-generalized": INFO,
    "request-property-became-enum": BREAKING,
    "request-property-enum-value-removed": BREAKING,
    "request-property-enum-value-added": ADDED,
    "request-property-became-nullable": INFO,
    "request-property-became-not-nullable": BREAKING,
    "request-property-one-of-added": ADDED,
    "request-property-one-of-removed": BREAKING,
    "request-property-any-of-added": ADDED,
    "request-property-any-of-removed": BREAKING,
    "request-property-deprecated": INFO,
    # responses
    "response-success-status-removed": BREAKING,
    "response-non-success-status-removed": INFO,
    "response-success-status-added": ADDED,
    "response-non-success-status-added": ADDED,
    "required-response-header-removed": BREAKING,
    "optional-response-header-removed": BREAKING,  # oasdiff: warn (a client may read it)
    "response-header-added": ADDED,
    "response-header-became-optional": BREAKING,
    "response-media-type-removed": BREAKING,
    "response-media-type-added": ADDED,
    "response-body-type-changed": BREAKING,
    "response-body-became-nullable": BREAKING,
    "response-body-became-not-nullable": INFO,
    "response-mediatype-enum-value-removed": INFO,
    "response-body-one-of-added": BREAKING,
    "response-body-one-of-removed": INFO,
    "response-body-any-of-added": BREAKING,
    "response-body-any-of-removed": INFO,
    "response-required-property-removed": BREAKING,
    "response-optional-property-removed": INFO,  # oasdiff: info; the SDK level reports the lost model field
    "response-required-property-added": ADDED,
    "response-optional-property-added": ADDED,
    "response-property-became-optional": BREAKING,
    "response-property-became-required": INFO,
    "response-property-type-changed": BREAKING,
    "response-property-enum-value-added": BREAKING,  # a client may not know the new value
    "response-property-enum-value-removed": INFO,
    "response-property-became-nullable": BREAKING,
    "response-property-became-not-nullable": INFO,
    "response-property-one-of-added": BREAKING,
    "response-property-one-of-removed": INFO,
    "response-property-any-of-added": BREAKING,
    "response-property-any-of-removed": INFO,
    "response-property-deprecated": INFO,
    # security
    "api-security-added": BREAKING,  # on an operation that needed no credentials before
    "api-security-removed": BREAKING,  # a way to authenticate clients may use is gone (unless none is needed now)
    "api-security-component-added": ADDED,
    "api-security-component-removed": INFO,  # operations that used it report api-security-removed
    "api-security-component-type-changed": BREAKING,
    # servers (our own ids: oasdiff has no server check)
    "api-server-removed": BREAKING,
    "api-server-added": ADDED,
}
