#!/usr/bin/env python3
"""What the JIT compiler of each search path's JVM compiled once the bench's paths took turns (issue 29).

Reads the bench's standard error (each path's JVM says there when its warm-up alone ended, with its nanoTime) and
one compilation log per path, written with

  BENCH_LANE_JAVA_OPTS='-Xlog:jit+compilation=debug,deoptimization=debug:file=DIR/jit-{path}.log:uptime,timenanos'

(docs/operations.md). The interleaved phase starts when the last JVM is ready. For each path it prints the
compilations per request in the last quarter of its warm-up alone (rounds taken as even in time) and in the
interleaved phase, then sorts every compilation of the interleaved phase by what the method's compiled code was:

  first compile   the method had not been compiled at all (code the warm-up did not reach often enough)
  tier up         compiled before at a lower tier, that code still in use (profiled C1 code reaching C2)
  recompile       all its code had been made not entrant (an uncommon trap, a dependency invalidated)
  again           compiled again at the same or a lower tier while that code was in use

"made not entrant: not used" is an older tier replaced by a newer compilation, not code thrown away. Each class is
split by where the method lives: the bench, Dispatch, Lucene, HTTP (Jetty, Javalin, Jackson, NIO) or the JDK.

  tools/jit_phases.py STDERR 'DIR/jit-*.log' [REQUESTS_PER_PATH]

REQUESTS_PER_PATH: requests each path was asked in the interleaved phase (default: 12 rounds of 270 at 1 client and
12 at 2 clients, a --rounds 4 run whose interleaved warm-up took its 8 rounds).
"""
import collections
import glob
import re
import sys

READY = re.compile(r"bench: (\w+) warmed up alone \((\d+) [^)]*\) .* nanoTime (\d+)")
LINE = re.compile(r"^\[[\d.]+s\]\[(\d+)ns\]\s+(\d+)\s+(.{5})\s+(\d)\s+(\S+)")
MIX = 270


def where(method):
    if method.startswith("news.dispatch.measure"):
        return "bench"
    if method.startswith("news.dispatch"):
        return "dispatch"
    if method.startswith("org.apache.lucene"):
        return "lucene"
    if method.startswith(("org.eclipse.jetty", "io.javalin", "com.fasterxml", "sun.nio", "java.net.http")):
        return "http"
    return "jdk" if method.startswith(("java.", "jdk.", "sun.", "com.sun")) else "other"


def main(stderr, pattern, requests):
    ready = {m.group(1): (int(m.group(2)), int(m.group(3))) for m in READY.finditer(open(stderr).read())}
    interleaved_from = max(nanos for _, nanos in ready.values())
    kinds = collections.Counter()
    for log in sorted(glob.glob(pattern)):
        path = re.search(r"jit-(\w+)\.log", log).group(1)
        rounds, ready_at = ready[path]
        live = collections.defaultdict(dict)  # method -> {compile id: tier} of its code in use
        compiled = set()
        last_reason = {}
        starts = []
        for line in open(log):
            m = LINE.match(line)
            if not m:
                continue
            nanos, cid, flags, tier, method = int(m.group(1)), m.group(2), m.group(3), int(m.group(4)), m.group(5)
            method += "%" if "%" in flags else ""  # on-stack replacement code is apart from the method's own
            if "made not entrant" in line:
                reason = line.split("made not entrant:")[1].strip()
                live[method].pop(cid, None)
                if reason != "not used":
                    last_reason[method] = reason
                continue
            if "made " in line:
                continue
            starts.append(nanos)
            if nanos > interleaved_from:
                tiers = live[method].values()
                if method not in compiled:
                    kind = "first compile"
                elif not tiers:
                    kind = "recompile (" + last_reason.get(method, "?") + ")"
                elif max(tiers) < tier:
                    kind = "tier up"
                else:
                    kind = "again"
                kinds[(kind, where(method))] += 1
            live[method][cid] = tier
            compiled.add(method)
        quarter = starts[0] + (ready_at - starts[0]) * 3 // 4
        alone = sum(1 for t in starts if quarter < t <= ready_at)
        after = sum(1 for t in starts if t > interleaved_from)
        print(f"{path:15} warm-up alone {rounds} rounds, last quarter {alone / (rounds * MIX / 4):.3f} "
              f"compilations a request; interleaved {after} ({after / requests:.3f} a request)")
    print(f"\ninterleaved phase, all paths: {sum(kinds.values())} compilations")
    for kind in sorted({k for k, _ in kinds}, key=lambda k: -sum(c for (x, _), c in kinds.items() if x == k)):
        split = {w: c for (k, w), c in kinds.most_common() if k == kind}
        print(f"  {sum(split.values()):5d} {kind}: " + ", ".join(f"{w} {c}" for w, c in split.items()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 12 * MIX * 1 + 12 * MIX * 2)
