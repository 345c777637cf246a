#!/usr/bin/env python3
"""Full-build benchmark: Quizsite (as an author runs it, `mvn -o -B …:build`, Maven start-up
included) against Hugo on the same synthetic content, several interleaved rounds per size.

Prerequisites: `mvn -B -DskipTests install` at the repository root (the plugin in the local
repository) and `hugo` on the PATH (Debian: `apt-get install hugo`).

    python3 generator/src/bench/bench.py [--sizes 100,1000,10000] [--rounds 3] [--xmx 512m] [--tuned FLAGS]

Variants, and what each timed run starts from (every Quizsite variant has its own output folder
out-NAME and parse cache cache-NAME under the size's work folder):

- "quizsite": a full build with Maven's default JVM. Before each timed run its parse cache and its
  output folder are emptied.
- "quizsite-tuned": the same full build with the JVM flags a project can put in `.mvn/jvm.config`
  for big courses (default: parallel GC and the C1 compiler only, which suits one short, cold
  build); parse cache and output folder emptied before each timed run.
- "quizsite-cached": the author's next `mvn package` of an unchanged course. Before each timed run
  an untimed build fills the parse cache (target/quizsite-cache in a project) and writes the site;
  neither is emptied, since the previous site is an input of the build (it reuses unchanged pages).
- "quizsite-edited": the author's next `mvn package` after one question file was edited. It builds
  its own copy of the course (questions-edited, copied afresh at the start of each run of this
  script, so the other variants and Hugo always see the generated course). Before each timed run an
  untimed build fills its parse cache and writes its site, then one file, a different one each
  round, gets a sentence appended to its `## Answer` section (text naming the round, so the content
  really changes); cache and site are kept for the timed build.
- "hugo": Hugo's full build, its output folder emptied before each timed run.

Maven runs without -q so that the build's last line (`Quiz site: N questions, P pages in T ms`)
can be read: T, the plugin's own time, is reported as "plugin" beside the wall time.

Prints, for each size and tool, the median wall time, the time per question, the median plugin
time and the peak RSS (from /usr/bin/time), then the ratios of each Quizsite variant to Hugo's full
build (wall and plugin time), and at the end a "goals" block: edited-one-file build ≤ 0.5× Hugo's
full build, full build ≤ 1.5× Hugo (both per size), and plugin time per question at 10,000 within
1.2× of that at 1,000 (only when both sizes ran). Only ratios of one run count: these machines
drift by up to 25 % between runs.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN = "dev.quizsite:quizsite-maven-plugin:0.1.0-SNAPSHOT:build"
SUMMARY = re.compile(r"Quiz site: (\d+) questions, (\d+) pages in (\d+) ms -> .*?"
                     r"(?: \((\d+) of the questions unchanged since the last build[^\n]*)?$", re.M)
FULL_BUILDS = ("quizsite", "quizsite-tuned")


def run_build(cmd, cwd, env=None, timed=True):
    """Runs cmd, under /usr/bin/time when timed; returns (wall s, peak RSS MB, plugin ms, unchanged),
    the last two from Quizsite's summary line (None for other tools), wall and RSS None when not timed."""
    report = None
    if timed:
        fd, report = tempfile.mkstemp()
        os.close(fd)
        cmd = ["/usr/bin/time", "-f", "%e %M", "-o", report] + cmd
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd)}\n"
                         f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    wall = rss = None
    if report:
        with open(report) as f:
            wall, rss_kb = f.read().split()[-2:]
        os.unlink(report)
        wall, rss = float(wall), int(rss_kb) / 1024
    matches = SUMMARY.findall(result.stdout)
    plugin = unchanged = None
    if matches:
        plugin, unchanged = int(matches[-1][2]), int(matches[-1][3] or 0)
    return wall, rss, plugin, unchanged


