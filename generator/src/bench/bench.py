#!/usr/bin/env python3
"""Full-build benchmark: Quizsite (as an author runs it, `mvn -o -q …:build`, Maven start-up
included) against Hugo on the same synthetic content, several interleaved rounds per size.

Prerequisites: `mvn -B -DskipTests install` at the repository root (the plugin in the local
repository) and `hugo` on the PATH (Debian: `apt-get install hugo`).

    python3 generator/src/bench/bench.py [--sizes 100,1000,10000] [--rounds 3] [--xmx 512m]

Prints, for each size and tool, the median wall time, the time per question and the peak RSS
(from /usr/bin/time), then the ratios Quizsite/Hugo. Only ratios of one run count: these
machines drift by up to 25 % between runs.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = "dev.quizsite:quizsite-maven-plugin:0.1.0-SNAPSHOT:build"


def timed(cmd, cwd, env=None):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS in MB)."""
    fd, report = tempfile.mkstemp()
    os.close(fd)
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report] + cmd, cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr[-2000:]}")
    with open(report) as f:
        wall, rss_kb = f.read().split()[-2:]
    os.unlink(report)
    return float(wall), int(rss_kb) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--xmx", default="512m")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "quizsite-bench"))
    args = ap.parse_args()
    env = dict(os.environ, MAVEN_OPTS=f"-Xmx{args.xmx}")
    rows = []
    for n in map(int, args.sizes.split(",")):
        base = os.path.join(args.workdir, str(n))
        questions, hugo = os.path.join(base, "questions"), os.path.join(base, "hugo")
        if not os.path.isdir(questions):
            subprocess.run(["python3", os.path.join(HERE, "gen_course.py"), str(n), questions, "--hugo", hugo],
                           check=True)
        results = {"quizsite": [], "hugo": []}
        for _ in range(args.rounds):  # interleaved, so drift hits both tools alike
            # Both tools start from an empty output folder, so neither pays for deleting an old site.
            out = os.path.join(base, "out-quizsite")
            shutil.rmtree(out, ignore_errors=True)
            results["quizsite"].append(timed(
                ["mvn", "-o", "-q", PLUGIN, "-Dquizsite.questions=questions",
                 "-Dquizsite.outputDirectory=" + out, "-Dquizsite.title=Bench"], base, env))
            hugo_out = os.path.join(base, "out-hugo")
            shutil.rmtree(hugo_out, ignore_errors=True)
            results["hugo"].append(timed(["hugo", "--quiet", "-s", hugo, "-d", hugo_out], base))
        for tool, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            rows.append((n, tool, wall, wall / n * 1000, rss))
            print(f"N={n:>6} {tool:<9} median wall {wall:7.2f} s  {wall / n * 1000:7.3f} ms/question"
                  f"  peak RSS {rss:7.0f} MB  (runs: {', '.join(f'{r[0]:.2f}' for r in runs)})", flush=True)
        q = statistics.median(r[0] for r in results["quizsite"])
        h = statistics.median(r[0] for r in results["hugo"])
        print(f"N={n:>6} ratio quizsite/hugo wall time: {q / h:.2f}", flush=True)
    print("\n| N | tool | median wall (s) | ms/question | peak RSS (MB) |\n|---|---|---|---|---|")
    for n, tool, wall, per, rss in rows:
        print(f"| {n} | {tool} | {wall:.2f} | {per:.3f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
