"""Every Python example in the documentation runs.

Each Markdown page under ``docs/`` and ``README.md`` is one test: its fenced ``python``
blocks run in order in one namespace (so a page reads as one session), from a temporary
folder that holds a copy of ``seeds/``. ``pycon`` blocks and blocks that start with
``>>>`` run as doctests in the same namespace, so their printed output is checked too.

A block is left out only when it cannot run here (it needs the network, a server or
a secret): put ``<!-- skip -->`` on the line before it, or give it a ``title="..."``
(a file shown for reading, such as a workflow or a script to save). Tracebacks name the
page and the line of the Markdown file.
"""

import doctest
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP_MARKER = "<!-- skip -->"
PYTHON = frozenset({"python", "py", "python3"})
CONSOLE = frozenset({"pycon"})

_FENCE = re.compile(r"(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)")
_SNIPPET = re.compile(r"[ \t]*-{2}8<-{2}[ \t]+\"(?P<path>[^\"\n]+)\"[ \t]*")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a Markdown page."""

    language: str
    source: str
    line: int  # the 1-based line of the first line of code
    skipped: bool


def _language(info: str) -> tuple[str, bool]:
    """The language of a fence's info string, and whether it carries a title."""
    words = info.strip().lstrip("{").rstrip("}").split()
    language = words[0].lstrip(".").lower() if words else ""
    return language, "title=" in info


def _include_snippets(source: str) -> str:
    """Replace ``--8<-- "path"`` lines by the file, as pymdownx.snippets does."""
    lines = []
    for line in source.splitlines(keepends=True):
        match = _SNIPPET.fullmatch(line.rstrip("\n"))
        lines.append((ROOT / match["path"]).read_text(encoding="utf-8") if match else line)
    return "".join(lines)


def _dedent(line: str, indent: int) -> str:
    """A line of a fenced block without the indentation of its fence."""
    if not indent or not line[:indent].strip():
        return line[indent:]
    return line.lstrip()


def code_blocks(markdown: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, dedented to their fence."""
    blocks: list[Block] = []
    lines = markdown.splitlines()
    previous = ""
    index = 0
    while index < len(lines):
        opening = _FENCE.fullmatch(lines[index])
        if opening is None:
            if lines[index].strip():
                previous = lines[index].strip()
            index += 1
            continue
        indent, fence = len(opening["indent"]), opening["fence"]
        language, titled = _language(opening["info"])
        body: list[str] = []
        index += 1
        start = index + 1
        while index < len(lines):
            line = lines[index]
            stripped = line.strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                break
            body.append(_dedent(line, indent))
            index += 1
        index += 1
        skipped = titled or previous == SKIP_MARKER
        blocks.append(Block(language, "\n".join(body) + "\n", start, skipped))
        previous = ""
    return blocks


def _runnable(block: Block) -> bool:
    return not block.skipped and block.language in PYTHON | CONSOLE


def _pages() -> list[Path]:
    pages = sorted((ROOT / "docs").rglob("*.md"))
    readme = ROOT / "README.md"
    return [*pages, readme] if readme.is_file() else pages


def _with_examples() -> list[Any]:
    return [
        pytest.param(page, id=page.relative_to(ROOT).as_posix())
        for page in _pages()
        if any(_runnable(block) for block in code_blocks(page.read_text(encoding="utf-8")))
    ]


def _run_console(block: Block, namespace: dict[str, Any], name: str) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.source, namespace, name, name, block.line - 1)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    if runner.failures:
        pytest.fail("".join(report), pytrace=False)


def run_markdown(markdown: str, name: str) -> None:
    """Run the examples of one page, in order, in one namespace."""
    namespace: dict[str, Any] = {"__name__": "__main__"}
    for block in code_blocks(markdown):
        if not _runnable(block):
            continue
        source = _include_snippets(block.source)
        if block.language in CONSOLE or source.lstrip().startswith(">>>"):
            _run_console(Block(block.language, source, block.line, skipped=False), namespace, name)
            continue
        # Padding makes tracebacks give the line number in the Markdown file.
        code = compile("\n" * (block.line - 1) + source, name, "exec")
        exec(code, namespace)  # noqa: S102 - running the documentation is the point


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("page", _with_examples())
def test_examples_run(page: Path, workdir: Path) -> None:
    run_markdown(page.read_text(encoding="utf-8"), page.relative_to(ROOT).as_posix())


# The extraction of examples ------------------------------------------------------------

PAGE = """\
# Title

```python
x = 1
```

<!-- skip -->
```python
import requests
```

```python title="scraper.py"
print("a file to save")
```

!!! note
    ```python
    y = x + 1
    ```

```pycon
>>> y
2
```

```bash
govnews parse seeds/*.txt
```
"""


def test_code_blocks_finds_every_fence() -> None:
    assert [block.language for block in code_blocks(PAGE)] == [
        "python",
        "python",
        "python",
        "python",
        "pycon",
        "bash",
    ]


def test_code_blocks_skips_a_block_after_the_marker() -> None:
    assert [block.skipped for block in code_blocks(PAGE)][:2] == [False, True]


def test_code_blocks_skips_a_titled_block() -> None:
    assert code_blocks(PAGE)[2].skipped


def test_code_blocks_dedents_a_block_inside_an_admonition() -> None:
    assert code_blocks(PAGE)[3].source == "y = x + 1\n"


def test_code_blocks_gives_the_markdown_line_of_the_code() -> None:
    assert code_blocks(PAGE)[0].line == 4


def test_run_markdown_shares_one_namespace_and_checks_console_output() -> None:
    run_markdown(PAGE.replace("import requests", "raise SystemExit"), "page.md")


def test_run_markdown_reports_a_wrong_console_output() -> None:
    with pytest.raises(pytest.fail.Exception, match="Expected:"):
        run_markdown("```pycon\n>>> 1 + 1\n3\n```\n", "wrong.md")


def test_run_markdown_traceback_names_the_markdown_line() -> None:
    with pytest.raises(ZeroDivisionError) as caught:
        run_markdown("# Page\n\n```python\nx = 1\n1 / 0\n```\n", "broken.md")

    assert caught.traceback[-1].lineno + 1 == 5
