"""Synthetic development corpus, span-overlap evaluation, and the real-text name measures."""

import json
import re
from collections import Counter
from datetime import date

import pytest
from stdnum.cn import ric

from privacy.corpora import GoldRecord, resolve
from privacy.corpus import (
    DEV_CORPUS,
    LABELS,
    _Doc,
    generate_corpus,
    id_check_digit,
    luhn_valid,
    main,
)
from privacy.evaluation import (
    CorpusReport,
    EvalReport,
    LabelScore,
    NameScore,
    evaluate,
    evaluate_corpora,
    evaluate_screener,
    load_corpus,
    score_record,
)

SAMPLE = list(generate_corpus(400, seed=11))
GENRES = {"行政处罚决定书", "信访答复", "补贴名单", "招聘公示", "通讯录", "12345热线工单",
          "English contact note"}
SHAPES = {
    "CN_MOBILE": re.compile(r"(?:\(\+86\)|\+86[ -]?)?1[3-9]\d(?:[- ]?\d{4}){2}"),
    "CN_LANDLINE": re.compile(r"(?:\(0\d{2,3}\)|0\d{2,3}[- ])[2-8]\d{6,7}"),
    "EMAIL_ADDRESS": re.compile(r"[a-z0-9._]+@[a-z0-9]+\.[a-z]+"),
    "PERSON": re.compile(r"[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+ [A-Z][a-z]+"),
    "CN_ADDRESS": re.compile(r".+(?:号|室|\d)|Room \d+, Building \d+, No\. \d+ .+"),
}


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _uncovered(record: dict, pattern: str) -> list[str]:
    """Matches of pattern in the text that no gold span covers."""
    covered = [(s["start"], s["end"]) for s in record["spans"]]
    return [
        m.group() for m in re.finditer(pattern, record["text"])
        if not any(a <= m.start() and m.end() <= b for a, b in covered)
    ]


def test_same_seed_same_output_and_seed_matters():
    assert list(generate_corpus(50, seed=11)) == SAMPLE[:50]
    assert list(generate_corpus(50, seed=12)) != SAMPLE[:50]


def test_doc_spans_are_the_inserted_values():
    doc = _Doc().t("当事人：").e("欧阳娜娜", "PERSON").t("，电话").e("13812345678", "CN_MOBILE")
    record = doc.record("x")
    assert [record["text"][s["start"]:s["end"]] for s in record["spans"]] == [
        "欧阳娜娜", "13812345678"]


def test_genres_labels_and_span_shapes():
    assert {r["genre"] for r in SAMPLE} == GENRES
    assert set(Counter(s["label"] for r in SAMPLE for s in r["spans"])) == set(LABELS)
    for record in SAMPLE:
        text, last_end = record["text"], 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            assert span["start"] >= last_end, "gold spans never overlap"
            last_end = span["end"]
            value = text[span["start"]:span["end"]]
            assert value == value.strip() and value
            shape = SHAPES.get(span["label"])
            if shape:
                assert shape.fullmatch(value), (span["label"], value)


def test_labelled_ids_are_valid():
    ids = [r["text"][s["start"]:s["end"]] for r in SAMPLE for s in r["spans"]
           if s["label"] == "CN_RESIDENT_ID"]
    assert any(len(i) == 15 for i in ids) and any(len(i) == 18 for i in ids)
    for value in ids:
        if len(value) == 18:
            assert id_check_digit(value[:17]) == value[17] == ric.calc_check_digit(value), value
            assert ric.get_birth_date(value) < date(2006, 1, 1)
            assert value[:2] in {"11", "12", "13", "14", "15", "21", "23", "31", "32", "33",
                                 "34", "35", "37", "41", "42", "43", "44", "45", "46", "50",
                                 "51", "53", "61", "65"}
        else:
            assert len(value) == 15 and value.isdigit()
            date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))


def test_bank_cards_are_luhn_valid_mostly_unionpay():
    cards = [_digits(r["text"][s["start"]:s["end"]]) for r in SAMPLE for s in r["spans"]
             if s["label"] == "BANK_CARD"]
    assert all(16 <= len(c) <= 19 and luhn_valid(c) for c in cards)
    assert sum(c.startswith("62") for c in cards) > 0.7 * len(cards)


