"""The package tree shows the pipeline: each stage imports only the stages before it,
and no module imports itself round a cycle."""

import ast
from pathlib import Path

from .helpers import ROOT

PACKAGE = ROOT / "linter"
# The stages in pipeline order; a stage may import from itself and the stages before it.
STAGES = ("core", "readers", "format", "parse", "model", "rules", "run", "output", "server", "cli")


def _modules() -> dict[str, Path]:
    return {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p for p in PACKAGE.rglob("*.py")
    }


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The modules of this package that ``path`` imports, wherever in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("linter"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in modules}
    return found


def _stage(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_each_stage_imports_only_the_stages_before_it():
    modules = _modules()
    backwards = [
        f"{module} imports {target}"
        for module, path in modules.items()
        if (stage := _stage(module))
        for target in _imports(path, modules)
        if (other := _stage(target)) and STAGES.index(other) > STAGES.index(stage)
    ]
    assert backwards == []


def test_no_module_imports_itself_round_a_cycle():
    modules = _modules()
    graph = {m: _imports(p, modules) - {m} for m, p in modules.items()}
    cycles = []
    state: dict[str, int] = {}  # 1 on the path, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if target not in graph or _is_package_of(target, module):
                continue
            if state.get(target) == 1:
                cycles.append(" → ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def _is_package_of(package: str, module: str) -> bool:
    """``from linter.rules.kinds import x`` names the package, which a submodule may do."""
    return module.startswith(package + ".")


MAX_LINES = 300


def test_no_module_is_over_max_lines():
    long = {
        str(path.relative_to(ROOT)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
