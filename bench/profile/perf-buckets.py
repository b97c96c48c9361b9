#!/usr/bin/env python3
"""Where a turn's CPU goes, from `perf script` output of the bot's process.

Usage: perf script -i perf.data | python3 bench/profile/perf-buckets.py - TURNS [HZ]   (or a file instead of -)

Each sample (one call stack) is counted once, in the first part below whose pattern one of its frames matches
(the order matters: a turn's own database work counts as the turn). TURNS is the number of turns answered while
perf recorded, HZ the sampling frequency given to `perf record -F` (499 by default). Prints milliseconds of CPU per
turn for each part. Managed frames have names only if the bot ran with DOTNET_PerfMapEnabled=1 (see bench/README.md).
"""
import collections
import re
import sys

PARTS = [
    ("the turn (dialog, state, records, completion)", r"BotTurnHandler::HandleAsync|BotTurnHandler\+<HandleAsync>"),
    ("storing the message (group commit)", r"InboundQueue::StoreNewAsync|InboundQueue\+<StoreNewAsync>"),
    ("storing the outcome (group commit)", r"InboundQueue::StoreOutcomesAsync|InboundQueue\+<StoreOutcomesAsync>"),
    ("posting the replies (HttpClient)", r"InboundReplies|SocketsHttpHandler|HttpConnection"),
    ("token validation", r"JsonWebTokenHandler|BotFrameworkAuthenticator|TokenValidat"),
    ("the request (Kestrel, middleware, endpoint)", r"Kestrel|HttpProtocol|Middleware|RequestDelegate"),
    ("thread pool workers spinning and waiting", r"LowLevelSpinWaiter|LowLevelLifoSemaphore|WorkerThread::WorkerDoWork"),
    ("socket engine", r"SocketAsyncEngine"),
    ("timers and background work", r"TimerQueue|PeriodicTimer|Quartz|Dispatcher|Heartbeat|Outbox"),
    ("garbage collection", r"gc_heap|GCHeap|WKS::"),
    ("JIT and tiering", r"libclrjit|TieredCompilation|CallCountingManager"),
]


def main() -> None:
    path, turns = sys.argv[1], float(sys.argv[2])
    hz = float(sys.argv[3]) if len(sys.argv) > 3 else 499.0
    counts: collections.Counter[str] = collections.Counter()
    total = 0
    frames: list[str] = []

    def count() -> None:
        nonlocal total
        if not frames:
            return
        total += 1
        stack = "\n".join(frames)
        counts[next((name for name, pattern in PARTS if re.search(pattern, stack)), "other")] += 1

    with (sys.stdin if path == "-" else open(path, errors="replace")) as stacks:
        for line in stacks:
            if not line.strip():
                count()
                frames = []
            elif line.startswith((" ", "\t")):
                frames.append(line.strip())
    count()

    def ms(samples: int) -> float:
        return samples / hz * 1000 / turns

    print(f"{total} samples, {total / hz:.2f} s of CPU, {ms(total):.2f} ms a turn")
    for name in [name for name, _ in PARTS] + ["other"]:
        print(f"{ms(counts[name]):6.2f} ms  {100 * counts[name] / max(1, total):5.1f} %  {name}")


if __name__ == "__main__":
    main()