def test_unlabelled_distractors_fail_checks():
    id_shaped = r"(?<![0-9A-Z])\d{17}[\dX](?![0-9A-Z])"
    long_numbers = [n for r in SAMPLE for n in _uncovered(r, id_shaped)]
    assert len(long_numbers) > 100  # invalid IDs, case and order numbers, credit codes
    for value in long_numbers:
        assert id_check_digit(value[:17]) != value[17], value
        assert not (value.isdigit() and luhn_valid(value)), value
    for record in SAMPLE:
        assert not _uncovered(record, r"(?<!\d)1[3-9]\d{9}(?!\d)"), "bare mobiles are labelled"
        assert not [n for n in _uncovered(record, r"(?<!\d)\d{16,19}(?!\d)") if luhn_valid(n)]
    text = "\n".join(r["text"] for r in SAMPLE)
    assert re.search(r"[\u4e00-\u9fff]某", text) and "**" in text and "12345" in text
    assert re.search(r"统一社会信用代码：[0-9A-Z]{18}", text) and "准考证号" in text


def test_names_appear_without_context():
    starts = 0
    for record in SAMPLE:
        text = record["text"]
        for s in record["spans"]:
            if s["label"] == "PERSON" and (s["start"] == 0 or text[s["start"] - 1] == "\n"):
                starts += 1
    assert starts > 50


def test_cli_writes_jsonl(tmp_path, capsys):
    out = tmp_path / "c.jsonl"
    assert main(["--n", "20", "--seed", "3", "--out", str(out)]) == 0
    records = list(load_corpus(out))
    assert records == list(generate_corpus(20, seed=3))
    assert "\\u" not in out.read_text(encoding="utf-8")
    assert "20 records" in capsys.readouterr().err


def test_committed_dev_corpus_loads_and_is_small():
    assert DEV_CORPUS.stat().st_size < 3_000_000
    records = list(load_corpus(DEV_CORPUS))
    assert 1000 <= len(records) <= 2000
    assert {r["genre"] for r in records} == GENRES


# --- evaluation -----------------------------------------------------------------------------
TEXT = "张伟的手机13812345678，邮箱zw@qq.com"
assert TEXT[5:16] == "13812345678" and TEXT[19:28] == "zw@qq.com"
GOLD = [{"text": TEXT, "spans": [
    {"start": 0, "end": 2, "label": "PERSON"},
    {"start": 5, "end": 16, "label": "CN_MOBILE"},
    {"start": 19, "end": 28, "label": "EMAIL_ADDRESS"},
]}]


def test_counts_on_crafted_spans():
    predictions = [
        (0, 3, "PERSON"),  # overlaps gold PERSON: tp
        (1, 2, "PERSON"),  # second hit on the same gold span: fp
        (5, 16, "PHONE_NUMBER"),  # wrong label: fp, and the mobile is a fn
        (17, 19, "PERSON"),  # no gold there: fp
    ]
    report = evaluate(GOLD, lambda text: predictions)
    person, phone = report.per_label["PERSON"], report.per_label["PHONE_NUMBER"]
    assert (person.tp, person.fp, person.fn) == (1, 2, 0)
    assert person.precision == pytest.approx(1 / 3) and person.recall == 1.0
    assert (phone.tp, phone.fp, phone.fn) == (0, 1, 0) and phone.precision == 0.0
    mobile, email = report.per_label["CN_MOBILE"], report.per_label["EMAIL_ADDRESS"]
    assert (mobile.tp, mobile.fn, mobile.recall, mobile.f1) == (0, 1, 0.0, 0.0)
    assert (email.tp, email.fp, email.fn) == (0, 0, 1)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 3, 2)
    assert report.records == 1


def test_overlap_rule_is_half_open():
    touching = evaluate(GOLD, lambda text: [(2, 5, "PERSON")])  # ends where gold starts
    assert touching.per_label["PERSON"].tp == 0 and touching.per_label["PERSON"].fp == 1
    one_char = evaluate(GOLD, lambda text: [(15, 30, "CN_MOBILE")])
    assert one_char.per_label["CN_MOBILE"].tp == 1


