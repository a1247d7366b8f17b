"""Batch benchmark: `amexhelp verify -` throughput in one process, against phonenumbers' own parse rate.

Run it with the Python of the environment amexhelp is installed in:

    python benchmarks/verify_batch.py                # 100,000 numbers per case, 3 paired rounds; the table
    python benchmarks/verify_batch.py --million      # also 1,000,000 lines, to show memory stays flat

The input is made here, deterministically. The standard mix: a third the directory's own numbers, two
thirds random North American numbers (+1, area code and exchange of the plan's shape, many of them in
no region: not numbers at all), written bare, grouped or dashed. A call log: 2,000 distinct numbers
drawn with Zipf-like weights, so a few make most of the lines. Then phonenumbers' example numbers of
every region with their last digits redrawn, and North American numbers written nationally.

Each case runs the real command (`amexhelp verify - ...`, as the console script runs it) reading a
file on stdin and writing to /dev/null, timed whole (start-up included: tens of milliseconds). The
yardstick is `phonenumbers.parse` of the same lines in this process, after a warm-up pass: the rate
of parsing only, nothing judged or written. This machine may be shared, so each round measures the
yardstick just before the command and the ratio is taken per round; the table gives the medians and
the spread of the ratios. Peak memory is the command's own high-water mark (VmHWM) at exit.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIB = 1024 * 1024


def listed_numbers() -> list[str]:
    from amexhelp.directory.loading import load_directory

    return sorted({line.e164 for line in load_directory(None).lines if line.e164})


def written(rng: random.Random, number: str) -> str:
    """A + number written one of the common ways: bare, grouped after the country code, or dashed."""
    roll = rng.random()
    if roll < 0.4:
        return number
    if number.startswith("+1") and roll < 0.8:
        return f"+1 {number[2:5]}-{number[5:8]}-{number[8:]}"
    return f"{number[:3]} {number[3:]}"


def random_nanp(rng: random.Random) -> str:
    """A random North American number: area code and exchange of the plan's shape (not all assigned)."""
    area = f"{rng.randint(2, 9)}{rng.randint(0, 99):02d}"
    return f"+1{area}{rng.randint(2, 9)}{rng.randint(0, 99):02d}{rng.randint(0, 9999):04d}"


def standard_mix(count: int, seed: int = 13) -> list[str]:
    """The standard mix: a third listed numbers, two thirds random +1 numbers, each written as people do."""
    rng = random.Random(seed)
    listed = listed_numbers()
    return [written(rng, rng.choice(listed) if rng.random() < 1 / 3 else random_nanp(rng)) for _ in range(count)]


def call_log(count: int, seed: int = 17) -> list[str]:
    """A call log: many repeats. 2,000 distinct numbers (a tenth listed, the rest random +1 numbers and
    look-alikes of listed ones), drawn with Zipf-like weights, so a few numbers make most of the lines."""
    rng = random.Random(seed)
    listed = listed_numbers()
    pool = []
    for i in range(2000):
        if i % 10 == 0:
            number = rng.choice(listed)
        elif i % 10 == 1:
            number = rng.choice(listed)
            position = rng.randrange(len(number) - 4, len(number))
            number = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1 :]
        else:
            number = random_nanp(rng)
        pool.append(written(rng, number))
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    return rng.choices(pool, weights, k=count)


