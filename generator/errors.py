"""Errors the pipeline reports to its user as one clear message, never as a traceback."""

from __future__ import annotations

from dataclasses import dataclass


def escape_pointer_token(token: str) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    """Build a JSON pointer from path tokens: pointer("paths", "/a", "get") == "/paths/~1a/get"."""
    return "".join("/" + escape_pointer_token(str(t)) for t in tokens)


class GenerateError(Exception):
    """Any failure that should end a generate run with a message (exit code 2)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SpecError(GenerateError):
    """The spec cannot be used: names the file and the JSON pointer of the problem."""

    def __init__(self, file: str, json_pointer: str, message: str) -> None:
        self.file = file
        self.json_pointer = json_pointer or "/"
        super().__init__(f"{file}#{self.json_pointer}: {message}")


class ConfigError(GenerateError):
    """The per-API sdk.yaml is invalid."""

    def __init__(self, file: str, key: str, message: str) -> None:
        self.file = file
        self.key = key
        super().__init__(f"{file}: {key}: {message}")


class PlanError(GenerateError):
    """The spec is valid but cannot be turned into one consistent SDK (e.g. two operations, one name)."""


@dataclass(frozen=True)
class Finding:
    """A problem in the spec that did not stop the run: where, what was wrong, and what was done about it."""

    pointer: str
    message: str
    action: str

    def as_dict(self) -> dict[str, str]:
        return {"pointer": self.pointer or "/", "message": self.message, "action": self.action}

    def warning(self) -> str:
        """The one-line form used in the report's `warnings` and on stderr."""
        return f"{self.pointer or '/'}: {self.message} ({self.action})"