def test_aliases_and_presidio_like_results():
    class Result:
        def __init__(self, start, end, entity_type):
            self.start, self.end, self.entity_type = start, end, entity_type

    report = evaluate(
        GOLD,
        lambda text: [Result(5, 16, "PHONE_NUMBER"), Result(19, 28, "EMAIL_ADDRESS"),
                      Result(0, 2, "LOCATION")],
        aliases={"PHONE_NUMBER": "CN_MOBILE"},
        ignore={"LOCATION"},
    )
    assert "PHONE_NUMBER" not in report.per_label and "LOCATION" not in report.per_label
    assert report.per_label["CN_MOBILE"].f1 == 1.0
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (2, 0, 1)


def test_report_dict_and_table():
    report = evaluate(GOLD, lambda text: [(0, 2, "PERSON")])
    data = report.to_dict()
    assert json.loads(json.dumps(data))["per_label"]["PERSON"]["f1"] == 1.0
    table = report.to_table().splitlines()
    assert table[0].split() == ["label", "tp", "fp", "fn", "prec", "rec", "f1"]
    assert len({len(line) for line in table[:-1] if not line.startswith("-")}) == 1
    assert any(line.startswith("micro") for line in table)
    empty = EvalReport({}, LabelScore.from_counts("micro", 0, 0, 0), 0)
    assert "micro" in empty.to_table()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('["a"]', "expected a JSON object"),
        ('{"text": 1, "spans": []}', "'text' must be a string"),
        ('{"text": "ab", "spans": {}}', "'spans' must be a list"),
        ('{"text": "ab", "spans": [{"start": 0, "end": 3, "label": "PERSON"}]}', "span 0"),
        ('{"text": "ab", "spans": [{"start": 1, "end": 1, "label": "PERSON"}]}', "start < end"),
        ('{"text": "ab", "spans": [{"start": 0, "end": 1}]}', "'label'"),
    ],
)
def test_bad_corpus_line_names_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    good = json.dumps(GOLD[0], ensure_ascii=False)
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError) as error:
        list(load_corpus(path))
    assert str(error.value).startswith(f"{path}:3: ")
    assert message in str(error.value)
    assert "张伟" not in str(error.value)


# --- names in real text: the measures on hand-made examples ----------------------------------
NAMES_TEXT = "张三和李四去北京"  # gold names 张三 [0, 2) and 李四 [3, 5); 4 characters outside
NAMES = GoldRecord(NAMES_TEXT, ((0, 2), (3, 5)), ((0, 2), (3, 5)), 1)


def test_score_record_any_character_exact_spans_and_over_masking():
    # The screen masked 三 (so 张三 is caught) and 京 (outside every name: over-masking);
    # it predicted 张三 exactly and an address 北京.
    score = score_record(NAMES, "张*和李四去北*", [(0, 2, "PERSON"), (6, 8, "CN_ADDRESS")])
    assert (score.records, score.characters, score.names) == (1, 8, 2)
    assert (score.caught, score.recall_any) == (1, 0.5)
    assert (score.predicted, score.exact) == (1, 1)
    assert (score.precision, score.recall) == (1.0, 0.5)
    assert score.f1 == pytest.approx(2 / 3)
    assert (score.outside, score.outside_changed, score.over_masking) == (4, 1, 0.25)
    assert score.length_changed == 0


def test_over_masking_inside_an_accounts_name_is_counted_apart():
    # Weibo labels 王伟 but not the account 小胖子 it replies to; the screen masks both
    text = "回复@小胖子:王伟说得对"
    record = GoldRecord(text, ((7, 9),), ((7, 9),))
    score = score_record(record, "回复@小**:王*说得对", [])
    assert (score.outside, score.outside_changed, score.outside_changed_accounts) == (10, 2, 2)
    assert score.over_masking_accounts == 0.2
    assert json.loads(json.dumps(score.to_dict()))["over_masking_accounts"] == 0.2
    # a character changed outside any account is over-masking of its own
    score = score_record(record, "回复@小胖子:王*说**", [])
    assert (score.outside_changed, score.outside_changed_accounts) == (2, 0)


