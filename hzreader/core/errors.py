"""Errors a user can fix; everything else is a bug."""


class KnownError(Exception):
    """A problem the user can fix; its message is shown as is."""

    exit_code = 2


class NotFoundError(KnownError):
    """A document, node or annotation that does not exist."""


class BadInputError(KnownError):
    """Input that cannot be read or parsed."""


class StorageError(KnownError):
    """The data dir cannot be used (read-only, full, too new, locked)."""

    exit_code = 1
