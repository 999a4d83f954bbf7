"""Coverage-guided fuzzing of govnews with atheris (libFuzzer).

    python fuzz/run.py [TARGET...] [--seconds N]

Runs each target (all by default: parse_text, parse_html, decode, from_json) for N
seconds, starting from ``fuzz/seeds/TARGET`` and growing a corpus in ``fuzz/corpus/TARGET``
(not kept in git). An input that breaks a target's
contract is saved in ``fuzz/crashers/TARGET`` and the run fails; the regression tests
replay every saved input. Needs ``pip install atheris``.
"""

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _child(target: str, seconds: int) -> None:
    import atheris  # noqa: PLC0415 - only the fuzzing child needs it

    with atheris.instrument_imports(include=["govnews"]):
        import govnews  # noqa: F401, PLC0415 - instrumented for coverage
    sys.path.insert(0, str(ROOT))
    from fuzz.targets import TARGETS  # noqa: PLC0415

    check = TARGETS[target]
    crashers = HERE / "crashers" / target
    crashers.mkdir(parents=True, exist_ok=True)
    corpus = HERE / "corpus" / target
    corpus.mkdir(parents=True, exist_ok=True)
    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={seconds}",
            "-max_len=65536",
            "-timeout=20",
            "-rss_limit_mb=2048",
            f"-artifact_prefix={crashers}/",
            "-print_final_stats=1",
            str(corpus),
            str(HERE / "seeds" / target),
        ],
        check,
    )
    atheris.Fuzz()


def main() -> int:
    """Fuzz the chosen targets one after another; non-zero when any found a crasher."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "targets", nargs="*", default=["parse_text", "parse_html", "decode", "from_json"]
    )
    parser.add_argument("--seconds", type=int, default=60, help="time per target")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.seconds)
        return 0
    failed = []
    for target in args.targets:
        print(f"fuzzing {target} for {args.seconds} s", flush=True)
        result = subprocess.run(
            [sys.executable, __file__, "--child", target, "--seconds", str(args.seconds)],
            check=False,
            capture_output=True,
            text=True,
        )
        stats = [
            line
            for line in result.stderr.splitlines()
            if line.startswith(("stat::", "Done", "INFO: Loaded"))
        ]
        print("\n".join(stats), flush=True)
        if result.returncode != 0:
            print(result.stderr[-3000:], file=sys.stderr)
            failed.append(target)
    if failed:
        print(f"crashers found in: {', '.join(failed)} (see fuzz/crashers/)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