def test_a_partial_span_is_caught_but_not_exact():
    # 李 alone was found and masked: a reader sees 李四 hidden; the span's right edge is wrong.
    score = score_record(NAMES, "张三和*四去北京", [(3, 4, "PERSON")])
    assert (score.caught, score.exact, score.predicted) == (1, 0, 1)
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)
    assert score.over_masking == 0.0
    # A span reaching past the name: caught, not exact, and the extra character is over-masked.
    wide = score_record(NAMES, "张三和李**北京", [(3, 6, "PERSON")])
    assert (wide.caught, wide.exact, wide.outside_changed) == (1, 0, 1)


@pytest.mark.parametrize(
    ("text", "screened", "caught", "whole"),
    [
        ("张三丰来了", "张**来了", 1, 1),    # the surname is kept by the masking convention
        ("张三丰来了", "张*丰来了", 1, 0),   # a reader still sees 丰: caught, not whole
        ("张三丰来了", "***来了", 1, 1),     # more than the convention hides
        ("若曦来了", "若*来了", 1, 1),       # no surname: masking keeps the first character
        ("若曦来了", "*曦来了", 1, 0),
        ("黄教授来了", "*教授来了", 1, 1),   # a surname and a word of address: the surname
        ("黄教授来了", "黄*授来了", 1, 0),
        ("John Smith came", "J*** S**** came", 1, 1),
        ("John Smith came", "J*** Smith came", 1, 0),
    ],
)
def test_a_name_is_hidden_whole_when_all_masking_hides_is_changed(text, screened, caught,
                                                                   whole):
    end = text.index("来") if "来" in text else text.index(" came")
    score = score_record(GoldRecord(text, ((0, end),), ((0, end),)), screened, [])
    assert (score.caught, score.whole) == (caught, whole)


def test_an_unchanged_character_does_not_count():
    # A remediation that keeps a character as it is (here 张 of 张三) does not hide it.
    score = score_record(NAMES, NAMES_TEXT, [(0, 2, "PERSON")])
    assert (score.caught, score.exact, score.outside_changed) == (0, 1, 0)


def test_length_changed_falls_back_to_predicted_spans():
    screened = "<PERSON>和李四去<CN_ADDRESS>"
    score = score_record(NAMES, screened, [(0, 2, "PERSON"), (6, 8, "CN_ADDRESS")])
    assert score.length_changed == 1
    assert (score.caught, score.exact, score.outside_changed) == (1, 1, 2)


