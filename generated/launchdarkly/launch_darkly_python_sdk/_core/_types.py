"""Value types shared by generated code: the ``UNSET`` sentinel, ``File`` for uploads and downloads, and the
coercions generated methods apply to their arguments (bytes, a path or an open file to a ``File``; a dict
given for a model to the same dict keyed by wire names)."""

from __future__ import annotations

import functools
import importlib
import io
import os
from collections.abc import Callable, Mapping
from typing import IO, Any, BinaryIO, TypeVar

from attrs import define

from .request_options import NOT_GIVEN, NotGiven

# One sentinel for "not given": models, method arguments and the HTTP client all use the same object,
# so an optional argument the caller omitted is never sent.
Unset = NotGiven
UNSET: Unset = NOT_GIVEN

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart body, or a downloaded binary body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple form httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


class PathReader(io.RawIOBase):
    """A file read by path, opened at its first read and closed at its end (a rewind reopens it), so an
    upload given as a path holds no open file before its request is sent or after the body was read."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self._file: io.BufferedReader | None = None
        self._at_end = False

    def _opened(self) -> io.BufferedReader:
        if self._file is None:
            self._file = open(self.path, "rb")  # noqa: SIM115 - closed at the end of the file or by close()
        return self._file

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._at_end:
            return 0
        count = self._opened().readinto(buffer)
        if not count:
            self._at_end = True
            self._release()
        return count

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._at_end = False
        return self._opened().seek(offset, whence)

    def tell(self) -> int:
        return self.size() if self._at_end else 0 if self._file is None else self._file.tell()

    def size(self) -> int:
        """The file's size in bytes (read without opening it)."""
        return os.stat(self.path).st_size

    def _release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._release()
        super().close()


def as_file(value: Any) -> Any:
    """An upload given as bytes, a path (`os.PathLike`) or an open binary file becomes a `File`.

    A path is opened only when the request body is read (`PathReader`); an open file is read by httpx
    in chunks, never whole."""
    if isinstance(value, (File, Unset)) or value is None:
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return File(payload=io.BytesIO(bytes(value)), file_name="upload")
    if isinstance(value, os.PathLike):
        path = os.fspath(value)
        path = path if isinstance(path, str) else os.fsdecode(path)
        return File(payload=io.BufferedReader(PathReader(path)), file_name=os.path.basename(path))
    name = getattr(value, "name", None)  # a file without a name (BytesIO) is still a file part: "upload"
    return File(payload=value, file_name=os.path.basename(name) if isinstance(name, str) and name else "upload")


def as_files(value: Any) -> Any:
    """`as_file` for each item of a list of uploads; UNSET stays UNSET."""
    if isinstance(value, Unset) or value is None:
        return value
    return [as_file(item) for item in value]


DownloadTarget = str | os.PathLike[str] | IO[bytes]
"""Where ``to_file=`` streams a binary download: a path, or an open binary file."""


def as_model(cls: Any, value: Any) -> Any:
    """A model argument given as a plain mapping is sent as that mapping, keyed by wire names.

    ``cls`` is the model class, or a tuple of the model classes of a union. The mapping may use the
    fields' Python names or their wire names, at any depth (nested models, lists of them, unions of
    them); each key is sent by its wire name and each value is encoded like a model's (enums, dates,
    models inside). A model, or any other value, is kept as it is."""
    if isinstance(value, Mapping):
        classes = cls if isinstance(cls, tuple) else (cls,)
        return _wire_keys(classes, value)
    return value


def as_models(cls: Any, value: Any) -> Any:
    """`as_model` for each item of a list argument; UNSET stays UNSET."""
    if isinstance(value, Unset) or value is None:
        return value
    return [as_model(cls, item) for item in value]


Table = tuple[dict[str, str], dict[str, str | list[str]], dict[str, object]]


def _wire_table(cls: Any) -> Table | None:
    try:
        table: dict[str, Table] = importlib.import_module(_package(cls) + "._wire_names").TABLE
    except ImportError:
        return None
    return table.get(getattr(cls, "__name__", ""))


def _package(cls: Any) -> str:
    return str(getattr(cls, "__module__", "")).rpartition(".")[0]


def _choose(classes: tuple[Any, ...], value: Mapping[str, Any]) -> tuple[Any, Table | None]:
    """The class a mapping stands for: of a union's models, the one whose renamed, nested and fixed fields
    its keys name most often (the first on a tie). Only the keys' spelling and the values filled in
    depend on the choice; the rest of the mapping is sent as given."""
    best: tuple[Any, Table | None] = (classes[0], _wire_table(classes[0]))
    if len(classes) == 1:
        return best
    score = -1
    for cls in classes:
        table = _wire_table(cls)
        known = set() if table is None else {*table[0], *table[0].values(), *table[1], *table[2]}
        hits = sum(1 for key in value if key in known)
        if table is not None:  # a discriminator's value names its variant outright
            hits += sum(2 for key, fixed in table[2].items() if value.get(key) == fixed)
        if hits > score:
            best, score = (cls, table), hits
    return best


def _wire_keys(classes: tuple[Any, ...], value: Mapping[str, Any]) -> dict[str, Any]:
    """`value` with Python field names turned into wire names and the values the SDK fills in added,
    nested models' values too."""
    cls, table = _choose(classes, value)
    if table is None:
        return dict(value)
    renames, nested, fixed = table
    wires = set(renames.values())
    out: dict[str, Any] = {}
    for key, item in value.items():
        wire = key if key in wires else renames.get(key, key)
        inner = nested.get(wire)
        if inner is not None:
            module = importlib.import_module(_package(cls))
            names = [inner] if isinstance(inner, str) else inner
            inner_classes = tuple(getattr(module, name) for name in names)
            if isinstance(item, Mapping):
                item = _wire_keys(inner_classes, item)
            elif isinstance(item, (list, tuple)):
                item = [_wire_keys(inner_classes, i) if isinstance(i, Mapping) else i for i in item]
        out[wire] = item
    for wire, constant in fixed.items():
        out.setdefault(wire, constant)
    return out


_M = TypeVar("_M", bound=type)


def plain_names(names: Mapping[str, str]) -> Callable[[_M], _M]:
    """Class decorator: the model's constructor also takes the plain names of fields that are suffixed
    with `_` because they shadow a builtin (`ViewConfig(filter=...)` for `filter_`), as the field names
    of other SDKs' models (Fern's, pydantic's) are written; giving both names is a `TypeError`."""

    def decorate(cls: _M) -> _M:
        init: Callable[..., None] = vars(cls)["__init__"]  # the attrs-made constructor

        @functools.wraps(init)
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            for plain, name in names.items():
                if plain in kwargs:
                    if name in kwargs:
                        raise TypeError(f"{cls.__name__}() got both {plain!r} and {name!r}")
                    kwargs[name] = kwargs.pop(plain)
            init(self, *args, **kwargs)

        setattr(cls, "__init__", __init__)  # noqa: B010 - mypy refuses assigning to a method
        return cls

    return decorate