def corpus(count: int, *, national: bool, seed: int = 13) -> list[str]:
    """``count`` numbers of every region in + form (or, with ``national``, North American numbers without +)."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    rng = random.Random(seed)
    listed = listed_numbers()
    if national:
        listed = [number for number in listed if number.startswith("+1")]
        regions = ["US", "CA"]
    else:
        regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    kinds = [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE]
    out: list[str] = []
    while len(out) < count:
        roll = rng.random()
        if roll < 0.05:
            number = rng.choice(listed)
        elif roll < 0.10:
            number = rng.choice(listed)
            position = rng.randrange(len(number) - 4, len(number))
            number = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1 :]
        else:
            example = phonenumbers.example_number_for_type(rng.choice(regions), rng.choice(kinds))
            if example is None:
                continue
            digits = str(example.national_number)
            tail = "".join(rng.choice("0123456789") for _ in range(4))
            number = f"+{example.country_code}{digits[:-4]}{tail}"
        if national:
            out.append(f"1-{number[2:5]}-{number[5:8]}-{number[8:]}")
        else:
            out.append(f"{number[:3]} {number[3:]}" if rng.random() < 0.5 else number)
    return out


def parse_rate(lines: list[str], region: str | None) -> float:
    import phonenumbers

    for line in lines[:20000]:  # warm-up: metadata loaded, patterns compiled
        try:  # noqa: SIM105 (a with-block per call would slow the yardstick)
            phonenumbers.parse(line, region)
        except phonenumbers.NumberParseException:
            pass
    start = time.perf_counter()
    for line in lines:
        try:  # noqa: SIM105 (a with-block per call would slow the yardstick)
            phonenumbers.parse(line, region)
        except phonenumbers.NumberParseException:
            pass
    return len(lines) / (time.perf_counter() - start)


# The command, run as the console script runs it, writing its own peak memory (VmHWM) at exit. The
# kernel's max RSS of a child (wait4) would not do: a child forked from this process inherits its
# high-water mark, and this process holds the whole input as lists.
_WRAPPER = """
import atexit, sys
path = sys.argv.pop(1)
def report():
    try:
        with open("/proc/self/status") as status:
            peak = next((line.split()[1] for line in status if line.startswith("VmHWM:")), "0")
    except OSError:
        import resource
        peak = str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    with open(path, "w") as out:
        out.write(peak)
