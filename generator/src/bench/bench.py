#!/usr/bin/env python3
"""Full-build benchmark: Quizsite (as an author runs it, `mvn -o -q …:build`, Maven start-up
included) against Hugo on the same synthetic content, several interleaved rounds per size.

Prerequisites: `mvn -B -DskipTests install` at the repository root (the plugin in the local
repository) and `hugo` on the PATH (Debian: `apt-get install hugo`).

    python3 generator/src/bench/bench.py [--sizes 100,1000,10000] [--rounds 3] [--xmx 512m] [--tuned FLAGS]

Quizsite runs twice per round: with Maven's default JVM, and as "quizsite-tuned" with the JVM flags
a project can put in `.mvn/jvm.config` for big courses (default: parallel GC and the C1 compiler
only, which suits one short, cold build). Both are full builds: their parse cache is emptied before
every run. A third variant, "quizsite-cached", is the author's next `mvn package` of an unchanged
course: its parse cache (target/quizsite-cache) is kept from the build before. Prints, for each size and tool, the median wall time, the time per question and the peak RSS
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
    ap.add_argument("--tuned", default="-XX:+UseParallelGC -XX:TieredStopAtLevel=1",
                    help="JVM flags of a second Quizsite variant, in .mvn/jvm.config as a project would set them"
                         " for big courses; empty to leave the variant out")
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
        # Maven reads .mvn/jvm.config from the folder it runs in (or above): the tuned variant runs
        # in a folder of its own that has one, the plain one in a folder without.
        variants = {"quizsite": base}
        if args.tuned:
            tuned = os.path.join(base, "tuned")
            os.makedirs(os.path.join(tuned, ".mvn"), exist_ok=True)
            with open(os.path.join(tuned, ".mvn", "jvm.config"), "w") as f:
                f.write(args.tuned + "\n")
            variants["quizsite-tuned"] = tuned
        variants["quizsite-cached"] = base
        results = {name: [] for name in variants}
        results["hugo"] = []
        for _ in range(args.rounds):  # interleaved, so drift hits every tool alike
            for name, cwd in variants.items():
                # Every tool starts from an empty output folder, so none pays for deleting an old site.
                out = os.path.join(base, "out-" + name)
                cache = os.path.join(base, "cache-" + name)
                command = ["mvn", "-o", "-q", PLUGIN, "-Dquizsite.questions=" + questions,
                           "-Dquizsite.outputDirectory=" + out, "-Dquizsite.title=Bench",
                           "-Dquizsite.cacheDirectory=" + cache]
                if name == "quizsite-cached" and not os.path.isdir(cache):
                    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)  # fills it
                elif name != "quizsite-cached":
                    shutil.rmtree(cache, ignore_errors=True)  # a full build
                shutil.rmtree(out, ignore_errors=True)
                results[name].append(timed(command, cwd, env))
            hugo_out = os.path.join(base, "out-hugo")
            shutil.rmtree(hugo_out, ignore_errors=True)
            results["hugo"].append(timed(["hugo", "--quiet", "-s", hugo, "-d", hugo_out], base))
        for tool, runs in results.items():
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            rows.append((n, tool, wall, wall / n * 1000, rss))
            print(f"N={n:>6} {tool:<14} median wall {wall:7.2f} s  {wall / n * 1000:7.3f} ms/question"
                  f"  peak RSS {rss:7.0f} MB  (runs: {', '.join(f'{r[0]:.2f}' for r in runs)})", flush=True)
        h = statistics.median(r[0] for r in results["hugo"])
        for name in variants:
            q = statistics.median(r[0] for r in results[name])
            print(f"N={n:>6} ratio {name}/hugo wall time: {q / h:.2f}", flush=True)
    print("\n| N | tool | median wall (s) | ms/question | peak RSS (MB) |\n|---|---|---|---|---|")
    for n, tool, wall, per, rss in rows:
        print(f"| {n} | {tool} | {wall:.2f} | {per:.3f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
