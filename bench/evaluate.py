"""Extraction quality, measured the project's way: build the development
corpus and the sealed set into fresh stores, read the facts back from the
stores and score them with the evaluation kit's own scorers.

    python -m bench.evaluate                 # print the tables
    python -m bench.evaluate --write         # and rewrite them in docs/evaluation.md

The evaluation kit (the annotated development articles, the sealed set and
the scorers) is not part of the repository; ``--eval`` says where it is
(default: ../shared/eval beside the checkout)."""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from cadregraph.api import KnowledgeGraph

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "evaluation.md"
BEGIN, END = "<!-- evaluation:begin -->", "<!-- evaluation:end -->"
KINDS = ["persons", "positions", "org_parents", "documents", "document_fields", "document_links",
         "participations", "event_dates"]


def facts_of(corpus: Path, work: Path) -> Path:
    """Build ``corpus`` into a fresh store under ``work``; the facts file."""
    with KnowledgeGraph(work / "store") as kg:
        kg.build([corpus])
        facts = kg.facts()
    out = work / "facts.json"
    out.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return out


def scored(command: list[str]) -> dict:
    return json.loads(subprocess.run([sys.executable, *command, "--json"], capture_output=True, text=True,
                                     check=True).stdout)


def tables(eval_dir: Path) -> dict[str, dict]:
    dev, sealed = eval_dir / "dev", eval_dir / "sealed"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        newer = tmp / "dev-d060"
        newer.mkdir()
        for path in sorted(dev.glob("D*.json")):
            if int(path.stem[1:]) >= 60:
                shutil.copy(path, newer)
        (tmp / "dev").mkdir()
        dev_facts = facts_of(dev, tmp / "dev")
        out = {"dev": scored([str(eval_dir / "score.py"), str(dev), str(dev_facts)]),
               "dev D060–D096": scored([str(eval_dir / "score.py"), str(newer), str(dev_facts)])}
        if (eval_dir / "sealed.gold.json").is_file():
            (tmp / "sealed").mkdir()
            sealed_facts = facts_of(sealed, tmp / "sealed")
            out["sealed"] = scored([str(eval_dir / "sealed.py"), "score", str(sealed), str(sealed_facts)])
    return out


def markdown(result: dict[str, dict]) -> str:
    names = list(result)
    head = "| kind | " + " | ".join(f"{n} F1 (P / R)" for n in names) + " | gold in " + " / ".join(names) + " |"
    rows = [head, "|" + " --- |" * (len(names) + 2)]
    for kind in KINDS:
        cells = [f"{r[kind]['f1']:.3f} ({r[kind]['precision']:.3f} / {r[kind]['recall']:.3f})"
                 for r in result.values()]
        gold = " / ".join(str(r[kind]["gold"]) for r in result.values())
        rows.append(f"| {kind} | " + " | ".join(cells) + f" | {gold} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="the evaluation kit: dev/, sealed/, score.py, sealed.py (default: %(default)s)")
    parser.add_argument("--write", action="store_true", help=f"rewrite the tables in {DOC.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if not (args.eval / "score.py").is_file():
        parser.error(f"no evaluation kit at {args.eval} (score.py missing): give its folder with --eval")
    table = markdown(tables(args.eval))
    print(table)
    if args.write:
        text = DOC.read_text(encoding="utf-8")
        block = f"{BEGIN}\nMeasured on {date.today().isoformat()} by `python -m bench.evaluate --write`.\n\n{table}\n{END}"
        DOC.write_text(re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S),
                       encoding="utf-8")


if __name__ == "__main__":
    main()