atexit.register(report)
from amexhelp.cli.console import run
sys.argv[0] = "amexhelp"
sys.exit(run())
"""


# The command runs as it does from a user's shell: without PYTHONUNBUFFERED (which makes every answer a write
# of its own) and without PYTHONDONTWRITEBYTECODE (which makes every run compile what it imports again); the
# package is compiled first (main), as pip compiles an installed wheel.
_ENVIRONMENT = {
    key: value for key, value in os.environ.items() if key not in ("PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE")
}


def run(argv: list[str], path: Path) -> tuple[float, int]:
    """Wall time and peak memory (bytes) of ``amexhelp ARGV`` reading ``path`` on stdin."""
    peak_file = path.with_suffix(".peak")
    command = [sys.executable, "-c", _WRAPPER, str(peak_file), *argv]
    with open(path, "rb") as stdin:
        start = time.perf_counter()
        proc = subprocess.run(
            command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, env=_ENVIRONMENT
        )
        elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1, 2):  # 2: earlier versions, for a line that is no number
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(argv)}: {proc.stderr.decode()}")
    return elapsed, int(peak_file.read_text() or 0) * 1024


def stand_ins(count: int) -> None:
    """What each stand-in of the fast path (amexhelp.verify._fastpath) saves: the same lines judged in
    this process with it and with the public calls it stands in for (number_facts: number_type and
    region_code_for_number; fast_international: phonenumbers.parse), CPU time, best of 3."""
    import contextlib
    from unittest import mock

    from amexhelp.directory.loading import load_directory
    from amexhelp.verify import _fastpath, checker, readings

    directory = load_directory(None)
    _fastpath.keep_patterns()
    variants = {
        "as shipped": [],
        "number_facts by the public calls": [mock.patch.object(_fastpath, "_type_in", None)],
        "no fast_international (parse)": [
            mock.patch.object(module, "fast_international", new=_no_fast_path) for module in (checker, readings)
        ],
    }
    for name, lines in (("standard mix", standard_mix(count)), ("every region, + form", corpus(count, national=False))):
        print(f"{name}, {count:,} lines (CPU seconds, best of 3):")
        base = None
        for variant, patches in variants.items():
            with contextlib.ExitStack() as stack:
                for patch in patches:
                    stack.enter_context(patch)
                best = min(_judge_all(checker.Checker(directory), lines) for _ in range(3))
            base = best if base is None else base
            print(f"  {variant:<36} {best:7.3f} s  ({(best - base) * 1000:+8.0f} ms)")


def _no_fast_path(value: str, digits: str) -> None:
    """fast_international declining every number: each is read by phonenumbers.parse."""


def _judge_all(checker: object, lines: list[str]) -> float:
    from amexhelp.errors import InputError

    check = checker.check  # type: ignore[attr-defined]
    start = time.process_time()
    for line in lines:
        try:  # noqa: SIM105 (a with-block per call would slow the measure)
            check(line)
        except InputError:
            pass
    return time.process_time() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000, help="numbers per case (default 100,000)")
    parser.add_argument("--million", action="store_true", help="also run 1,000,000 lines for the memory check")
    parser.add_argument("--only", nargs="*", help="run only the cases whose name holds one of these words")
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds per case (default 3); the median")
    parser.add_argument("--stand-ins", action="store_true", help="only what each fast-path stand-in saves, in process")
    args = parser.parse_args()
    if args.stand_ins:
        stand_ins(args.lines)
        return 0
    try:
        import amexhelp
    except ImportError:
        print("amexhelp is not installed in this Python; run: pip install .", file=sys.stderr)
        return 2
    import compileall

    compileall.compile_dir(os.path.dirname(amexhelp.__file__), quiet=1)
    base = ["verify", "-"]
    cases = [
        ("standard mix, --json", standard_mix(args.lines), [*base, "--json"], None),
        ("standard mix, plain", standard_mix(args.lines), base, None),
        ("call log (repeats), --json", call_log(args.lines), [*base, "--json"], None),
        ("every region, + form, --json", corpus(args.lines, national=False), [*base, "--json"], None),
        (
            "1-NXX-NXX-XXXX, --from US --json",
            corpus(args.lines, national=True),
            [*base, "--from", "US", "--json"],
            "US",
        ),
        ("1-NXX-NXX-XXXX, no --from, --json", corpus(args.lines // 10, national=True), [*base, "--json"], "US"),
    ]
    if args.only:
        cases = [case for case in cases if any(word in case[0] for word in args.only)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, lines, argv, region in cases:
            path = Path(tmp) / "numbers.txt"
            path.write_text("\n".join(lines[:5000]) + "\n", encoding="utf-8")
            run(argv, path)  # warm-up: bytecode and page caches
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            rounds = []
            for _ in range(args.rounds):  # paired: the yardstick just before each run, on a shared machine
                theirs = parse_rate(lines, region)
                elapsed, rss = run(argv, path)
                rounds.append((len(lines) / elapsed, theirs, rss))
            rows.append((name, len(lines), rounds))
        if args.million:
            lines = standard_mix(100_000)
            path = Path(tmp) / "million.txt"
            with open(path, "w", encoding="utf-8") as out:
                for _ in range(10):
                    out.write("\n".join(lines) + "\n")
            before = parse_rate(lines, None)
            elapsed, rss = run([*base, "--json"], path)
            theirs = (before + parse_rate(lines, None)) / 2  # the yardstick before and after the long run
            rows.append(("standard mix, --json, 1,000,000 lines", 1_000_000, [(1_000_000 / elapsed, theirs, rss)]))

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}")
    print(f"python: {platform.python_version()} ({sys.executable}), {args.rounds} paired rounds per case\n")
    header = f"{'case':<40} {'lines':>9} {'verify/s':>9} {'parse/s':>9} {'ratio':>6} {'(min-max)':>11} {'peak RSS':>9}"
    print(header)
    print("-" * len(header))
    for name, count, rounds in rows:
        ours = statistics.median(r[0] for r in rounds)
        theirs = statistics.median(r[1] for r in rounds)
        ratios = [r[0] / r[1] for r in rounds]
        spread = f"{min(ratios):.2f}-{max(ratios):.2f}"
        peak = max(r[2] for r in rounds)
        print(
            f"{name:<40} {count:>9,} {ours:>9,.0f} {theirs:>9,.0f} {statistics.median(ratios):>6.2f} {spread:>11}"
            f" {peak / MIB:>5.1f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
