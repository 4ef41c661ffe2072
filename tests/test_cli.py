"""The command line as users script it: the forms the brief fixes, --help
that teaches, exit statuses that say what happened."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import SAMPLES, run_cli

COMMANDS = ["build", "facts", "query", "view", "dump", "reason", "validate", "report", "curate", "analyse",
            "export", "serve"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "store"
    done = run_cli("build", str(SAMPLES), "--store", str(folder), "--quiet")
    assert done.returncode == 0, done.stderr
    assert "ingested 9 article(s)" in done.stderr
    return folder


def test_top_level_help_lists_every_command():
    out = run_cli("--help")
    assert out.returncode == 0
    for command in COMMANDS:
        assert f"    {command}" in out.stdout
    assert "Exit status" in out.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_explains_itself_with_an_example(command):
    out = run_cli(command, "--help")
    assert out.returncode == 0
    assert "examples:" in out.stdout and f"cadregraph {command}" in out.stdout


def test_rebuild_changes_nothing(store):
    again = run_cli("build", str(SAMPLES), "--store", str(store), "--quiet")
    assert again.returncode == 0
    assert "ingested 0 article(s), 9 unchanged" in again.stderr


def test_query_list_and_formats(store):
    listed = run_cli("query", "--list")
    assert listed.returncode == 0 and "career" in listed.stdout and "vi:" in listed.stdout
    table = run_cli("query", "career", "--param", "name=Mai Văn Huỳnh", "--store", str(store))
    assert "Phó Bí thư Thường trực" in table.stdout and "(2 rows)" in table.stdout
    as_csv = run_cli("query", "career", "--param", "name=Mai Văn Huỳnh", "--format", "csv", "--store", str(store))
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["body"] for r in rows} == {"Tỉnh ủy Kiên Giang", "Hội đồng nhân dân tỉnh Kiên Giang"}
    tsv = run_cli("query", "career", "--param", "name=Mai Văn Huỳnh", "--format", "tsv", "--store", str(store))
    assert tsv.stdout.splitlines()[0].startswith("?personName\t?person")
    as_json = json.loads(run_cli("query", "conflicts", "--format", "json", "--store", str(store)).stdout)
    assert as_json["head"]["vars"][:2] == ["subject", "fact"]
    assert as_json["results"]["bindings"][0]["value1"] == {"type": "literal", "value": "2022-02-08"}


def test_query_from_a_file(store, tmp_path):
    rq = tmp_path / "who.rq"
    rq.write_text("# title: Bodies\nPREFIX cg: <https://w3id.org/cadregraph/ontology#>\n"
                  "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a cg:Person }\n", encoding="utf-8")
    out = run_cli("query", str(rq), "--format", "csv", "--store", str(store))
    assert out.stdout.splitlines() == ["n", "18"]


def test_bad_usage_exits_2_with_a_reason(store):
    unknown = run_cli("query", "no-such-query", "--store", str(store))
    assert unknown.returncode == 2 and "no query named 'no-such-query'" in unknown.stderr
    missing = run_cli("query", "career", "--store", str(store))
    assert missing.returncode == 2 and "needs --param name" in missing.stderr
    bad_date = run_cli("query", "post-holders", "--param", "role=Bí thư", "--param", "body=Tỉnh ủy",
                       "--param", "date=8-2-2022", "--store", str(store))
    assert bad_date.returncode == 2 and "YYYY-MM-DD" in bad_date.stderr
    assert run_cli("frobnicate").returncode == 2


def test_facts_to_stdout_and_file(store, tmp_path):
    out = run_cli("facts", "--store", str(store))
    facts = json.loads(out.stdout)
    assert len(facts) == 9
    names = {p["name"] for p in facts["s01-tap-huan-bvctnb"]["persons"]}
    assert names == {"Đỗ Thanh Bình", "Mai Văn Huỳnh", "Phan Thăng An", "Nguyễn Kim Minh"}
    assert run_cli("facts", "--store", str(store), "-o", str(tmp_path / "f.json")).returncode == 0
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8")) == facts


def test_validate_report_analyse_export(store, tmp_path):
    assert run_cli("validate", "--store", str(store)).returncode == 0
    report = run_cli("report", "--store", str(store))
    assert "possibleSameAs" in report.stdout
    analysed = run_cli("analyse", "--store", str(store))
    assert analysed.returncode == 0 and "Tô Lâm" in analysed.stdout
    for fmt in ("graphml", "gexf"):
        target = tmp_path / f"net.{fmt}"
        assert run_cli("export", "--format", fmt, "-o", str(target), "--store", str(store)).returncode == 0
        assert "Phan Thăng An" in target.read_text(encoding="utf-8")


def test_missing_input_is_skipped_and_said(tmp_path):
    out = run_cli("build", str(tmp_path / "nope.json"), "--store", str(tmp_path / "s"), "--quiet")
    assert out.returncode == 3
    assert "nope.json: no such file or folder" in out.stderr


# ------------------------------------------------------------ bad usage
def _one_line_error(out, *words: str) -> str:
    """Exit status 2, one line on stderr saying why, no traceback."""
    assert out.returncode == 2, (out.returncode, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cadregraph: "), out.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# The least each command needs besides a store (all but build, and serve, which
# may serve an empty store that a build fills through it).
ARGS = {"facts": [], "query": ["persons"], "view": ["-o", "site"], "dump": [], "reason": [], "validate": [],
        "report": [], "curate": ["list"], "analyse": [], "export": ["-o", "net.graphml"]}


@pytest.mark.parametrize("command", sorted(ARGS))
def test_a_store_that_does_not_exist_is_an_error(command, tmp_path):
    missing = tmp_path / "no-such-store"
    out = run_cli(command, *ARGS[command], "--store", str(missing), cwd=tmp_path, timeout=60)
    _one_line_error(out, f"no store at {missing.resolve()}", "cadregraph build")
    assert not missing.exists()


def test_the_default_store_is_looked_for_where_it_is_said(tmp_path):
    import os
    import subprocess
    import sys
    env = dict(os.environ, CADREGRAPH_STORE=str(tmp_path / "typo"))
    out = subprocess.run([sys.executable, "-m", "cadregraph", "query", "persons"], capture_output=True, text=True,
                         env=env, cwd=tmp_path, timeout=60)
    _one_line_error(out, str(tmp_path / "typo"), "CADREGRAPH_STORE")


def test_dump_of_a_graph_that_is_not_there(store, tmp_path):
    _one_line_error(run_cli("dump", "--graph", "not-an-iri", "--store", str(store)), "not-an-iri", "article/ID")
    _one_line_error(run_cli("dump", "--graph", "article/no-such-article", "--store", str(store)), "no such graph")
    one = run_cli("dump", "--graph", "article/s01-tap-huan-bvctnb", "--format", "ntriples", "--store", str(store))
    assert one.returncode == 0 and "Mai Văn Huỳnh" in one.stdout


def test_an_update_sent_to_query_is_refused(store, tmp_path):
    rq = tmp_path / "update.rq"
    rq.write_text("# title: not a question\nPREFIX cg: <https://w3id.org/cadregraph/ontology#>\n"
                  "DELETE WHERE { ?p a cg:Person }\n", encoding="utf-8")
    _one_line_error(run_cli("query", str(rq), "--store", str(store)), "SPARQL update (DELETE)", "only reads")
    persons = run_cli("query", "persons", "--format", "csv", "--store", str(store))
    assert len(persons.stdout.splitlines()) == 19


def test_names_without_diacritics_match(store):
    folded = run_cli("query", "career", "--param", "name=mai van huynh", "--format", "csv", "--store", str(store))
    written = run_cli("query", "career", "--param", "name=Mai Văn Huỳnh", "--format", "csv", "--store", str(store))
    assert folded.returncode == 0 and folded.stdout == written.stdout
    assert len(folded.stdout.splitlines()) == 3
    # with diacritics, they count: "Mai Văn Hùynh" is not "Mai Văn Huỳnh"'s name
    other = run_cli("query", "career", "--param", "name=Mai Vân Huỳnh", "--format", "csv", "--store", str(store))
    assert len(other.stdout.splitlines()) == 1


def test_curate_checks_both_entities_and_takes_the_tables_short_forms(tmp_path):
    folder = tmp_path / "store"
    assert run_cli("build", str(SAMPLES), "--store", str(folder), "--quiet").returncode == 0
    _one_line_error(run_cli("curate", "same", "person/nguyen-van-hung", "person/nguyen-van-hungg",
                            "--store", str(folder)), "person/nguyen-van-hungg", "no such")
    _one_line_error(run_cli("curate", "same", "person/nguyen-van-hung", "org/bo-chinh-tri", "--store", str(folder)),
                    "Person", "Organization")
    _one_line_error(run_cli("curate", "same", "nguyen van hung", "person/nguyen-van-hung", "--store", str(folder)),
                    "expected an IRI")
    _one_line_error(run_cli("curate", "same", "person/nguyen-van-hung", "--store", str(folder)), "two entities")
    assert not (folder / "curation.csv").exists()
    done = run_cli("curate", "different", "person/nguyen-van-hung", "person/nguyen-van-hung--dang-uy-xa-dong-tien",
                   "--note", "hai người / two people", "--store", str(folder))
    assert done.returncode == 0, done.stderr
    listed = run_cli("curate", "list", "--store", str(folder)).stdout.splitlines()
    assert listed == ["different\thttps://w3id.org/cadregraph/id/person/nguyen-van-hung\t"
                      "https://w3id.org/cadregraph/id/person/nguyen-van-hung--dang-uy-xa-dong-tien\thai người / two people"]


def test_bad_numbers_and_files_are_one_line_errors(store, tmp_path):
    zero = run_cli("view", "--max-nodes", "0", "--store", str(store))     # argparse: its usage line, then why
    assert zero.returncode == 2 and zero.stderr.splitlines()[-1].endswith("at least 1, got '0'")
    out = run_cli("facts", "-o", str(tmp_path / "no-such-folder" / "facts.json"), "--store", str(store))
    assert out.returncode == 1 and out.stderr.strip() == f"cadregraph: {tmp_path / 'no-such-folder' / 'facts.json'}: " \
        "No such file or directory"


def test_every_option_has_help_text():
    import argparse

    from cadregraph.cli import parser
    top = parser()
    commands = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, sub in commands.choices.items():
        for action in sub._actions:
            if not isinstance(action, argparse._HelpAction) and not action.help:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []
    assert set(commands.choices) >= set(COMMANDS)
