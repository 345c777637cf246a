#!/usr/bin/env python3
"""Full-build benchmark: Quizsite (as an author runs it, `mvn -o -B …:build`, Maven start-up
included) against Hugo on the same synthetic content, several interleaved rounds per size; on
request also against maven-site-plugin (Maven's own Markdown site) and with the preview's rebuild.

Prerequisites: `mvn -B -DskipTests install` at the repository root (the plugin in the local
repository) and `hugo` on the PATH (Debian: `apt-get install hugo`); for --site-plugin, the site
plugin's dependencies in the local repository (one online `mvn -B site` in a project written by
`gen_course.py N OUT --site DIR`, since the timed builds run offline).

    python3 generator/src/bench/bench.py [--sizes 100,1000,10000] [--rounds 3] [--xmx 512m] [--tuned FLAGS]
        [--site-plugin] [--preview EDITS] [--workdir DIR]

Variants, and what each timed run starts from (every Quizsite variant has its own output folder
out-NAME and parse cache cache-NAME under the size's work folder, by default
$TMPDIR/quizsite-bench/N):

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
- "maven-start": the plugin's `help` goal, which builds nothing: Maven's start-up and the plugin's
  loading, the floor under every Quizsite build's wall time (what the edited build's goal against
  Hugo leaves to the plugin's own work is the goal less this).

With --site-plugin (off by default: its clean build of 10,000 pages takes minutes), three more, each
`mvn -o -B site` in the Maven project gen_course.py --site writes (maven-site-plugin 3.21.0,
doxia-module-markdown 2.0.0, project-info reports off; the same questions as pages, plus an index):

- "site-plugin": its clean build, the project's target/ removed before each timed run.
- "site-plugin-cached": an untimed build just before, nothing changed; the plugin skips every page
  whose output is newer than its source (and than the site descriptor), so it renders none.
- "site-plugin-edited": in a copy of the project (site-edited, made afresh like questions-edited),
  an untimed build, then the same edit as quizsite-edited's to the same question's page, then the
  timed build, which renders that page only.

A timed run that did not do its variant's work is warned about: a Quizsite build that reused
another number of questions than expected, a site-plugin build that rewrote another number of pages
(all, none, one; counted by their modification times).

With --preview EDITS, after the rounds of each size of 1,000 or more, `incremental/run.sh N EDITS`
runs once (the preview's rebuild after one file changed, timed in its own JVM on its own course
under $TMPDIR; it compiles the generator first): its medians for a body edit and a title edit are
printed.

Maven runs without -q so that the build's last line (`Quiz site: N questions, P pages in T ms`)
can be read: T, the plugin's own time, is reported as "plugin" beside the wall time.

Prints, for each size and tool, the median wall time, the time per question, the median plugin
time (Quizsite only) and the peak RSS (from /usr/bin/time), then the ratios of each variant to
Hugo's full build (wall, and plugin time for Quizsite), and at the end a "goals" block:
edited-one-file build ≤ 0.5× Hugo's full build, full build ≤ 1.5× Hugo (both per size), with
--preview the preview's body-edit rebuild ≤ 50 ms median (per size), and plugin time per question
at 10,000 within 1.2× of that at 1,000 (only when both sizes ran); with --site-plugin also, for
information only, quizsite-edited's wall time over site-plugin-edited's. Only ratios of one run
count: these machines drift by up to 25 % between runs.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))  # the repository's root, where run.sh expects to be run
PLUGIN = "dev.quizsite:quizsite-maven-plugin:0.1.0-SNAPSHOT:build"
HELP = "dev.quizsite:quizsite-maven-plugin:0.1.0-SNAPSHOT:help"
SUMMARY = re.compile(r"Quiz site: (\d+) questions, (\d+) pages in (\d+) ms -> .*?"
                     r"(?: \((\d+) of the questions unchanged since the last build[^\n]*)?$", re.M)
FULL_BUILDS = ("quizsite", "quizsite-tuned")
PREVIEW = re.compile(r"^one file changed, (body|title) edit: +median (\d+) ms", re.M)


class Variant(NamedTuple):
    """One build the benchmark times, and what each of its timed runs starts from."""
    command: list
    cwd: str
    emptied: tuple = ()  # removed before each timed run: a full build starts from nothing
    warm: bool = False  # an untimed build just before, whose output and caches the timed run keeps
    edit: str = None  # folder in which edit_one changes one file after that untimed build
    reused: int = None  # Quizsite: questions the timed run should reuse from its parse cache
    site: str = None  # maven-site-plugin: its output folder
    rewritten: int = None  # maven-site-plugin: pages the timed run should write there (it skips the
    # pages whose output is newer than their source)


def run(cmd, cwd, env=None):
    """Runs cmd and returns its standard output; a failed command ends the benchmark with the end
    of its output, since a figure from a broken build means nothing."""
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(cmd)}\n"
                         f"{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    return result.stdout


def run_build(cmd, cwd, env=None, timed=True):
    """Runs cmd, under /usr/bin/time when timed; returns (wall s, peak RSS MB, plugin ms, unchanged),
    the last two from Quizsite's summary line (None for other tools), wall and RSS None when not timed."""
    report = None
    if timed:
        fd, report = tempfile.mkstemp()
        os.close(fd)
        cmd = ["/usr/bin/time", "-f", "%e %M", "-o", report] + cmd
    stdout = run(cmd, cwd, env)
    wall = rss = None
    if report:
        with open(report) as f:
            wall, rss_kb = f.read().split()[-2:]
        os.unlink(report)
        wall, rss = float(wall), int(rss_kb) / 1024
    matches = SUMMARY.findall(stdout)
    plugin = unchanged = None
    if matches:
        plugin, unchanged = int(matches[-1][2]), int(matches[-1][3] or 0)
    return wall, rss, plugin, unchanged


