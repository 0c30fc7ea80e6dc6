"""The CLI as a user calls it: in a subprocess, on real files and real DuckDB databases."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

from conftest import run_cli

from vnmetrics.contract import CONTRACT_FIELDS, Fact

ARTICLE = (
    "| 08-01-2024 | 15:04:25\n\n"
    "Năm 2023, tỉnh đạt 81,25 điểm, xếp thứ 7/63 tỉnh, thành phố, tăng 5 bậc so với năm 2022.\n"
)


def test_help_lists_every_command():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("extract", "eval", "query", "run", "demo", "crawl", "check", "serve"):
        assert command in result.stdout


def test_extract_prints_contract_json_lines(tmp_path):
    path = tmp_path / "bai_viet.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts, "no facts extracted"
    for data in facts:
        assert list(data)[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
        assert data["doc_id"] == "bai_viet"
        Fact.from_json(data).validate(ARTICLE)
    assert {(f["kind"], f["value"]) for f in facts} >= {("score", 81.25), ("rank", 7)}


def test_extract_reads_nfd_input_and_reports_nfc_offsets(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_text(unicodedata.normalize("NFD", ARTICLE), encoding="utf-8")
    result = run_cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        Fact.from_json(json.loads(line)).validate(ARTICLE)


def test_extract_skips_unreadable_files_clearly_and_keeps_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    legacy = tmp_path / "legacy.txt"
    # cp1258 writes tone marks as combining characters, so encode the decomposed form, as legacy portals did.
    legacy.write_bytes(unicodedata.normalize("NFD", "đạt 95,5%").encode("cp1258"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    folder = tmp_path / "articles"
    folder.mkdir()
    result = run_cli("extract", str(legacy), str(good), str(binary), str(tmp_path / "missing.txt"), str(folder))
    assert result.returncode == 4
    assert "articles: is a folder" in result.stderr and "Traceback" not in result.stderr
    assert "legacy.txt: not UTF-8" in result.stderr and "iconv" in result.stderr
    assert "image.txt: looks binary" in result.stderr
    assert "missing.txt: cannot read" in result.stderr
    assert "Traceback" not in result.stderr
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"good"}


def test_extract_refuses_files_and_db_together_but_not_db_from_the_environment(tmp_path):
    path = tmp_path / "bai_viet.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kho.duckdb"
    both = run_cli("extract", str(path), "--db", str(db))
    assert both.returncode != 0 and "not both" in both.stderr and "Traceback" not in both.stderr
    assert not both.stdout and not db.exists()
    from_env = run_cli("extract", str(path), env={"VNMETRICS_DB": str(db)})
    assert from_env.returncode == 0, from_env.stderr
    assert {json.loads(line)["doc_id"] for line in from_env.stdout.splitlines()} == {"bai_viet"}


def test_extract_on_the_shared_seeds_emits_valid_contract_facts(shared_corpus):
    seeds = sorted((shared_corpus / "seeds").glob("*.txt"))
    result = run_cli("extract", *map(str, seeds))
    assert result.returncode == 0, result.stderr
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds}
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert {f["doc_id"] for f in facts} == set(texts)
    for data in facts:
        Fact.from_json(data).validate(texts[data["doc_id"]])


def test_eval_prints_the_four_levels(shared_corpus):
    result = run_cli("eval", "--gold", str(shared_corpus / "gold"), "--texts", str(shared_corpus / "seeds"))
    assert result.returncode == 0, result.stderr
    for level in ("L1", "L2", "L3", "L4"):
        assert level in result.stdout
    as_json = run_cli("eval", "--gold", str(shared_corpus / "gold"), "--texts", str(shared_corpus / "seeds"),
                      "--json")
    levels = json.loads(as_json.stdout)["levels"]
    assert levels["L1"]["gold"] == sum(1 for p in (shared_corpus / "gold").glob("*.jsonl")
                                       for line in p.read_text(encoding="utf-8").splitlines() if line.strip())


def test_eval_without_gold_is_a_clear_error(tmp_path):
    result = run_cli("eval", "--gold", str(tmp_path), "--texts", str(tmp_path))
    assert result.returncode == 1
    assert "no gold .jsonl files" in result.stderr and "Traceback" not in result.stderr


def test_query_formats_and_read_only(tmp_path):
    db = tmp_path / "q.duckdb"
    from store import writing

    with writing(db) as con:
        con.execute("INSERT INTO crawl_runs (id, job, started_at, status) VALUES ('r1', 'run', now(), 'ok')")
    csv_out = run_cli("query", "select id, status from crawl_runs", "--db", str(db), "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines() == ["id,status", "r1,ok"]
    json_out = run_cli("query", "select id from crawl_runs", "--format", "json", env={"VNMETRICS_DB": str(db)})
    assert json.loads(json_out.stdout) == {"id": "r1"}
    write = run_cli("query", "delete from crawl_runs", "--db", str(db))
    assert write.returncode == 1 and "read-only" in write.stderr.lower()
    bad = run_cli("query", "select nope from nowhere", "--db", str(db))
    assert bad.returncode == 1 and "query failed" in bad.stderr and "Traceback" not in bad.stderr


def test_query_while_another_process_writes_says_so(tmp_path):
    db = tmp_path / "busy.duckdb"
    from store import writing

    with writing(db):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time,duckdb; c=duckdb.connect(sys.argv[1]); print('held', flush=True);"
         " time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_cli("query", "select 1", "--db", str(db), "--wait", "0.5")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 3
    assert "database busy" in result.stderr and "Traceback" not in result.stderr


def test_run_refuses_a_bad_since_or_registry_before_recording_a_run(tmp_path):
    db = tmp_path / "v.duckdb"
    bad_date = run_cli("run", "--db", str(db), "--since", "2024-13-01")
    assert bad_date.returncode == 1 and "expected a date like" in bad_date.stderr
    bad_registry = tmp_path / "sources.toml"
    bad_registry.write_text('[[source]]\nid = "x"\n', encoding="utf-8")
    bad_source = run_cli("run", "--db", str(db), "--sources", str(bad_registry))
    assert bad_source.returncode == 1 and "field 'id'" in bad_source.stderr
    assert "Traceback" not in bad_date.stderr + bad_source.stderr
    assert not db.exists()
