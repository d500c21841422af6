"""What the wizard's pages ask of the wizard that holds them. The pages know
this protocol only, not the wizard class (which builds them), so the two
modules do not import each other."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from funnel.imports.csvfile import CsvTable

T = TypeVar("T")


class WizardHost(Protocol):
    preview: CsvTable | None

    def set_preview(self, table: CsvTable) -> None: ...

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T: ...

    def start_plan(self, page: Any, *, with_choices: bool) -> None: ...

    def abandon(self, page: Any, *, forget: bool = True) -> None: ...
