#!/usr/bin/env python3
"""Batch-size sweep: throughput and memory of ResNet-18, generalization of an MLP on digits.

Two experiments, each written as chart data files in the Quizsite format (``# key: value`` lines,
then a CSV header and rows; see the README's "Charts" and ``dev.quizsite.chart.ChartLoader``):

1. Throughput and memory: torchvision's ResNet-18 (random weights, 10 classes) trained with SGD on
   random tensors, a fixed number of steps per batch size, from 8 doubling up to the first batch
   size that does not fit (out of memory) or ``--max-batch``. Samples per second are timed after
   warm-up steps with ``time.perf_counter`` around synchronised steps; peak GPU memory is
   ``torch.cuda.max_memory_allocated`` with the peak reset per batch size. On a CPU memory is not
   measured (no per-batch-size peak is available), and the memory chart is not written.
2. Generalization: scikit-learn's digits (shipped with the package, nothing is downloaded), a small
   MLP, batch sizes 8 ... 4096 doubling (sizes above the training set are run as one full batch,
   and the file says so), several seeds, a fixed epoch budget, two series: the learning rate scaled
   linearly with the batch size after a short linear warm-up, and the unscaled learning rate. Test
   accuracy, the train-test gap and the time (epochs, optimizer steps, seconds) to a target test
   accuracy.

Everything measured, the environment and the exact command go to ``sweep-run.json`` as well.
Nothing here estimates or fills in a value: what was not measured is absent and said so.
"""

import argparse
import datetime
import gc
import json
import math
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time

import torch
import torch.nn as nn

SCRIPT = "site-src/experiments/batch_size_sweep.py"
SOURCE = "our measurement: " + SCRIPT
# The plugin requires an https:// `url` for every chart; the script has no public address of its
# own, so each file links the documentation of the model or data set it measured (override: --url).
URL_RESNET = "https://pytorch.org/vision/stable/models/generated/torchvision.models.resnet18.html"
URL_DIGITS = "https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_digits.html"

OOM_ERROR = getattr(torch.cuda, "OutOfMemoryError", None)  # torch >= 1.13; a RuntimeError subclass


def is_oom(error):
    if OOM_ERROR is not None and isinstance(error, OOM_ERROR):
        return True
    return isinstance(error, RuntimeError) and "out of memory" in str(error).lower()


# ---------------------------------------------------------------------------------------------
# Environment


