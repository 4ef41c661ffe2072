"""The README's worked example, from a real run on the bundled samples:

    python -m bench.readme            # print the block
    python -m bench.readme --write    # and rewrite it in README.md

Each command runs as a user types it, in a scratch folder holding a copy of
data/samples and a fresh store, and its output (what it prints to stdout,
then to stderr) is written under it, so that the figures in the README are
the ones the code gives."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- example:begin (python -m bench.readme --write) -->", "<!-- example:end -->"
COMMANDS = (
    "build data/samples",
    'query career --param name="Mai Văn Huỳnh"',
    "query conflicts",
    "reason && cadregraph validate",
    "view -o site",
)
# What changes from one run to the next: times.
TIMING = re.compile(r"\b\d+(\.\d+)? s\b")


def run(command: str, folder: Path) -> str:
    """One line of the example: the prompt and what the command printed."""
    out = []
    for part in command.split(" && cadregraph "):
        done = subprocess.run([sys.executable, "-m", "cadregraph", *_split(part)], cwd=folder, capture_output=True,
                              text=True, env=dict(os.environ, CADREGRAPH_STORE="cadregraph-store"), timeout=600)
        if done.returncode not in (0, 3):
            raise SystemExit(f"`cadregraph {part}` failed ({done.returncode}): {done.stderr}")
        out.append(done.stdout + done.stderr)
    text = "".join(out).rstrip("\n")
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return f"$ cadregraph {command}\n{text}"


def _split(part: str) -> list[str]:
    import shlex
    return shlex.split(part)


def block() -> str:
    with tempfile.TemporaryDirectory(prefix="cadregraph-readme-") as tmp:
        folder = Path(tmp)
        shutil.copytree(ROOT / "data" / "samples", folder / "data" / "samples")
        runs = [run(c, folder) for c in COMMANDS]
    return "```text\n" + "\n\n".join(runs) + "\n```"


def current() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index(BEGIN) + len(BEGIN):text.index(END)].strip("\n")


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.readme", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="rewrite the block in README.md")
    args = ap.parse_args()
    new = block()
    print(new)
    if args.write:
        text = README.read_text(encoding="utf-8")
        start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
        README.write_text(text[:start] + "\n" + new + "\n" + text[end:], encoding="utf-8")
        print(f"rewrote the example in {README}", file=sys.stderr)


if __name__ == "__main__":
    main()
