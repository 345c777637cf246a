"""Smoke test of batch_size_sweep.py: a --device cpu --quick run whose files must be chart data the
plugin reads (the format of dev.quizsite.chart.ChartLoader). Needs PyTorch, torchvision and
scikit-learn; run from the repository root:

    /usr/bin/python3 -m unittest site-src/experiments/test_batch_size_sweep.py -v

Nothing it writes is a result: it all goes to a temporary folder and is deleted.
"""

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "batch_size_sweep.py")
REPO = os.path.dirname(os.path.dirname(HERE))
CHART_SPEC = os.path.join(REPO, "generator/src/main/java/dev/quizsite/chart/ChartSpec.java")

# The plugin's own patterns (ChartLoader.META and ChartLoader.NUMBER).
META = re.compile(r"#\s*([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*?)\s*")
NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")


def java_list(name):
    """A `List.of("a", "b", ...)` constant of ChartSpec.java, so the test follows the plugin."""
    with open(CHART_SPEC, encoding="utf-8") as f:
        source = f.read()
    m = re.search(name + r"\s*=\s*List\.of\((.*?)\);", source, re.S)
    return re.findall(r'"([^"]+)"', m.group(1))


PROVENANCE = java_list("PROVENANCE")
KNOWN = PROVENANCE + java_list("DRAWING")
REQUIRED = java_list("REQUIRED")
# What the issue asks of our own measurements, beyond what the plugin requires.
OURS = ["hardware", "measured", "units", "x-scale", "legend"]


def cells(line):
    return [c.strip() for c in line.split(",")]


def read_chart(path):
    """Reads a data file as ChartLoader does; fails the test on anything the plugin rejects."""
    meta, header, rows = {}, None, []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            m = META.fullmatch(line)
            assert m, f"{path}:{number}: not a `# key: value` line"
            key = m.group(1)
            assert key in KNOWN, f"{path}:{number}: unknown key {key}"
            assert key not in meta, f"{path}:{number}: {key} given twice"
            meta[key] = m.group(2)
        elif header is None:
            header = cells(line)
        else:
            row = cells(line)
            assert len(row) == len(header), f"{path}:{number}: {len(row)} cells, header has {len(header)}"
            rows.append(row)
    return meta, header, rows


