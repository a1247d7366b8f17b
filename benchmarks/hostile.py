"""Hostile-input benchmark: does the work grow in step with the input, whatever the input holds?

Run it with the Python of the environment amexhelp is installed in:

    python benchmarks/hostile.py            # 10 KB, 100 KB and 1 MB of each shape, best of 3 runs
    python benchmarks/hostile.py --in-process   # the messages' check alone (no start-up), CPU time, best of 3

Each case runs the real command (`python -m amexhelp ...`) with the input on stdin (or as the query)
and output to /dev/null, timed whole (start-up included, about 50 ms), with its peak memory (the
child's maxrss). The shapes are the ones that make patterns backtrack or memory grow: one long token
of word characters (an e-mail address with no @), labels and dots (a domain without end), digits and
spaces (a number without end), angle brackets in an HTML part, a plain message with numbers and links
repeated, and for `verify -` one long line of digits or letters and many long distinct lines. The
growth ratio is the time at 1 MB over the time at 100 KB (and 100 KB over 10 KB): 10 is linear;
start-up makes the small sizes look dearer, so a linear case reads below 10. A case refused by a limit
(exit 2) is quick by design and says so.

The package is byte-compiled first and the children run without PYTHONDONTWRITEBYTECODE, as an installed
wheel runs (pip compiles it): with that variable set, every run compiles every module it imports again, which
costs more than the work on a 1 MB message.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

SIZES = (10_000, 100_000, 1_000_000)
ROUNDS = 3
EMAIL_HEAD = "From: Alerts <alerts@example.com>\nSubject: Card locked\nContent-Type: text/html\n\n"


def repeat(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


MESSAGES = {
    "token (no @)": lambda n: "a" * n,
    "labels and dots": lambda n: repeat("a.", n),
    "digits and spaces": lambda n: repeat("1 ", n),
    "html angle brackets": lambda n: EMAIL_HEAD + "<" * (n - len(EMAIL_HEAD)),
    "plain message": lambda n: repeat("Call +1 800 528 4800 or visit www.americanexpress.com today. ", n),
}
BATCHES = {
    "one line of digits": lambda n: "1" * n + "\n",
    "one line of letters": lambda n: "a" * n + "\n",
    "long distinct lines": lambda n: "".join(f"{i:09d}" + "x" * 991 + "\n" for i in range(n // 1000)),
}


def run(args: list[str], data: bytes) -> tuple[float, int, int]:
    """Seconds, exit code and peak memory (KiB) of one run."""
    with tempfile.TemporaryFile() as stdin:
        stdin.write(data)
        stdin.seek(0)
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "amexhelp", *args],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
        )
        assert child.stderr is not None
        child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, child.returncode, usage.ru_maxrss


def best(args: list[str], data: bytes) -> tuple[float, int, int]:
    runs = [run(args, data) for _ in range(ROUNDS)]
    return min(r[0] for r in runs), runs[0][1], max(r[2] for r in runs)


def case(name: str, make: object, args_for: object) -> None:
    times = []
    cells = []
    for size in SIZES:
        text = make(size)  # type: ignore[operator]
        args, data = args_for(text)  # type: ignore[operator]
        seconds, code, peak = best(args, data)
        times.append(seconds)
        cells.append(f"{seconds * 1000:8.0f} ms (exit {code}, {peak / 1024:5.0f} MiB)")
    ratios = f"x{times[1] / times[0]:5.1f}  x{times[2] / times[1]:5.1f}"
    print(f"{name:42} {'  '.join(cells)}  {ratios}")


def compiled() -> None:
    """The package byte-compiled, as an installed wheel is."""
    import compileall

    import amexhelp

    compileall.compile_dir(os.path.dirname(amexhelp.__file__), quiet=1)


def in_process() -> None:
    """check_message on each shape of message, in this process: the work itself, without start-up."""
    from amexhelp.directory.loading import load_directory
    from amexhelp.verify.message import check_message

    directory = load_directory(None)
    check_message(directory, "Call +1 800 528 4800")  # warm-up: tables and patterns loaded
    print(f"check_message in process (CPU seconds, best of {ROUNDS}); sizes {', '.join(f'{s:,}' for s in SIZES)}")
    for name, make in MESSAGES.items():
        cells = []
        for size in SIZES:
            text = make(size)
            best_time = float("inf")
            for _ in range(ROUNDS):
                start = time.process_time()
                check_message(directory, text)
                best_time = min(best_time, time.process_time() - start)
            cells.append(f"{best_time * 1000:8.0f} ms")
        print(f"{name:42} {'  '.join(cells)}")


def main() -> None:
    if "--in-process" in sys.argv[1:]:
        in_process()
        return
    compiled()
    env_note = f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, best of {ROUNDS}"
    print(
        f"hostile inputs ({env_note}); sizes {', '.join(f'{s:,}' for s in SIZES)} characters; growth 100K/10K, 1M/100K"
    )
    for name, make in MESSAGES.items():
        case(f"verify --message - : {name}", make, lambda text: (["verify", "--message", "-"], text.encode()))
    for name, make in BATCHES.items():
        case(f"verify - : {name}", make, lambda text: (["verify", "-"], text.encode()))
    case(
        "lookup QUERY (refused beyond 500)",
        lambda n: "lost card " * (n // 10),
        # In arguments of 100,000 characters: Linux takes none longer than 128 KiB.
        lambda text: (["lookup", *(text[i : i + 100_000] for i in range(0, len(text), 100_000))], b""),
    )


if __name__ == "__main__":
    main()