def timed_run(name, n, variant, env, round_no):
    """Prepares the variant's starting point (folders emptied, or an untimed build and maybe one
    edit), times its build, and warns when the build did not do the work the variant stands for
    (reused the wrong number of questions, or rewrote the wrong number of pages)."""
    for folder in variant.emptied:
        shutil.rmtree(folder, ignore_errors=True)
    if variant.warm:
        run_build(variant.command, variant.cwd, env, timed=False)
        if variant.edit:
            edit_one(variant.edit, round_no)
    started = time.time()
    result = run_build(variant.command, variant.cwd, env)
    if variant.reused is not None:
        if result[2] is None:
            raise SystemExit(f"no 'Quiz site: … in T ms' line in the output of {name}")
        if result[3] != variant.reused:
            print(f"warning: {name} N={n}: {result[3]} questions reused from the cache, expected {variant.reused}")
    if variant.rewritten is not None:
        written = pages_written(variant.site, started)
        if written != variant.rewritten:
            print(f"warning: {name} N={n}: {written} pages rewritten, expected {variant.rewritten}")
    return result


def pages_written(site, since):
    """How many HTML pages in site were written at or after since (a time.time() taken before the
    build started, which takes far longer than the file system's timestamp granularity to write one)."""
    return sum(1 for entry in os.scandir(site) if entry.name.endswith(".html") and entry.stat().st_mtime >= since)