def run_quiet(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "n/a"


def version_of(module):
    try:
        return __import__(module).__version__
    except Exception:  # noqa: BLE001 - a missing package is reported, not fatal
        return "n/a"


def environment(device):
    env = {
        "python": sys.version.split()[0],
        "python_executable": sys.executable,
        "platform": platform.platform(),
        "cpu_model": cpu_model(),
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "torch": torch.__version__,
        "torchvision": version_of("torchvision"),
        "sklearn": version_of("sklearn"),
        "numpy": version_of("numpy"),
        "torch_version_cuda": torch.version.cuda or "n/a",
        "cudnn": str(torch.backends.cudnn.version()) if torch.backends.cudnn.is_available() else "n/a",
        "cudnn_allow_tf32": bool(torch.backends.cudnn.allow_tf32),
        "cuda_matmul_allow_tf32": bool(torch.backends.cuda.matmul.allow_tf32),
        "device": str(device),
        "gpu_name": "n/a",
        "gpu_memory_total_mib": "n/a",
        "nvidia_driver": "n/a",
        "nvidia_smi": "n/a",
    }
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        env["gpu_name"] = props.name
        env["gpu_memory_total_mib"] = round(props.total_memory / 2**20)
    smi = run_quiet(["nvidia-smi", "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader"])
    if smi:
        env["nvidia_smi"] = smi
        parts = [p.strip() for p in smi.splitlines()[0].split(",")]
        if len(parts) >= 2:
            env["nvidia_driver"] = parts[1]
    return env


def hardware_line(env):
    if env["device"].startswith("cuda"):
        return (f"{env['gpu_name']} ({env['gpu_memory_total_mib']} MiB; NVIDIA driver {env['nvidia_driver']}; "
                f"CUDA {env['torch_version_cuda']}; cuDNN {env['cudnn']}); PyTorch {env['torch']}; "
                f"host CPU {env['cpu_model']}")
    return (f"CPU only, no GPU: {env['cpu_model']} ({env['cpu_count']} cores, {env['torch_threads']} PyTorch "
            f"threads); PyTorch {env['torch']}")


# ---------------------------------------------------------------------------------------------
# Chart files


def fmt(value, digits=4):
    """A plain decimal the plugin accepts (no NaN, no inf, no exponent surprises)."""
    if isinstance(value, int):
        return str(value)
    if value is None or not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    return f"{value:.{digits}f}"


def clean(text):
    """Values of `# key: value` lines are one line; legends and columns may not hold commas."""
    return " ".join(str(text).split())


def write_chart(path, meta, header, rows):
    for key in ("y", "error", "legend"):
        if key in meta:
            assert all(part.strip() for part in meta[key].split(",")), key
    for row in rows:
        assert len(row) == len(header), (row, header)
        assert all("," not in cell and "\n" not in cell for cell in row), row
    with open(path, "w", encoding="utf-8") as f:
        for key, value in meta.items():
            f.write(f"# {key}: {clean(value)}\n")
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")


def tf32(env):
    if not env["device"].startswith("cuda"):
        return ""
    return (" (PyTorch defaults: TF32 "
            + ("allowed" if env.get("cudnn_allow_tf32") else "not allowed") + " for cuDNN convolutions and "
            + ("allowed" if env.get("cuda_matmul_allow_tf32") else "not allowed") + " for matmuls)")


def error_text(data):
    return f"; the sweep ended early with an error: {data['error']}" if data.get("error") else ""


def mean_sd(values):
    values = list(values)
    mean = statistics.fmean(values)
    sd = statistics.stdev(values) if len(values) >= 2 else 0.0
    return mean, sd


# ---------------------------------------------------------------------------------------------
# 1. Throughput and memory


def sync(device):
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def resnet18():
    import torchvision

    try:
        return torchvision.models.resnet18(weights=None, num_classes=10)
    except TypeError:  # torchvision < 0.13
        return torchvision.models.resnet18(pretrained=False, num_classes=10)


def throughput_one(batch, args, device):
    """Trains a fresh ResNet-18 for warm-up + measured steps at one batch size."""
    torch.manual_seed(0)
    model = resnet18().to(device)
    model.train()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
    loss_fn = nn.CrossEntropyLoss()
    x = torch.randn(batch, 3, args.image_size, args.image_size, device=device)
    y = torch.randint(0, 10, (batch,), device=device)

    def step():
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        return loss

    for _ in range(args.warmup_steps):
        step()
    sync(device)
    start = time.perf_counter()
    for _ in range(args.steps):
        loss = step()
    sync(device)
    seconds = time.perf_counter() - start
    final_loss = float(loss.detach())
    return seconds, final_loss


def run_throughput(args, device, deadline, result):
    """Fills ``result`` as it goes, so that an unexpected error leaves what was measured."""
    results = result.setdefault("rows", [])
    result["first_oom_batch_size"] = None
    result["stopped"] = stop = {"reason": "reached --max-batch", "batch_size": None}
    batch = 8
    last_step_s = None
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True
    while batch <= args.max_batch:
        left = deadline - time.perf_counter()
        if last_step_s is not None:
            # The next size needs about twice the last step time per step; stop before the budget runs out.
            expected = 2 * last_step_s * (args.warmup_steps + args.steps) + 5
            if expected > left:
                stop = {"reason": f"time budget: about {expected:.0f} s needed, {left:.0f} s left",
                        "batch_size": batch}
                result["stopped"] = stop
                break
        error = None
        if device.type == "cuda":
            gc.collect()
            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats(device)
        try:
            seconds, final_loss = throughput_one(batch, args, device)
        except RuntimeError as e:  # OutOfMemoryError is a RuntimeError
            error = ("oom" if is_oom(e) else "error", str(e).splitlines()[0][:300])
        if error is not None:
            # Outside the except block, so that the traceback no longer holds the tensors.
            gc.collect()
            if device.type == "cuda":
                torch.cuda.empty_cache()
            if error[0] == "oom":
                result["first_oom_batch_size"] = batch
                stop = {"reason": "out of memory", "batch_size": batch, "message": error[1]}
            else:
                stop = {"reason": "error (not out of memory)", "batch_size": batch, "message": error[1]}
            result["stopped"] = stop
            break
        row = {
            "batch_size": batch,
            "steps": args.steps,
            "warmup_steps": args.warmup_steps,
            "seconds": seconds,
            "samples_per_s": batch * args.steps / seconds,
            "step_time_ms": 1000 * seconds / args.steps,
            "final_loss": final_loss,
        }
        if device.type == "cuda":
            row["peak_mem_allocated_mib"] = torch.cuda.max_memory_allocated(device) / 2**20
            row["peak_mem_reserved_mib"] = torch.cuda.max_memory_reserved(device) / 2**20
        results.append(row)
        last_step_s = seconds / args.steps
        print(f"throughput batch {batch}: {row['samples_per_s']:.1f} samples/s"
              + (f", peak {row['peak_mem_allocated_mib']:.0f} MiB" if "peak_mem_allocated_mib" in row else ""),
              flush=True)
        batch *= 2
    if device.type == "cuda":
        gc.collect()
        torch.cuda.empty_cache()
    return result


def throughput_charts(data, args, env, out, stamp, command):
    rows = data["rows"]
    written = {}
    if not rows:
        return written, {"sweep-throughput": "no batch size completed", "sweep-memory": "no batch size completed"}
    cuda = env["device"].startswith("cuda")
    stop = data["stopped"]
    if data["first_oom_batch_size"] is not None:
        limit = f"batch size {data['first_oom_batch_size']} ran out of GPU memory; the largest that fit is {rows[-1]['batch_size']}"
    else:
        limit = (f"no out-of-memory error up to batch size {rows[-1]['batch_size']}; the sweep stopped at batch size "
                 f"{stop['batch_size']}: {stop['reason']}" if stop["batch_size"] else
                 f"no out-of-memory error up to batch size {rows[-1]['batch_size']} (--max-batch {args.max_batch})")
    common = {
        "source": SOURCE,
        "url": args.url or URL_RESNET,
        "hardware": hardware_line(env),
        "measured": (f"{stamp}: torchvision ResNet-18 (random weights; 10 classes) trained with SGD "
                     f"(momentum 0.9) on random float32 {args.image_size}x{args.image_size} tensors"
                     f"{tf32(env)}; per batch size "
                     f"a fresh model; {args.warmup_steps} warm-up steps then {args.steps} timed steps "
                     f"(time.perf_counter around synchronised steps); {limit}{error_text(data)}; command: {command}"),
    }
    header = ["batch_size", "samples_per_s", "step_time_ms"]
    if cuda:
        header += ["peak_mem_allocated_mib", "peak_mem_reserved_mib"]
    table = []
    for r in rows:
        cells = [fmt(r["batch_size"]), fmt(r["samples_per_s"], 1), fmt(r["step_time_ms"], 3)]
        if cuda:
            cells += [fmt(r["peak_mem_allocated_mib"], 1), fmt(r["peak_mem_reserved_mib"], 1)]
        table.append(cells)
    note = "memory: peak of torch.cuda.max_memory_allocated per batch size (reset before each)" if cuda else \
        "memory not measured: run on a CPU (no per-batch-size peak is available there)"
    if args.quick:
        note = "SMOKE TEST (--quick) - not a result; " + note
    meta = dict(common)
    meta.update({
        "units": "batch_size in samples; samples_per_s in training samples per second; step_time_ms in milliseconds"
                 + ("; peak_mem_*_mib in MiB (2^20 bytes)" if cuda else ""),
        "note": note,
        "chart": "line",
        "title": f"ResNet-18 training throughput vs. batch size ({args.image_size}x{args.image_size} inputs)",
        "x": "batch_size",
        "x-label": "Batch size (samples; log2 scale)",
        "x-scale": "log2",
        "y": "samples_per_s",
        "legend": "Training throughput",
        "y-label": "Throughput (samples/s)",
    })
    write_chart(os.path.join(out, "sweep-throughput.csv"), meta, header, table)
    written["sweep-throughput"] = "sweep-throughput.csv"
    skipped = {}
    if cuda:
        meta = dict(common)
        meta.update({
            "units": "batch_size in samples; peak_mem_allocated_mib and peak_mem_reserved_mib in MiB (2^20 bytes)",
            "note": ("SMOKE TEST (--quick) - not a result; " if args.quick else "")
                    + f"GPU memory in total: {env['gpu_memory_total_mib']} MiB",
            "chart": "line",
            "title": f"ResNet-18 peak GPU memory vs. batch size ({args.image_size}x{args.image_size} inputs)",
            "x": "batch_size",
            "x-label": "Batch size (samples; log2 scale)",
            "x-scale": "log2",
            "y": "peak_mem_allocated_mib",
            "legend": "Peak memory allocated by tensors",
            "y-label": "Peak GPU memory (MiB)",
        })
        mem_header = ["batch_size", "peak_mem_allocated_mib", "peak_mem_reserved_mib"]
        mem_rows = [[fmt(r["batch_size"]), fmt(r["peak_mem_allocated_mib"], 1), fmt(r["peak_mem_reserved_mib"], 1)]
                    for r in rows]
        write_chart(os.path.join(out, "sweep-memory.csv"), meta, mem_header, mem_rows)
        written["sweep-memory"] = "sweep-memory.csv"
    else:
        skipped["sweep-memory"] = "memory is not measured on a CPU"
    return written, skipped


# ---------------------------------------------------------------------------------------------
# 2. Generalization


def digits(device):
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    x, y = load_digits(return_X_y=True)
    x_train, x_test, y_train, y_test = train_test_split(x, y, test_size=0.25, random_state=0, stratify=y)
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0) + 1e-6  # some border pixels are always 0
    as_x = lambda a: torch.tensor((a - mean) / std, dtype=torch.float32, device=device)  # noqa: E731
    as_y = lambda a: torch.tensor(a, dtype=torch.long, device=device)  # noqa: E731
    return as_x(x_train), as_y(y_train), as_x(x_test), as_y(y_test)


