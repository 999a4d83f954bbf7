"""No code that runs data, unpickles it or touches the network, anywhere in govnews.

An AST walk over every module of ``src/govnews``: forbidden imports (pickle, marshal,
sockets, HTTP clients, subprocesses) and forbidden calls (``eval``, ``exec``, ``compile``,
``__import__``, ``os.system``, trafilatura's fetchers). Only ``govnews/batch.py`` may use
process pools, which pickle the batch's own documents and articles between its own
processes, never data read from a file.
"""

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "govnews"
MODULES = sorted(SOURCE.rglob("*.py"))

FORBIDDEN_MODULES = frozenset(
    {
        "pickle",
        "_pickle",
        "cPickle",
        "dill",
        "cloudpickle",
        "marshal",
        "shelve",
        "socket",
        "ssl",
        "urllib",
        "urllib3",
        "http",
        "requests",
        "httpx",
        "aiohttp",
        "ftplib",
        "smtplib",
        "telnetlib",
        "xmlrpc",
        "subprocess",
        "pty",
    }
)
# Modules a given file genuinely needs, and why.
ALLOWED = {
    "batch.py": frozenset({"multiprocessing", "concurrent"}),  # worker processes
}
PROCESS_MODULES = frozenset({"multiprocessing", "concurrent"})
BUILTINS = ("eval", "exec", "compile", "__import__", "breakpoint")
FORBIDDEN_CALLS = frozenset(BUILTINS) | {f".{name}" for name in BUILTINS if name != "compile"}
# (``re.compile`` is the one method of that name the code may call.)
FORBIDDEN_ATTRIBUTES = frozenset(
    {".system", ".popen", ".fetch_url", ".fetch_response", ".urlopen", ".read_pickle"}
)


def _imported(tree: ast.AST) -> set[str]:
    """The top-level names of every module a tree imports (absolute imports)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _called(tree: ast.AST) -> set[str]:
    """What a tree calls: ``name`` for a plain call, ``.name`` for a method or attribute."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                names.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                names.add(f".{node.func.attr}")
    return names


def _relative(path: Path) -> str:
    return path.relative_to(SOURCE).as_posix()


def test_the_walk_sees_every_module():
    assert {"pipeline.py", "serialize.py", "source.py", "html.py", "cli.py"} <= {
        _relative(path) for path in MODULES
    }


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_no_module_imports_pickle_network_or_subprocesses(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    forbidden = FORBIDDEN_MODULES | (PROCESS_MODULES - ALLOWED.get(_relative(path), frozenset()))
    assert sorted(_imported(tree) & forbidden) == []


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_no_module_evaluates_code_or_fetches(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert sorted(_called(tree) & (FORBIDDEN_CALLS | FORBIDDEN_ATTRIBUTES)) == []


def test_the_walk_catches_a_forbidden_import_and_call():
    tree = ast.parse("import pickle\nfrom urllib.request import urlopen\neval('1')\nos.system()")
    assert (_imported(tree), _called(tree)) == ({"pickle", "urllib"}, {"eval", ".system"})