def test_scores_add_up_micro_and_table():
    first = NameScore("a")
    first.add(score_record(NAMES, "张*和李四去北*", [(0, 2, "PERSON"), (6, 8, "CN_ADDRESS")]))
    first.add(score_record(GoldRecord("今天晴", (), ()), "今天晴", []))
    second = NameScore("b")
    second.add(score_record(NAMES, "张*和李*去北京", [(0, 2, "PERSON"), (3, 5, "PERSON"),
                                                     (5, 6, "PERSON")]))
    report = CorpusReport([first, second])
    overall = report.overall
    assert (overall.records, overall.characters, overall.names) == (3, 19, 4)
    assert (overall.caught, overall.predicted, overall.exact) == (3, 4, 3)
    assert (overall.outside, overall.outside_changed) == (11, 1)
    assert overall.recall_any == 0.75 and overall.precision == 0.75 and overall.recall == 0.75
    data = json.loads(json.dumps(report.to_dict()))
    assert [c["corpus"] for c in data["corpora"]] == ["a", "b"]
    assert data["overall"]["exact"] == {"label": "PERSON", "tp": 3, "fp": 1, "fn": 1,
                                        "precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert data["overall"]["over_masking"] == pytest.approx(1 / 11)
    assert "per_label" not in data  # no JSONL corpus
    table = report.to_table().splitlines()
    assert table[0].split() == ["corpus", "records", "chars", "names", "recall", "whole",
                                "exact", "P", "exact", "R", "exact", "F1", "over-mask",
                                "@accounts"]
    rows = [line for line in table if line.split()[0] in ("a", "b", "overall")]
    assert [r.split()[0] for r in rows] == ["a", "b", "overall"]
    assert len({len(line) for line in [table[0], *rows]}) == 1
    assert rows[-1].split()[1:] == ["3", "19", "4", "75.0%", "75.0%", "75.0%", "75.0%",
                                    "75.0%", "9.09%", "0.00%"]
    assert (overall.whole, data["overall"]["recall_whole"]) == (3, 0.75)


# --- names in real text: the real screen on small corpora ------------------------------------

def test_evaluate_corpora_with_the_screen(tmp_path, screener):
    bmes = tmp_path / "mini.char.bmes"
    bmes.write_text("".join(f"{ch} {tag}\n" for ch, tag in zip(
        "联系人：王小明，电话", ["O"] * 4 + ["B-NAME", "M-NAME", "E-NAME"] + ["O"] * 3,
        strict=True)) + "\n今 O\n天 O\n晴 O\n", encoding="utf-8")
    jsonl = tmp_path / "mini.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in GOLD), "utf-8")
    specs = resolve([str(bmes), f"{jsonl}#0:1"]).specs
    seen = []
    report = evaluate_corpora(specs, screener, every=1,
                              progress=lambda spec, score, done: seen.append(
                                  (spec.name, score.records, done)))
    names, mini = report.corpora
    assert (names.records, names.characters, names.names) == (2, 13, 1)
    text = "联系人：王小明，电话"
    screened = screener.screen_text(text).text
    assert len(screened) == len(text)  # masking keeps lengths
    changed = [i for i, (a, b) in enumerate(zip(text, screened, strict=True)) if a != b]
    assert names.caught == int(any(4 <= i < 7 for i in changed))
    assert names.outside == 10  # 7 characters around the name, and 今天晴
    assert names.outside_changed == sum(1 for i in changed if not 4 <= i < 7)
    assert names.exact == int((4, 7, "PERSON") in {
        (r.start, r.end, r.entity_type) for r in screener.analyze_text(text)})
    assert mini.labels is not None
    assert mini.labels.report().to_dict() == evaluate_screener(jsonl, screener).to_dict()
    assert seen[-1] == (f"{tmp_path.name}/mini.jsonl#0:1", 1, True)
    assert (f"{tmp_path.name}/mini.char.bmes", 2, True) in seen
    assert report.to_dict()["per_label"] == mini.labels.report().to_dict()["per_label"]


def test_cli_on_a_tiny_corpus(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from api.cli import main

    folder = tmp_path / "corpora"
    folder.mkdir()
    (folder / "dev.char.bmes").write_text(
        "张 B-NAME\n伟 E-NAME\n： O\n男 O\n\n今 O\n天 O\n晴 O\n", encoding="utf-8")
    (folder / "x_sentences.txt").write_text("王 芳 说\n", encoding="utf-8")
    (folder / "x_tags.txt").write_text("B-PER I-PER O\n", encoding="utf-8")
    (folder / "README.md").write_text("# two small corpora\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    out = tmp_path / "scores.json"
    result = runner.invoke(main, ["privacy", "eval", str(folder), f"{folder}/dev.char.bmes#1:",
                                  "--output", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for row in ("corpora/dev.char.bmes", "corpora/x_sentences.txt", "corpora/dev.char.bmes#1:",
                "overall"):
        assert any(line.startswith(row + " ") for line in result.output.splitlines()), row
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert [c["records"] for c in scores["corpora"]] == [2, 1, 1]
    assert scores["overall"]["names"] == 2 and scores["overall"]["characters"] == 13
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpora", "scores.json"]
    assert "#START:END" in runner.invoke(main, ["privacy", "eval", "--help"]).output

    (folder / "dev.char.bmes").write_text("张 B-NAME\n伟\n", encoding="utf-8")
    bad = runner.invoke(main, ["privacy", "eval", str(folder / "dev.char.bmes")])
    assert bad.exit_code == 1
    assert f"govcat: error: {folder / 'dev.char.bmes'}:2: expected a character" in bad.output
    assert "伟" not in bad.output
    missing = runner.invoke(main, ["privacy", "eval", str(folder / "nope.json#0:5")])
    assert missing.exit_code == 1 and "no such file or folder" in missing.output