def edit_one(questions, round_no):
    """Appends a sentence naming the round to the `## Answer` section of one question file, a
    different one each round (deterministic); returns the file's name."""
    files = sorted(f for f in os.listdir(questions) if f.endswith(".md"))
    name = files[(len(files) // 2 + round_no * 7) % len(files)]
    path = os.path.join(questions, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    sentence = f"The benchmark edited this answer in round {round_no + 1}.\n\n"
    if "\n## References" in text:
        text = text.replace("\n## References", "\n" + sentence + "## References", 1)
    else:
        text += "\n" + sentence
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return name


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


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
    medians = {}  # (n, tool) -> (wall s, plugin ms)
    for n in map(int, args.sizes.split(",")):
        base = os.path.join(args.workdir, str(n))
        questions, hugo = os.path.join(base, "questions"), os.path.join(base, "hugo")
        if not os.path.isdir(questions):
            subprocess.run(["python3", os.path.join(HERE, "gen_course.py"), str(n), questions, "--hugo", hugo],
                           check=True)
        edited = os.path.join(base, "questions-edited")
        shutil.rmtree(edited, ignore_errors=True)
        shutil.copytree(questions, edited)
        # Maven reads .mvn/jvm.config from the folder it runs in (or above): the tuned variant runs
        # in a folder of its own that has one, the others in a folder without.
        variants = {"quizsite": (base, questions)}
        if args.tuned:
            tuned = os.path.join(base, "tuned")
            os.makedirs(os.path.join(tuned, ".mvn"), exist_ok=True)
            with open(os.path.join(tuned, ".mvn", "jvm.config"), "w") as f:
                f.write(args.tuned + "\n")
            variants["quizsite-tuned"] = (tuned, questions)
        variants["quizsite-cached"] = (base, questions)
        variants["quizsite-edited"] = (base, edited)
        results = {name: [] for name in variants}
        results["hugo"] = []
        for round_no in range(args.rounds):  # interleaved, so drift hits every tool alike
            for name, (cwd, source) in variants.items():
                out = os.path.join(base, "out-" + name)
                cache = os.path.join(base, "cache-" + name)
                command = ["mvn", "-o", "-B", PLUGIN, "-Dquizsite.questions=" + source,
                           "-Dquizsite.outputDirectory=" + out, "-Dquizsite.title=Bench",
                           "-Dquizsite.cacheDirectory=" + cache]
                if name in FULL_BUILDS:
                    # A full build: no parse cache, and an empty output folder, so none pays for
                    # deleting an old site.
                    shutil.rmtree(cache, ignore_errors=True)
                    shutil.rmtree(out, ignore_errors=True)
                else:
                    # The build before: leaves the parse cache and the site, both kept for the timed run.
                    run_build(command, cwd, env, timed=False)
                    if name == "quizsite-edited":
                        edit_one(source, round_no)
                run = run_build(command, cwd, env)
                if run[2] is None:
                    raise SystemExit(f"no 'Quiz site: … in T ms' line in the output of {name}")
                expected = {"quizsite-cached": n, "quizsite-edited": n - 1}.get(name, 0)
                if run[3] != expected:
                    print(f"warning: {name} N={n}: {run[3]} questions reused from the cache, expected {expected}")
                results[name].append(run)
            hugo_out = os.path.join(base, "out-hugo")
            shutil.rmtree(hugo_out, ignore_errors=True)
            results["hugo"].append(run_build(["hugo", "--quiet", "-s", hugo, "-d", hugo_out], base))
        for tool, runs in results.items():
            wall = median(r[0] for r in runs)
            plugin = median(r[2] for r in runs)
            rss = max(r[1] for r in runs)
            medians[(n, tool)] = (wall, plugin)
            rows.append((n, tool, wall, wall / n * 1000, plugin, rss))
            plugin_text = f"plugin {plugin / 1000:7.2f} s" if plugin is not None else " " * 16
            print(f"N={n:>6} {tool:<15} median wall {wall:7.2f} s  {wall / n * 1000:7.3f} ms/question"
                  f"  {plugin_text}  peak RSS {rss:7.0f} MB  (runs: {', '.join(f'{r[0]:.2f}' for r in runs)})",
                  flush=True)
        h = medians[(n, "hugo")][0]
        for name in variants:
            wall, plugin = medians[(n, name)]
            print(f"N={n:>6} ratio {name}/hugo (Hugo's full build): wall {wall / h:.2f}, plugin time {plugin / 1000 / h:.2f}",
                  flush=True)
    print("\n| N | tool | median wall (s) | ms/question | median plugin (ms) | peak RSS (MB) |\n|---|---|---|---|---|---|")
    for n, tool, wall, per, plugin, rss in rows:
        print(f"| {n} | {tool} | {wall:.2f} | {per:.3f} | {'' if plugin is None else f'{plugin:.0f}'} | {rss:.0f} |")
    print_goals(medians, sorted({n for n, _ in medians}))


def print_goals(medians, sizes):
    """The issue's three goals, from this run's medians (wall includes Maven's start-up; plugin is
    the build's own time from its summary line; Hugo's figure is its wall time)."""
    print("\ngoals (this run's medians; 'wall' includes Maven's start-up, 'plugin' is the build's own time):")
    for n in sizes:
        h = medians[(n, "hugo")][0]
        if (n, "quizsite-edited") in medians:
            wall, plugin = medians[(n, "quizsite-edited")]
            print(f"  N={n}: edited-one-file build / Hugo full build ≤ 0.5: wall {wall / h:.2f}"
                  f" ({'met' if wall / h <= 0.5 else 'not met'}), plugin {plugin / 1000 / h:.2f}"
                  f" ({'met' if plugin / 1000 / h <= 0.5 else 'not met'})")
        for name in FULL_BUILDS:
            if (n, name) in medians:
                wall, plugin = medians[(n, name)]
                print(f"  N={n}: full build ({name}) / Hugo full build ≤ 1.5: wall {wall / h:.2f}"
                      f" ({'met' if wall / h <= 1.5 else 'not met'}), plugin {plugin / 1000 / h:.2f}"
                      f" ({'met' if plugin / 1000 / h <= 1.5 else 'not met'})")
    if 1000 in sizes and 10000 in sizes:
        for name in FULL_BUILDS:
            if (1000, name) in medians and (10000, name) in medians:
                small = medians[(1000, name)][1] / 1000
                big = medians[(10000, name)][1] / 10000
                print(f"  plugin ms/question at 10000 / at 1000 ({name}) ≤ 1.2: {big:.3f} / {small:.3f}"
                      f" = {big / small:.2f} ({'met' if big / small <= 1.2 else 'not met'})")
    else:
        print("  plugin ms/question at 10000 / at 1000 ≤ 1.2: not computed (needs sizes 1000 and 10000)")


if __name__ == "__main__":
    main()
