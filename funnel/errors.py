"""The domain's errors. Their messages are written for people: the UI and the
CLI show them as they are."""


class FunnelError(Exception):
    """Base of every error a person may see."""


class NotFoundError(FunnelError):
    pass


class ValidationError(FunnelError):
    pass


class DatabaseError(FunnelError):
    """The file cannot be opened as a Funnel database."""


class NotAFunnelDatabaseError(DatabaseError):
    pass


class NewerDatabaseError(DatabaseError):
    pass