class QuickRun(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        missing = [m for m in ("torch", "torchvision", "sklearn") if importlib.util.find_spec(m) is None]
        if missing:
            raise unittest.SkipTest(f"{sys.executable} lacks {', '.join(missing)} (try /usr/bin/python3)")
        cls.tmp = tempfile.TemporaryDirectory(prefix="sweep-smoke-")
        cls.out = cls.tmp.name
        start = time.perf_counter()
        cls.proc = subprocess.run([sys.executable, SCRIPT, "--device", "cpu", "--quick", "--out", cls.out],
                                  capture_output=True, text=True, timeout=600, cwd=REPO)
        cls.seconds = time.perf_counter() - start
        print(f"\n--quick run: {cls.seconds:.1f} s, exit {cls.proc.returncode}", file=sys.stderr)
        if cls.proc.returncode != 0:
            print(cls.proc.stdout, cls.proc.stderr, file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def setUp(self):
        self.assertEqual(self.proc.returncode, 0, self.proc.stderr)
        with open(os.path.join(self.out, "sweep-run.json"), encoding="utf-8") as f:
            self.run_info = json.load(f)

    def csv_files(self):
        return sorted(n for n in os.listdir(self.out) if n.endswith(".csv"))

    def test_the_expected_files_are_written_or_said_to_be_missing(self):
        names = set(self.csv_files())
        for always in ("sweep-throughput.csv", "sweep-generalization.csv", "sweep-gap.csv"):
            self.assertIn(always, names)
        for maybe in ("sweep-time-to-target-scaled", "sweep-time-to-target-unscaled", "sweep-memory"):
            self.assertTrue(maybe + ".csv" in names or maybe in self.run_info["not_written"], maybe)
        self.assertEqual(names, {f for f in self.run_info["files"].values()})
        # On a CPU, memory is not measured, so its chart is not written.
        self.assertNotIn("sweep-memory.csv", names)

    def test_every_file_is_chart_data_the_plugin_accepts(self):
        for name in self.csv_files():
            with self.subTest(file=name):
                check_chart(self, os.path.join(self.out, name))

    def test_smoke_output_says_it_is_not_a_result(self):
        for name in self.csv_files():
            meta, _, _ = read_chart(os.path.join(self.out, name))
            self.assertIn("SMOKE TEST", meta.get("note", ""), name)
            self.assertIn("CPU only", meta["hardware"], name)

    def test_generalization_rows(self):
        meta, header, rows = read_chart(os.path.join(self.out, "sweep-generalization.csv"))
        n_train = self.run_info["generalization"]["n_train"]
        sizes = [int(r[header.index("batch_size")]) for r in rows]
        self.assertEqual(sizes[0], 8)
        self.assertEqual(sizes[-1], n_train)  # 2048 and 4096 are capped to one full batch
        self.assertIn(f"run as {n_train}", meta["measured"])
        seeds = self.run_info["config"]["seeds"]
        self.assertTrue(all(int(r[header.index("seeds")]) == seeds for r in rows))
        for column in ("scaled_test_acc_pct", "unscaled_test_acc_pct"):
            for r in rows:
                self.assertTrue(0 <= float(r[header.index(column)]) <= 100)

    def test_run_json_has_environment_command_and_every_seed(self):
        info = self.run_info
        self.assertTrue(info["quick_smoke_test"])
        self.assertIn("batch_size_sweep.py", info["command"])
        self.assertIn("--quick", info["command"])
        env = info["environment"]
        for key in ("python", "torch", "torchvision", "sklearn", "cpu_model", "gpu_name", "nvidia_driver",
                    "torch_version_cuda"):
            self.assertIn(key, env)
        gen = info["generalization"]
        per_config = len(gen["run_as"]) * 2
        self.assertEqual(len(gen["runs"]), info["config"]["seeds"] * per_config)
        for r in gen["runs"]:
            self.assertEqual(len(r["test_acc_per_epoch"]), r["epochs_run"])
        self.assertGreaterEqual(len(info["throughput"]["rows"]), 1)


def check_chart(test, path):
    meta, header, rows = read_chart(path)
    for key in REQUIRED + OURS:
        test.assertTrue(meta.get(key), f"missing `# {key}:`")
    test.assertEqual(meta["source"], "our measurement: site-src/experiments/batch_size_sweep.py")
    test.assertTrue(meta["url"].startswith("https://"))
    test.assertIn(meta["chart"], ("line", "bars"))
    test.assertEqual(meta["x-scale"], "log2")
    test.assertTrue(header and rows)
    ys = cells(meta["y"])
    errors = cells(meta["error"]) if meta.get("error") else []
    legend = cells(meta["legend"])
    test.assertEqual(len(legend), len(ys))
    test.assertIn(len(errors), (0, len(ys)))
    for column in [meta["x"]] + ys + errors:
        test.assertIn(column, header)
        for row in rows:
            cell = row[header.index(column)]
            test.assertTrue(NUMBER.fullmatch(cell), f"{column}: {cell!r} is not a plain number")
    xs = [float(row[header.index(meta["x"])]) for row in rows]
    test.assertTrue(all(x > 0 for x in xs))
    test.assertEqual(xs, sorted(set(xs)), "batch sizes must increase")


class SimulatedGpuPaths(unittest.TestCase):
    """The out-of-memory stop and the GPU memory chart, without a GPU: the error is raised by a stand-in
    and the memory figures are placeholders, checked for their format only, in a temporary folder."""

    def setUp(self):
        if importlib.util.find_spec("torch") is None:
            self.skipTest(f"{sys.executable} lacks torch (try /usr/bin/python3)")
        spec = importlib.util.spec_from_file_location("batch_size_sweep", SCRIPT)
        self.sweep = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.sweep)
        self.args = self.sweep.parse_args(["--device", "cpu", "--quick", "--max-batch", "64"])

    def test_out_of_memory_stops_the_sweep_and_is_recorded(self):
        def fake(batch, args, device):
            if batch >= 32:
                raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB (simulated)")
            return 0.5, 2.3

        self.sweep.throughput_one = fake
        import torch

        result = self.sweep.run_throughput(self.args, torch.device("cpu"), time.perf_counter() + 60, {})
        self.assertEqual([r["batch_size"] for r in result["rows"]], [8, 16])
        self.assertEqual(result["first_oom_batch_size"], 32)
        self.assertEqual(result["stopped"]["reason"], "out of memory")

    def test_gpu_files_are_chart_data_the_plugin_accepts(self):
        env = {"device": "cuda:0", "gpu_name": "placeholder", "gpu_memory_total_mib": 1, "nvidia_driver": "n/a",
               "torch_version_cuda": "n/a", "cudnn": "n/a", "torch": "n/a", "cpu_model": "n/a"}
        rows = [{"batch_size": b, "samples_per_s": 1.0, "step_time_ms": 1.0, "peak_mem_allocated_mib": 1.0,
                 "peak_mem_reserved_mib": 1.0} for b in (8, 16)]
        data = {"rows": rows, "first_oom_batch_size": 32, "stopped": {"reason": "out of memory", "batch_size": 32}}
        with tempfile.TemporaryDirectory(prefix="sweep-format-") as out:
            written, skipped = self.sweep.throughput_charts(data, self.args, env, out, "now", "cmd")
            self.assertEqual(set(written), {"sweep-throughput", "sweep-memory"})
            for name in written.values():
                check_chart(self, os.path.join(out, name))
            meta, header, _ = read_chart(os.path.join(out, "sweep-memory.csv"))
            self.assertIn("batch size 32 ran out of GPU memory", meta["measured"])
            self.assertIn("peak_mem_allocated_mib", header)


if __name__ == "__main__":
    unittest.main()