def edit_one(folder, round_no):
    """Appends a sentence naming the round to the `## Answer` section of one question file in folder
    (Quizsite's questions or the site plugin's src/site/markdown, whose index.md is no question, so
    both pick the same question), a different one each round (deterministic); returns the file's name."""
    files = sorted(f for f in os.listdir(folder) if f.endswith(".md") and f != "index.md")
    name = files[(len(files) // 2 + round_no * 7) % len(files)]
    path = os.path.join(folder, name)
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


def generate(base, n, site_plugin):
    """Writes the course of n questions under base with gen_course.py (the Hugo site, and the site
    plugin's project when site_plugin), unless a run before left every folder this one needs: the
    course is deterministic. Returns the folders (questions, hugo, project)."""
    questions, hugo, project = (os.path.join(base, name) for name in ("questions", "hugo", "site"))
    command = ["python3", os.path.join(HERE, "gen_course.py"), str(n), questions, "--hugo", hugo]
    needed = [questions, hugo]
    if site_plugin:
        command += ["--site", project]
        needed.append(project)
    if not all(os.path.isdir(folder) for folder in needed):
        subprocess.run(command, check=True)
    return questions, hugo, project


def quizsite_variants(base, questions, n, tuned_flags):
    """Quizsite's variants for one size: full builds (Maven's default JVM, and tuned_flags in a
    .mvn/jvm.config unless empty), the cached rebuild and the rebuild after one edit (in a copy of
    the questions, made afresh here so that the others always see the generated course)."""
    edited = os.path.join(base, "questions-edited")
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(questions, edited)

    def variant(name, cwd, source, full=False, **kind):
        out, cache = os.path.join(base, "out-" + name), os.path.join(base, "cache-" + name)
        command = ["mvn", "-o", "-B", PLUGIN, "-Dquizsite.questions=" + source, "-Dquizsite.outputDirectory=" + out,
                   "-Dquizsite.title=Bench", "-Dquizsite.cacheDirectory=" + cache]
        if full:  # no parse cache, and an empty output folder, so none pays for deleting an old site
            kind = {"emptied": (cache, out), "reused": 0}
        return Variant(command, cwd, **kind)

    # Maven reads .mvn/jvm.config from the folder it runs in (or above): the tuned variant runs in a
    # folder of its own that has one, the others in a folder without.
    variants = {"quizsite": variant("quizsite", base, questions, full=True)}
    if tuned_flags:
        tuned = os.path.join(base, "tuned")
        os.makedirs(os.path.join(tuned, ".mvn"), exist_ok=True)
        with open(os.path.join(tuned, ".mvn", "jvm.config"), "w") as f:
            f.write(tuned_flags + "\n")
        variants["quizsite-tuned"] = variant("quizsite-tuned", tuned, questions, full=True)
    variants["quizsite-cached"] = variant("quizsite-cached", base, questions, warm=True, reused=n)
    variants["quizsite-edited"] = variant("quizsite-edited", base, edited, warm=True, edit=edited, reused=n - 1)
    return variants


def site_plugin_variants(base, project, n):
    """maven-site-plugin's variants for one size (the project gen_course.py --site wrote): the clean
    build (target/ removed), the rebuild of the unchanged pages and the rebuild after one page was
    edited, the last in a copy of the project made afresh here, without its target/."""
    edited = os.path.join(base, "site-edited")
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(project, edited, ignore=lambda folder, names: ["target"] if folder == project else [])

    def variant(folder, **kind):
        return Variant(["mvn", "-o", "-B", "site"], folder, site=os.path.join(folder, "target", "site"), **kind)

    return {"site-plugin": variant(project, emptied=(os.path.join(project, "target"),), rewritten=n + 1),
            "site-plugin-cached": variant(project, warm=True, rewritten=0),
            "site-plugin-edited": variant(edited, warm=True, edit=os.path.join(edited, "src", "site", "markdown"),
                                          rewritten=1)}


def preview(n, edits):
    """The preview's rebuild after one file changed, as incremental/run.sh measures it (in one JVM,
    after a first build; its own course under $TMPDIR): returns {"body": ms, "title": ms}, the medians."""
    stdout = run(["bash", os.path.join(HERE, "incremental", "run.sh"), str(n), str(edits)], ROOT)
    found = dict((kind, int(ms)) for kind, ms in PREVIEW.findall(stdout))
    if set(found) != {"body", "title"}:
        raise SystemExit(f"no 'one file changed, … median X ms' lines in the output of run.sh:\n{stdout[-2000:]}")
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--xmx", default="512m")
    ap.add_argument("--tuned", default="-XX:+UseParallelGC -XX:TieredStopAtLevel=1",
                    help="JVM flags of a second Quizsite variant, in .mvn/jvm.config as a project would set them"
                         " for big courses; empty to leave the variant out")
    ap.add_argument("--site-plugin", action="store_true",
                    help="also time maven-site-plugin 3.21.0 with doxia-module-markdown 2.0.0 (clean, cached, edited)")
    ap.add_argument("--preview", type=int, metavar="EDITS",
                    help="for each size of 1000 or more, also run incremental/run.sh N EDITS once after the rounds")
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "quizsite-bench"))
    args = ap.parse_args()
    env = dict(os.environ, MAVEN_OPTS=f"-Xmx{args.xmx}")
    rows = []
    medians = {}  # (n, tool) -> (wall s, plugin ms)
    previews = {}  # n -> {"body": ms, "title": ms}
    for n in map(int, args.sizes.split(",")):
        base = os.path.join(args.workdir, str(n))
        questions, hugo, project = generate(base, n, args.site_plugin)
        variants = quizsite_variants(base, questions, n, args.tuned)
        hugo_out = os.path.join(base, "out-hugo")
        variants["hugo"] = Variant(["hugo", "--quiet", "-s", hugo, "-d", hugo_out], base, emptied=(hugo_out,))
        variants["maven-start"] = Variant(["mvn", "-o", "-B", HELP], base)
        if args.site_plugin:
            variants.update(site_plugin_variants(base, project, n))
        results = {name: [] for name in variants}
        for round_no in range(args.rounds):  # interleaved, so drift hits every tool alike
            for name, variant in variants.items():
                results[name].append(timed_run(name, n, variant, env, round_no))
        for tool, runs in results.items():
            wall = median(r[0] for r in runs)
            plugin = median(r[2] for r in runs)
            rss = max(r[1] for r in runs)
            medians[(n, tool)] = (wall, plugin)
            rows.append((n, tool, wall, wall / n * 1000, plugin, rss))
            plugin_text = f"plugin {plugin / 1000:7.2f} s" if plugin is not None else " " * 16
            print(f"N={n:>6} {tool:<18} median wall {wall:7.2f} s  {wall / n * 1000:7.3f} ms/question"
                  f"  {plugin_text}  peak RSS {rss:7.0f} MB  (runs: {', '.join(f'{r[0]:.2f}' for r in runs)})",
                  flush=True)
        h = medians[(n, "hugo")][0]
        for name in [name for name in variants if name != "hugo"]:
            wall, plugin = medians[(n, name)]
            plugin_text = f", plugin time {plugin / 1000 / h:.2f}" if plugin is not None else ""
            print(f"N={n:>6} ratio {name}/hugo (Hugo's full build): wall {wall / h:.2f}{plugin_text}", flush=True)
        if args.preview and n >= 1000:
            previews[n] = preview(n, args.preview)
            for kind in ("body", "title"):
                print(f"N={n:>6} preview (incremental/run.sh {n} {args.preview}), one file changed, {kind} edit:"
                      f" median {previews[n][kind]} ms", flush=True)
    print("\n| N | tool | median wall (s) | ms/question | median plugin (ms) | peak RSS (MB) |\n|---|---|---|---|---|---|")
    for n, tool, wall, per, plugin, rss in rows:
        print(f"| {n} | {tool} | {wall:.2f} | {per:.3f} | {'' if plugin is None else f'{plugin:.0f}'} | {rss:.0f} |")
    print_goals(medians, sorted({n for n, _ in medians}), previews)


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def print_goals(medians, sizes, previews):
    """The issue's goals, from this run's medians (wall includes Maven's start-up; plugin is the
    build's own time from its summary line; Hugo's figure is its wall time), and, beside them without
    a verdict, Quizsite's edited build against maven-site-plugin's when that ran."""
    print("\ngoals (this run's medians; 'wall' includes Maven's start-up, 'plugin' is the build's own time):")
    for n in sizes:
        h = medians[(n, "hugo")][0]
        checks = [("edited-one-file build", "quizsite-edited", 0.5)]
        checks += [(f"full build ({name})", name, 1.5) for name in FULL_BUILDS]
        for label, name, limit in checks:
            if (n, name) in medians:
                wall, plugin = medians[(n, name)]
                print(f"  N={n}: {label} / Hugo full build ≤ {limit}: wall {wall / h:.2f} ({met(wall / h, limit)}),"
                      f" plugin {plugin / 1000 / h:.2f} ({met(plugin / 1000 / h, limit)})")
        if (n, "maven-start") in medians:
            start = medians[(n, "maven-start")][0]
            print(f"  N={n}: Maven's start-up with the plugin loaded (help goal, for information): {start:.2f} s"
                  f" = {start / h:.2f}× Hugo's full build")
        if (n, "site-plugin-edited") in medians:
            ours, theirs = medians[(n, "quizsite-edited")][0], medians[(n, "site-plugin-edited")][0]
            print(f"  N={n}: edited-one-file build, quizsite-edited / site-plugin-edited (wall, for information):"
                  f" {ours:.2f} s / {theirs:.2f} s = {ours / theirs:.2f}")
        if n in previews:
            print(f"  N={n}: preview one-file rebuild (body edit) ≤ 50 ms median: {previews[n]['body']} ms"
                  f" ({met(previews[n]['body'], 50)})")
    if 1000 in sizes and 10000 in sizes:
        for name in FULL_BUILDS:
            if (1000, name) in medians and (10000, name) in medians:
                small = medians[(1000, name)][1] / 1000
                big = medians[(10000, name)][1] / 10000
                print(f"  plugin ms/question at 10000 / at 1000 ({name}) ≤ 1.2: {big:.3f} / {small:.3f}"
                      f" = {big / small:.2f} ({met(big / small, 1.2)})")
    else:
        print("  plugin ms/question at 10000 / at 1000 ≤ 1.2: not computed (needs sizes 1000 and 10000)")


def met(value, limit):
    """The verdict on a goal that value must not exceed limit."""
    return "met" if value <= limit else "not met"


if __name__ == "__main__":
    main()
