"""Start-up benchmark: whole-process wall time of amexhelp, paired against `python -c "import typer"`.

Run it with the Python of the environment amexhelp is installed in:

    python benchmarks/startup.py                 # the table, exit 1 if a target is missed
    python benchmarks/startup.py --runs 41       # more runs for a quieter machine
    python benchmarks/startup.py --instructions  # instruction counts (valgrind): the same on a busy machine

Each case is timed in rounds that alternate the case and the baseline, so both see the same machine
load, and the ratio of their medians is compared with the target. Peak memory (max RSS) comes from
the kernel's accounting of each finished child. The scale case builds a synthetic directory 100 times
the size of the bundled one and loads it through AMEXHELP_DATA.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024


@dataclass
class Case:
    name: str
    argv: list[str]
    target: float
    env: dict[str, str]
    baseline: list[str] | None = None  # None: `python -c "import typer"`
    baseline_env: dict[str, str] | None = None


@dataclass
class Timing:
    median: float
    low: float
    high: float
    max_rss: int


def run_with_rss(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(argv)}")
    return elapsed, usage.ru_maxrss * 1024  # ru_maxrss is in KiB on Linux


def time_pair(case: Case, base_argv: list[str], base_env: dict[str, str], runs: int) -> tuple[Timing, Timing]:
    for _ in range(3):  # warm-up: page cache, bytecode caches
        run_with_rss(case.argv, case.env)
        run_with_rss(base_argv, base_env)
    ours: list[tuple[float, int]] = []
    theirs: list[tuple[float, int]] = []
    for _ in range(runs):
        ours.append(run_with_rss(case.argv, case.env))
        theirs.append(run_with_rss(base_argv, base_env))
    return summarise(ours), summarise(theirs)


def summarise(samples: list[tuple[float, int]]) -> Timing:
    times = [t for t, _ in samples]
    return Timing(statistics.median(times), min(times), max(times), max(rss for _, rss in samples))


# The cases counted in instructions, with their targets: a count is the same however busy the machine is.
INSTRUCTION_CASES = (
    ("lookup --country JP --json", ["lookup", "--country", "JP", "--json"], 1.20),
    ("lookup --country JP (piped text)", ["lookup", "--country", "JP"], 1.30),
    ('lookup "lost card in Japan" (piped text)', ["lookup", "lost card in Japan"], 1.30),
)


def instructions(argv: list[str], env: dict[str, str]) -> int:
    """The instructions a whole process runs, counted by valgrind's callgrind."""
    found = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    ).stderr
    refs = [line for line in found.splitlines() if "refs:" in line]
    return int(refs[-1].rsplit(":", 1)[1].replace(",", ""))


