"""The one door for writes from the UI.

`core`: `Op` (a service, what it changes, the service's own revert),
`run_op`/`run_write`, the one undo command `OpCommand`, `Operations` (a
window's context and undo stack) and background workers for long operations.
`deals` and `activities`: the named actions of the screens, built on it.
"""
