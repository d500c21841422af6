#!/usr/bin/env python3
"""The house rules a program can see, checked on every CI run (see STYLE.md):

- `funnel/` never imports Qt;
- `ui/` never imports SQLAlchemy, and no function in `ui/` takes a `session`
  (screens call services through ctx.read/ctx.write or the operations layer);
- no import cycle among the modules of `funnel/` and `ui/` (an import inside a
  function or under `if TYPE_CHECKING:` counts too: it is the same knot);
- no application file over 500 lines.

Run from anywhere: `python3 .ci/check_structure.py [ROOT]`. Prints every
breach with its place and exits 1 if there is one.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES = ("funnel", "ui")
SKIPPED_DIRS = {"migrations", "__pycache__"}
MAX_LINES = 500
QT_MODULES = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy"}
SQL_MODULES = {"sqlalchemy", "alembic"}


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    lines: int
    imports: list[tuple[str, int]] = field(default_factory=list)  # (target, line)


def find_modules(root: Path) -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root)
            if SKIPPED_DIRS & set(relative.parts):
                continue
            name = ".".join(relative.with_suffix("").parts)
            name = name.removesuffix(".__init__")
            source = path.read_text(encoding="utf-8")
            modules[name] = Module(
                name, relative, ast.parse(source, str(relative)), len(source.splitlines())
            )
    for module in modules.values():
        module.imports = list(_imports(module))
    return modules


def _imports(module: Module) -> Iterator[tuple[str, int]]:
    """Every module named by an import statement anywhere in the file, with
    relative imports resolved; `from a import b` names both `a` and `a.b`."""
    is_package = module.path.name == "__init__.py"
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.name.split(".")
                if not is_package:
                    parts = parts[:-1]
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            yield base, node.lineno
            for alias in node.names:
                yield f"{base}.{alias.name}", node.lineno


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def layer_breaches(modules: dict[str, Module]) -> list[str]:
    found = []
    for module in modules.values():
        top = _top(module.name)
        for target, line in module.imports:
            if top == "funnel" and _top(target) in QT_MODULES:
                found.append(f"{module.path}:{line}: Qt in funnel/ (imports {target})")
            if top == "ui" and _top(target) in SQL_MODULES:
                found.append(f"{module.path}:{line}: SQL in ui/ (imports {target})")
    return sorted(set(found))


def session_parameters(modules: dict[str, Module]) -> list[str]:
    found = []
    for module in modules.values():
        if _top(module.name) != "ui":
            continue
        for node in ast.walk(module.tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                args = node.args
                every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
                if any(a.arg == "session" for a in every):
                    name = getattr(node, "name", "<lambda>")
                    found.append(f"{module.path}:{node.lineno}: {name}() takes a session in ui/")
    return found


def _resolve(target: str, modules: dict[str, Module]) -> str | None:
    """The project module an import name lands in (`a.b.C` → `a.b`), if any."""
    while target and target not in modules:
        target = target.rpartition(".")[0]
    return target or None


def import_graph(modules: dict[str, Module]) -> dict[str, dict[str, int]]:
    """module → {module it imports: line of the first such import}."""
    graph: dict[str, dict[str, int]] = {}
    for module in modules.values():
        edges: dict[str, int] = {}
        for target, line in module.imports:
            found = _resolve(target, modules)
            if found is not None and found != module.name:
                edges.setdefault(found, line)
        graph[module.name] = edges
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan,
    iterative so a deep package cannot overflow the stack)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(graph[start]))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(graph.get(child, {}))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def describe_cycle(component: list[str], graph: dict[str, dict[str, int]], modules) -> str:
    members = set(component)
    edges = [
        f"{modules[a].path}:{line} imports {b}"
        for a in component
        for b, line in graph[a].items()
        if b in members
    ]
    return f"import cycle {' ↔ '.join(component)}: " + "; ".join(edges)


def long_files(modules: dict[str, Module]) -> list[str]:
    return [
        f"{m.path}: {m.lines} lines (at most {MAX_LINES})"
        for m in modules.values()
        if m.lines > MAX_LINES
    ]


def check(root: Path) -> list[str]:
    modules = find_modules(root)
    graph = import_graph(modules)
    return [
        *layer_breaches(modules),
        *session_parameters(modules),
        *(describe_cycle(c, graph, modules) for c in cycles(graph)),
        *long_files(modules),
    ]


def main(argv: Iterable[str] = ()) -> int:
    args = list(argv)
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent
    breaches = check(root)
    for breach in breaches:
        print(breach)
    if breaches:
        print(f"structure check: {len(breaches)} problem(s)")
        return 1
    count = len(find_modules(root))
    print(
        f"structure holds: {count} modules; no Qt in funnel/, no SQL or session in ui/, "
        f"no import cycle, no file over {MAX_LINES} lines"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