def count_instructions(exe: str, env: dict[str, str]) -> int:
    """Each case's instructions against `python -c "import typer"`'s, and its target; 1 if one is missed."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    base = instructions([sys.executable, "-c", "import typer"], env)
    print(f'python -c "import typer": {base / 1e6:,.1f} M instructions')
    failed = False
    for name, args, target in INSTRUCTION_CASES:
        count = instructions([exe, *args], env)
        ratio = count / base
        failed |= ratio > target
        print(f"{name:<44} {count / 1e6:>8,.1f} M {ratio:>6.3f} <={target:.2f} {'ok' if ratio <= target else 'MISSED'}")
    return 1 if failed else 0


def synthetic_directory(scale: int, folder: Path) -> Path:
    """The bundled directory with its lines repeated `scale` times, spread over every country."""
    from importlib.resources import files

    from amexhelp.directory.loading import bundled_document

    document = bundled_document()
    index = json.loads(files("amexhelp").joinpath("data/index.json").read_text(encoding="utf-8"))
    codes = sorted(index["countries"])
    lines = list(document["lines"])  # the real lines stay, so the lookup answers the same
    n = 0
    for copy in range(1, scale):
        for line in document["lines"]:
            clone = dict(line, id=f"{line['id']}-copy{copy}")
            if clone["country"] is not None:
                clone["country"] = codes[n % len(codes)]
                n += 1
            lines.append(clone)
    document["lines"] = lines
    path = folder / f"directory-x{scale}.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="timed rounds per case (default 21)")
    parser.add_argument("--scale", type=int, default=100, help="size of the synthetic directory (default 100x)")
    parser.add_argument("--instructions", action="store_true", help="count instructions (valgrind) instead")
    parser.add_argument("--write-synthetic", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_synthetic:
        print(synthetic_directory(args.scale, Path(args.write_synthetic)))
        return 0

    exe = shutil.which("amexhelp", path=str(Path(sys.executable).parent))
    if exe is None:
        print("amexhelp is not installed next to this Python; run: pip install .", file=sys.stderr)
        return 2
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMEXHELP_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package runs from its bytecode cache
    env.pop("NO_COLOR", None)
    typer_import = [sys.executable, "-c", "import typer"]
    if args.instructions:
        return count_instructions(exe, env)

    with tempfile.TemporaryDirectory() as tmp:
        # Built by a child process: a parent holding the big document in memory would inflate the
        # children's max RSS (the kernel counts what a forked child shares before it execs).
        made = subprocess.run(
            [sys.executable, __file__, "--scale", str(args.scale), "--write-synthetic", tmp],
            capture_output=True,
            text=True,
            check=True,
        )
        big = Path(made.stdout.strip())
        completion_env = {
            **env,
            "_AMEXHELP_COMPLETE": "complete_bash",
            "COMP_WORDS": "amexhelp lookup --country J",
            "COMP_CWORD": "3",
        }
        lookup_json = [exe, "lookup", "--country", "JP", "--json"]
        cases = [
            Case("lookup --country JP --json", lookup_json, 1.20, env),
            Case('lookup "lost card in Japan" (piped text)', [exe, "lookup", "lost card in Japan"], 1.30, env),
            # A place: the gazetteer (data/places.tsv) is read and searched.
            Case(
                'lookup "lost card in Portland, Maine" (place)',
                [exe, "lookup", "lost card in Portland, Maine"],
                1.50,
                env,
            ),
            # Another language: its catalog (and only its) is read; the same target as the English text.
            Case(
                'lookup "lost card in Japan" (piped, LANG=ja_JP)',
                [exe, "lookup", "lost card in Japan"],
                1.30,
                {**env, "LANG": "ja_JP.UTF-8"},
            ),
            Case("completion of --country", [exe], 1.30, completion_env),
            Case(
                f"lookup --json, {args.scale}x directory vs bundled",
                lookup_json,
                1.50,
                {**env, "AMEXHELP_DATA": str(big)},
                baseline=lookup_json,
                baseline_env=env,
            ),
        ]
        rows = []
        peak = 0
        failed = False
        for case in cases:
            ours, base = time_pair(case, case.baseline or typer_import, case.baseline_env or env, args.runs)
            ratio = ours.median / base.median
            ok = ratio <= case.target
            failed |= not ok
            if case.name.startswith("lookup") and case.baseline is None:
                peak = max(peak, ours.max_rss)
            rows.append((case.name, ours, base, ratio, case.target, ok))

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}")
    print(f"python: {platform.python_version()} ({sys.executable})")
    print(f"runs per case: {args.runs} (paired with the baseline, after 3 warm-up rounds)\n")
    header = (
        f"{'case':<44} {'median ms':>9} {'min':>6} {'max':>6} {'base ms':>8} {'ratio':>6} {'target':>7} {'max RSS':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, ours, base, ratio, target, ok in rows:
        print(
            f"{name:<44} {ours.median * 1000:>9.1f} {ours.low * 1000:>6.1f} {ours.high * 1000:>6.1f}"
            f" {base.median * 1000:>8.1f} {ratio:>6.2f} {'<=' + format(target, '.2f'):>7}"
            f" {ours.max_rss / MIB:>5.1f} MiB {'ok' if ok else 'MISSED'}"
        )
    rss_ok = peak <= 30 * MIB
    failed |= not rss_ok
    print(
        f"\npeak memory (max RSS) of a lookup: {peak / MIB:.1f} MiB (target <= 30 MiB) {'ok' if rss_ok else 'MISSED'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
