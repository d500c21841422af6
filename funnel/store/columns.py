"""Column types shared by the models, and typed access to their tables.

A closed set of words (a deal's status, an activity's kind …) is stored as the
plain string it always was, in a VARCHAR of the same length, with no CHECK
constraint and no native ENUM: the schema, the stored values and the
migrations stay exactly as they were. The ORM hands the value back as its
`StrEnum` member, which compares and prints as the same string, and refuses a
word outside the set before it reaches the file.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

from sqlalchemy import Enum, Table

E = TypeVar("E", bound=enum.StrEnum)


def _values(members: type[enum.StrEnum]) -> list[str]:
    return [m.value for m in members]


def str_enum(members: type[E], length: int) -> Enum:
    """A `StrEnum` column stored as its values in a VARCHAR(`length`)."""
    return Enum(
        members,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=_values,
        validate_strings=True,
    )


def table_of(model: Any) -> Table:
    """A mapped class's table, typed as the `Table` it is (SQLAlchemy types
    `__table__` as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
