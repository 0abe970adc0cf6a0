"""The SDK's stdlib logger: silent by default, switched on by an environment variable."""

from __future__ import annotations

import logging
import os
import sys

__all__ = ["get_logger"]

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "error": logging.ERROR,
}
_HANDLER_MARK = "_sdk_runtime_handler"


def get_logger(name: str, env_var: str | None = None) -> logging.Logger:
    """Return the logger ``name``, set up once.

    It always has a :class:`logging.NullHandler`, so nothing is printed unless the application
    configures logging. If the environment variable ``env_var`` is ``debug`` or ``info`` (also
    ``warning``/``error``), a stderr handler at that level is attached, once.
    """
    logger = logging.getLogger(name)
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
    level = _LEVELS.get(os.environ.get(env_var, "").strip().lower()) if env_var else None
    if level is not None and not any(getattr(handler, _HANDLER_MARK, False) for handler in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(level)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        setattr(handler, _HANDLER_MARK, True)
        logger.addHandler(handler)
        logger.setLevel(level)
    return logger
