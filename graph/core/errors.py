"""Errors the command line reports to the user (with the file, line and
reason) instead of a traceback."""


class CadreGraphError(Exception):
    """Base class: the message is for the user."""


class InputError(CadreGraphError):
    """Bad input: a file, a line, a parameter."""


class StoreError(CadreGraphError):
    """The store cannot be opened, read or written."""