def mlp(hidden):
    return nn.Sequential(nn.Linear(64, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(),
                         nn.Linear(hidden, 10))


def accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        correct = (model(x).argmax(dim=1) == y).sum().item()
    model.train()
    return correct / len(y)


def train_one(data, batch, scaled, seed, args, device):
    """One run: returns final accuracies, per-epoch test accuracy and the time to the target."""
    x_train, y_train, x_test, y_test = data
    n = len(y_train)
    torch.manual_seed(seed)
    model = mlp(args.hidden).to(device)
    target_lr = args.ref_lr * batch / args.ref_batch if scaled else args.ref_lr
    optimizer = torch.optim.SGD(model.parameters(), lr=args.ref_lr, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    shuffle = torch.Generator().manual_seed(1000 + seed)
    steps_per_epoch = math.ceil(n / batch)
    warmup_steps = round(args.warmup_epochs * steps_per_epoch) if scaled and target_lr != args.ref_lr else 0
    step = 0
    train_seconds = 0.0
    curve = []
    reached = None
    diverged = False
    for epoch in range(1, args.epochs + 1):
        sync(device)
        start = time.perf_counter()
        order = torch.randperm(n, generator=shuffle).to(device)
        for i in range(0, n, batch):
            # Linear warm-up from the reference rate to the scaled rate, then constant.
            lr = (args.ref_lr + (target_lr - args.ref_lr) * min(1.0, (step + 1) / warmup_steps)
                  if warmup_steps else target_lr)
            for group in optimizer.param_groups:
                group["lr"] = lr
            idx = order[i:i + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(x_train[idx]), y_train[idx])
            loss.backward()
            optimizer.step()
            step += 1
        sync(device)
        train_seconds += time.perf_counter() - start
        if not math.isfinite(float(loss.detach())):
            diverged = True
        test_acc = accuracy(model, x_test, y_test)
        curve.append(test_acc)
        if reached is None and test_acc >= args.target:
            reached = {"epoch": epoch, "steps": step, "train_seconds": train_seconds}
        if diverged:
            break  # the weights are not finite any more; later epochs cannot change that
    return {
        "batch_size": batch,
        "scaled": scaled,
        "seed": seed,
        "lr": target_lr,
        "warmup_steps": warmup_steps,
        "epochs_run": len(curve),
        "steps": step,
        "train_seconds": train_seconds,
        "diverged": diverged,
        "train_acc": accuracy(model, x_train, y_train),
        "test_acc": curve[-1],
        "test_acc_per_epoch": curve,
        "target_reached": reached,
    }


def run_generalization(args, device, deadline, result):
    """Fills ``result`` as it goes, so that an unexpected error leaves the runs that finished."""
    data = digits(device)
    n_train = len(data[1])
    requested = []
    b = 8
    while b <= args.max_gen_batch:
        requested.append(b)
        b *= 2
    effective = {}
    for b in requested:
        effective.setdefault(min(b, n_train), []).append(b)
    sizes = sorted(effective)
    result.update({
        "n_train": n_train,
        "n_test": len(data[3]),
        "requested_batch_sizes": requested,
        "run_as": {str(k): v for k, v in effective.items()},
        "runs": [],
        "stopped": None,
    })
    runs = result["runs"]
    stop = None
    last_time = {}
    for seed in range(args.seeds):  # seeds outermost: a budget stop leaves every batch size with fewer seeds
        for batch in sizes:
            for scaled in (True, False):
                left = deadline - time.perf_counter()
                expected = last_time.get((batch, scaled), 0.0) * 1.5 + 1
                if expected > left:
                    stop = {"reason": f"time budget: about {expected:.1f} s needed, {left:.1f} s left",
                            "seed": seed, "batch_size": batch, "scaled": scaled}
                    result["stopped"] = stop
                    break
                t0 = time.perf_counter()
                runs.append(train_one(data, batch, scaled, seed, args, device))
                last_time[(batch, scaled)] = time.perf_counter() - t0
            if stop:
                break
        print(f"generalization seed {seed}: done" if not stop else f"generalization stopped: {stop['reason']}",
              flush=True)
        if stop:
            break
    return result


def generalization_charts(data, args, env, out, stamp, command):
    written, skipped = {}, {}
    runs = data["runs"]
    n_train = data["n_train"]
    # Each batch size is charted over the seeds that finished in both series (a budget stop can leave
    # one series a seed ahead); a batch size without such a seed has no row.
    seeds_of = {}
    for r in runs:
        seeds_of.setdefault((r["batch_size"], r["scaled"]), set()).add(r["seed"])
    both = {b: seeds_of.get((b, True), set()) & seeds_of.get((b, False), set()) for b, _ in seeds_of}
    by = {}
    for r in runs:
        if r["seed"] in both[r["batch_size"]]:
            by.setdefault((r["batch_size"], r["scaled"]), []).append(r)
    sizes = sorted(b for b in both if both[b])
    if not sizes:
        return written, {k: "no complete run" for k in
                         ("sweep-generalization", "sweep-gap", "sweep-time-to-target-scaled",
                          "sweep-time-to-target-unscaled")}
    capped = [f"{'/'.join(map(str, v))} run as {k}" for k, v in data["run_as"].items()
              if [int(k)] != v]
    capped_text = (f"batch sizes above the {n_train} training samples are run as one full batch of {n_train} "
                   f"({'; '.join(capped)})") if capped else "no batch size exceeds the training set"
    seeds = sorted({len(by[(b, True)]) for b in sizes})
    seeds_text = f"{seeds[0]} seeds per point" if len(seeds) == 1 else f"{seeds[0]}-{seeds[-1]} seeds per point"
    if seeds[0] == 1:
        seeds_text += " (a point with one seed has sd 0)"
    stop = data["stopped"]
    stop_text = f"; stopped early ({stop['reason']}) before seed {stop['seed']} batch size {stop['batch_size']}" \
        if stop else ""
    diverged = sum(r["diverged"] for r in runs)
    common = {
        "source": SOURCE,
        "url": args.url or URL_DIGITS,
        "hardware": hardware_line(env),
        "measured": (f"{stamp}: scikit-learn digits (8x8 images; {n_train} train / {data['n_test']} test; stratified "
                     f"split seed 0) with an MLP 64-{args.hidden}-{args.hidden}-10 and SGD (momentum 0.9) for "
                     f"{args.epochs} epochs; scaled series: learning rate {args.ref_lr} x batch/{args.ref_batch} "
                     f"reached by a linear warm-up over {args.warmup_epochs} epochs then constant; unscaled series: "
                     f"{args.ref_lr} throughout; {seeds_text} (mean and sample standard deviation); {capped_text}; "
                     f"{diverged} runs diverged (loss not finite; training stopped and the accuracy of their last "
                     f"weights kept){stop_text}{error_text(data)}; command: {command}"),
    }
    smoke = "SMOKE TEST (--quick) - not a result" if args.quick else None

    def pct(values):
        return mean_sd(100 * v for v in values)

    lr_cells = lambda b: [fmt(args.ref_lr * b / args.ref_batch, 5), fmt(args.ref_lr, 5)]  # noqa: E731
    header = ["batch_size", "seeds", "lr_scaled", "lr_unscaled", "scaled_test_acc_pct", "scaled_test_acc_sd",
              "unscaled_test_acc_pct", "unscaled_test_acc_sd", "scaled_diverged", "unscaled_diverged"]
    rows = []
    for b in sizes:
        s, u = by[(b, True)], by[(b, False)]
        sm, ssd = pct(r["test_acc"] for r in s)
        um, usd = pct(r["test_acc"] for r in u)
        rows.append([fmt(b), fmt(len(s))] + lr_cells(b) + [fmt(sm, 2), fmt(ssd, 2), fmt(um, 2), fmt(usd, 2),
                                                           fmt(sum(r["diverged"] for r in s)),
                                                           fmt(sum(r["diverged"] for r in u))])
    meta = dict(common)
    meta.update({
        "units": "batch_size in samples; accuracies and their standard deviations in percent; lr per step",
        **({"note": smoke} if smoke else {}),
        "chart": "line",
        "title": f"Digits MLP: test accuracy after {args.epochs} epochs vs. batch size",
        "x": "batch_size",
        "x-label": "Batch size (samples; log2 scale)",
        "x-scale": "log2",
        "y": "scaled_test_acc_pct, unscaled_test_acc_pct",
        "error": "scaled_test_acc_sd, unscaled_test_acc_sd",
        "legend": f"LR scaled with batch size (warm-up), LR fixed at {args.ref_lr}",
        "y-label": "Test accuracy (%)",
    })
    write_chart(os.path.join(out, "sweep-generalization.csv"), meta, header, rows)
    written["sweep-generalization"] = "sweep-generalization.csv"

    header = ["batch_size", "seeds", "scaled_gap_pp", "scaled_gap_sd", "unscaled_gap_pp", "unscaled_gap_sd",
              "scaled_train_acc_pct", "unscaled_train_acc_pct"]
    rows = []
    for b in sizes:
        s, u = by[(b, True)], by[(b, False)]
        sg, sgsd = pct(r["train_acc"] - r["test_acc"] for r in s)
        ug, ugsd = pct(r["train_acc"] - r["test_acc"] for r in u)
        rows.append([fmt(b), fmt(len(s)), fmt(sg, 2), fmt(sgsd, 2), fmt(ug, 2), fmt(ugsd, 2),
                     fmt(pct(r["train_acc"] for r in s)[0], 2), fmt(pct(r["train_acc"] for r in u)[0], 2)])
    meta = dict(common)
    meta.update({
        "units": "batch_size in samples; gap = train accuracy minus test accuracy in percentage points; "
                 "train accuracies in percent",
        **({"note": smoke} if smoke else {}),
        "chart": "line",
        "title": f"Digits MLP: train-test accuracy gap after {args.epochs} epochs vs. batch size",
        "x": "batch_size",
        "x-label": "Batch size (samples; log2 scale)",
        "x-scale": "log2",
        "y": "scaled_gap_pp, unscaled_gap_pp",
        "error": "scaled_gap_sd, unscaled_gap_sd",
        "legend": f"LR scaled with batch size (warm-up), LR fixed at {args.ref_lr}",
        "y-label": "Train minus test accuracy (percentage points)",
    })
    write_chart(os.path.join(out, "sweep-gap.csv"), meta, header, rows)
    written["sweep-gap"] = "sweep-gap.csv"

    for scaled, name in ((True, "scaled"), (False, "unscaled")):
        key = f"sweep-time-to-target-{name}"
        rows, missing = [], []
        for b in sizes:
            rs = by[(b, scaled)]
            hit = [r["target_reached"] for r in rs if r["target_reached"]]
            if len(hit) < len(rs):
                missing.append(f"{b} ({len(hit)} of {len(rs)})")
                continue
            em, esd = mean_sd(h["epoch"] for h in hit)
            tm, tsd = mean_sd(h["train_seconds"] for h in hit)
            st, _ = mean_sd(h["steps"] for h in hit)
            rows.append([fmt(b), fmt(len(rs)), fmt(em, 2), fmt(esd, 2), fmt(st, 1), fmt(tm, 3), fmt(tsd, 3)])
        not_reached = ("target not reached by every seed within the epoch budget at batch sizes " + "; ".join(missing)
                       + " (seeds reaching it in parentheses); those batch sizes have no row") if missing else \
            "every seed reached the target at every batch size"
        if not rows:
            skipped[key] = not_reached
            continue
        meta = dict(common)
        meta.update({
            "units": "batch_size in samples; epochs_to_target in epochs (test accuracy checked after each epoch); "
                     "steps_to_target in optimizer steps; train_s_to_target in seconds of training (evaluation "
                     "excluded) on the hardware named",
            "note": (smoke + "; " if smoke else "") + not_reached,
            "chart": "line",
            "title": (f"Digits MLP ({'LR scaled with batch size' if scaled else f'LR fixed at {args.ref_lr}'}): "
                      f"epochs to {100 * args.target:g} % test accuracy"),
            "x": "batch_size",
            "x-label": "Batch size (samples; log2 scale)",
            "x-scale": "log2",
            "y": "epochs_to_target",
            "error": "epochs_to_target_sd",
            "legend": f"Epochs to {100 * args.target:g} % test accuracy",
            "y-label": "Epochs to target",
        })
        header = ["batch_size", "seeds", "epochs_to_target", "epochs_to_target_sd", "steps_to_target",
                  "train_s_to_target", "train_s_to_target_sd"]
        write_chart(os.path.join(out, key + ".csv"), meta, header, rows)
        written[key] = key + ".csv"
    return written, skipped


# ---------------------------------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("--device", default="auto", help="auto, cuda, cuda:N or cpu")
    p.add_argument("--quick", action="store_true",
                   help="tiny configuration for a CPU smoke test (its files say SMOKE TEST; not results)")
    p.add_argument("--out", default="sweep-out", help="folder for the CSV files and sweep-run.json")
    p.add_argument("--budget-seconds", type=float, default=None,
                   help="time for both experiments (default 420, --quick 120); when it runs out no larger batch "
                        "size or further seed is started, and the files say so")
    p.add_argument("--throughput-share", type=float, default=0.45,
                   help="share of the budget kept for the throughput sweep, which runs second")
    p.add_argument("--skip-throughput", action="store_true")
    p.add_argument("--skip-generalization", action="store_true")
    p.add_argument("--image-size", type=int, default=None, help="ResNet-18 input size (default 64, --quick 32)")
    p.add_argument("--warmup-steps", type=int, default=None, help="untimed steps per batch size (default 5, --quick 1)")
    p.add_argument("--steps", type=int, default=None, help="timed steps per batch size (default 10, --quick 2)")
    p.add_argument("--max-batch", type=int, default=None,
                   help="largest ResNet batch size tried (default 262144, --quick 32)")
    p.add_argument("--max-gen-batch", type=int, default=4096, help="largest MLP batch size requested")
    p.add_argument("--seeds", type=int, default=None, help="seeds per batch size and series (default 5, --quick 2)")
    p.add_argument("--epochs", type=int, default=None, help="epoch budget of every MLP run (default 40, --quick 3)")
    p.add_argument("--warmup-epochs", type=float, default=None,
                   help="linear learning-rate warm-up of the scaled series (default 2, --quick 1)")
    p.add_argument("--ref-batch", type=int, default=8, help="batch size at which both series use --ref-lr")
    p.add_argument("--ref-lr", type=float, default=0.01, help="learning rate at --ref-batch")
    p.add_argument("--hidden", type=int, default=128, help="MLP hidden width")
    p.add_argument("--target", type=float, default=None,
                   help="target test accuracy, a fraction (default 0.95, --quick 0.8)")
    p.add_argument("--url", default=None, help="https:// address for the files' `url` line "
                                               "(default: the model's or data set's documentation)")
    args = p.parse_args(argv)
    quick = args.quick
    defaults = {
        "budget_seconds": (120, 420), "image_size": (32, 64), "warmup_steps": (1, 5), "steps": (2, 10),
        "max_batch": (32, 262144), "seeds": (2, 5), "epochs": (3, 40), "warmup_epochs": (1, 2),
        "target": (0.8, 0.95),
    }
    for name, (q, full) in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, q if quick else full)
    if args.url is not None and not args.url.startswith("https://"):
        p.error("--url must be an https:// address (the plugin rejects anything else)")
    return args


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    started = time.perf_counter()
    deadline = started + args.budget_seconds
    if args.device == "auto":
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    else:
        device = torch.device(args.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        sys.exit("--device cuda given, but torch.cuda.is_available() is False")
    os.makedirs(args.out, exist_ok=True)
    command = shlex.join([sys.executable, sys.argv[0]] + argv)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    env = environment(device)
    run = {
        "script": SCRIPT,
        "command": command,
        "argv": [sys.executable, sys.argv[0]] + argv,
        "started_utc": stamp,
        "quick_smoke_test": args.quick,
        "config": vars(args),
        "environment": env,
        "files": {},
        "not_written": {},
    }
    out_json = os.path.join(args.out, "sweep-run.json")

    def save():
        run["elapsed_seconds"] = time.perf_counter() - started
        with open(out_json, "w", encoding="utf-8") as f:
            json.dump(run, f, indent=1)

    # The generalization sweep runs first: the throughput sweep pushes the GPU to its memory limit,
    # and an error there must not cost the other experiment. Each phase keeps what it measured if it fails.
    phases = []
    if not args.skip_generalization:
        gen_deadline = deadline if args.skip_throughput else \
            min(deadline, started + (1 - args.throughput_share) * args.budget_seconds)
        phases.append(("generalization", lambda r: run_generalization(args, device, gen_deadline, r),
                       generalization_charts))
    if not args.skip_throughput:
        phases.append(("throughput", lambda r: run_throughput(args, device, deadline, r), throughput_charts))
    for name, measure, charts in phases:
        t0 = time.perf_counter()
        result = run[name] = {}
        try:
            measure(result)
        except Exception as e:  # noqa: BLE001 - recorded, and the files say what was measured
            result["error"] = f"{type(e).__name__}: {e}"
            print(f"{name} failed: {result['error']}", file=sys.stderr, flush=True)
        result["seconds"] = time.perf_counter() - t0
        if "error" not in result or result.get("rows") or result.get("runs"):
            written, skipped = charts(result, args, env, args.out, stamp, command)
            run["files"].update(written)
            run["not_written"].update(skipped)
        save()
    save()
    print(f"wrote {', '.join(sorted(run['files'].values()))} and sweep-run.json to {args.out} "
          f"in {run['elapsed_seconds']:.1f} s", flush=True)
    for name, why in sorted(run["not_written"].items()):
        print(f"not written: {name}.csv ({why})", flush=True)


if __name__ == "__main__":
    main()
