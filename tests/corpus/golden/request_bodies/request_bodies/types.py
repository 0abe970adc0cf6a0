"""Shared value types: `UNSET` (an argument not given, so not sent) and `File` for uploads and downloads."""

from ._core._types import UNSET, File, FileContent, FileTypes, RequestFiles, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Unset"]
