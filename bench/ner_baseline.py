"""A baseline for the `persons` row of the scorer: the persons underthesea's
named-entity recogniser (its bundled CRF model, offline) finds in each
development article, scored with ../shared/eval/score.py beside
CadreGraph's own facts.

    python -m bench.ner_baseline [DEV_DIR]
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from cadregraph.read.normalise import normalise
from cadregraph.core.model import Article

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
SCORER = DEV.parent / "score.py"


def ner_persons(sentences: list[str]) -> list[str]:
    """Names tagged PER by underthesea.ner, sentence by sentence, in order
    of first mention."""
    from underthesea import ner

    names: dict[str, None] = {}
    for sentence in filter(None, (s.strip() for s in sentences)):
        current: list[str] = []
        for word, *_, tag in ner(sentence) + [("", "", "", "O")]:
            if tag == "B-PER" or (tag == "I-PER" and not current):
                if current:
                    names[" ".join(current)] = None
                current = [word]
            elif tag == "I-PER":
                current.append(word)
            elif current:
                names[" ".join(current)] = None
                current = []
    return list(names)


def baseline_facts(dev: Path) -> dict[str, dict]:
    out = {}
    for path in sorted(dev.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        article = normalise(Article(id=raw["id"], text=raw["text"]))
        names = ner_persons([s.text for s in article.sentences])
        out[raw["id"]] = {"persons": [{"name": n, "positions": []} for n in names]}
    return out


def score_persons(dev: Path, facts: dict[str, dict]) -> str:
    """The scorer's `persons` row for these facts."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(facts, f, ensure_ascii=False)
    table = subprocess.run([sys.executable, str(SCORER), str(dev), f.name], capture_output=True, text=True,
                           check=True).stdout
    Path(f.name).unlink()
    return next(line for line in table.splitlines() if line.strip().startswith("persons"))


def main(argv: list[str] | None = None) -> None:
    dev = Path((argv or sys.argv[1:] or [str(DEV)])[0])
    print(score_persons(dev, baseline_facts(dev)))


if __name__ == "__main__":
    main()
