"""Readers of the real NER corpora: the shared fixtures, and small hand-written files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privacy import corpora
from privacy.corpora import (
    CorpusError,
    CorpusSpec,
    GoldRecord,
    decode_tags,
    detect_format,
    parse_range,
    read_records,
    resolve,
    spec_for_file,
)


def records(path: Path | str) -> list[GoldRecord]:
    found = resolve([str(path)])
    assert len(found.specs) == 1, found
    return list(read_records(found.specs[0]))


def names(record: GoldRecord) -> list[str]:
    return [record.text[s:e] for s, e in record.names]


def write(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


# --- the shared corpora ---------------------------------------------------------------------

@pytest.fixture
def ner(fixtures_dir: Path) -> Path:
    folder = fixtures_dir / "ner"
    if not folder.is_dir():
        pytest.skip(f"no NER corpora at {folder}")
    return folder


def test_cluener_train(ner: Path) -> None:
    spec = spec_for_file(ner / "cluener2020" / "train.json")
    assert spec.format == "cluener"
    rows = list(read_records(spec))
    assert len(rows) == 10748
    first = rows[0]
    assert first.names == ((9, 12),) and first.text[9:12] == "叶老桂"
    assert first.personal == first.names  # the company 浙商银行 is not personal
    assert first.line == 1 and rows[1].line > 10  # pretty-printed: records span lines
    assert sum(len(r.names) for r in rows) == 3755


def test_msra_val_pair_and_ranges(ner: Path) -> None:
    sentences = ner / "msra" / "val_sentences.txt"
    spec = spec_for_file(sentences)
    assert (spec.format, spec.tags) == ("char-pairs", ner / "msra" / "val_tags.txt")
    assert spec_for_file(ner / "msra" / "val_tags.txt") == spec  # the tags file finds its pair
    rows = list(read_records(spec))
    assert len(rows) == 3000 and sum(len(r.names) for r in rows) == 1203
    assert sum(len(r.text) for r in rows) == 142980  # one character per token, spaces dropped
    third = rows[2]
    assert names(third) == ["黄登仁"] and "１９９０" in third.text  # full-width digits kept
    held = records(f"{sentences}#2000:")
    assert len(held) == 1000 and held[0].line == 2001 and held[0] == rows[2000]
    tuning = records(f"{sentences}#0:2000")
    assert len(tuning) == 2000 and tuning[-1] == rows[1999]


def test_resume_bmes(ner: Path) -> None:
    train = records(ner / "resume" / "train.char.bmes")
    dev = records(ner / "resume" / "dev.char.bmes")
    assert (len(train), sum(len(r.names) for r in train)) == (3821, 952)  # B- and S-NAME
    assert (len(dev), sum(len(r.names) for r in dev)) == (463, 110)
    assert names(dev[0]) == ["吴重阳"] and dev[0].names[0] == (0, 3)
    assert names(train[0]) == ["高勇"]


def test_weibo_conll(ner: Path) -> None:
    rows = records(ner / "weibo" / "weiboNER_2nd_conll.train")
    assert len(rows) == 1350
    assert rows[0].text.startswith("科技全方位资讯智能，快捷")  # segment digits dropped
    # 574 B-PER.NAM and 4 names that start with I-PER.NAM; PER.NOM (女人, 老师) is not a name
    assert sum(len(r.names) for r in rows) == 578
    nominal = next(r for r in rows if "女人" in r.text)
    assert "女人" not in names(nominal)


def test_folder_reads_every_corpus_once(ner: Path) -> None:
    found = resolve([str(ner)])
    assert [(s.name, s.format) for s in found.specs] == [
        ("cluener2020/train.json", "cluener"),
        ("msra/val_sentences.txt", "char-pairs"),
        ("resume/dev.char.bmes", "char-columns"),
        ("resume/train.char.bmes", "char-columns"),
        ("weibo/weiboNER_2nd_conll.train", "char-columns"),
    ]
    assert found.skipped == []  # README.md files are not corpora


# --- JSON formats -------------------------------------------------------------------------

def test_jsonl_with_bom_crlf_and_no_final_newline(tmp_path: Path) -> None:
    lines = [
        {"text": "张伟的手机13812345678", "spans": [
            {"start": 0, "end": 2, "label": "PERSON"},
            {"start": 5, "end": 16, "label": "CN_MOBILE"}]},
        {"text": "今天天气晴。", "spans": []},
    ]
    path = write(tmp_path / "c.jsonl",
                 "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n\n",
                 bom=True, crlf=True)
    assert detect_format(path) == "jsonl"
    first, second = records(path)
    assert names(first) == ["张伟"] and first.personal == ((0, 2), (5, 16))
    assert first.spans == ((0, 2, "PERSON"), (5, 16, "CN_MOBILE"))
    assert (second.names, second.line) == ((), 2)
    path.write_text(json.dumps(lines[1], ensure_ascii=False), encoding="utf-8")  # no newline
    assert len(records(path)) == 1


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "invalid JSON"),
    ('{"text": "张伟", "spans": [{"start": 0, "end": 3, "label": "PERSON"}]}', "span 0"),
    ('{"text": "张伟", "spans": {}}', "'spans' must be a list"),
    ('{"id": 3}', "expected an object"),
    ('["张伟"]', "expected an object"),
])
def test_bad_json_record_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    good = json.dumps({"text": "王芳来了", "spans": []}, ensure_ascii=False)
    path = write(tmp_path / "bad.jsonl", f"{good}\n\n{line}\n{good}\n")
    with pytest.raises(CorpusError) as error:
        records(path)
    assert str(error.value).startswith(f"{path}:3: ") and message in str(error.value)
    assert "张伟" not in str(error.value) and "王芳" not in str(error.value)


def test_cluener_one_a_line_or_pretty(tmp_path: Path) -> None:
    rows = [
        {"text": "彭小军认为，国内银行", "label": {"name": {"彭小军": [[0, 2]]},
                                              "address": {"国内": [[6, 7]]}}},
        {"text": "温格的球队", "label": {"name": {"温格": [[0, 1]]}}},
        {"text": "没有标签的测试句"},  # a test split: no label
    ]
    one_a_line = write(tmp_path / "dev.json",
                       "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    pretty = write(tmp_path / "pretty.json",
                   "\n".join(json.dumps(r, ensure_ascii=False, indent=2) for r in rows) + "\n",
                   bom=True, crlf=True)
    for path in (one_a_line, pretty):
        assert detect_format(path) == "cluener"
        got = records(path)
        assert [names(r) for r in got] == [["彭小军"], ["温格"], []]
        assert got[0].personal == ((0, 3),)  # the address is not personal
    assert [r.line for r in records(pretty)] == [1, 22, 35]


def test_cluener_bad_span_names_the_record_line(tmp_path: Path) -> None:
    good = {"text": "温格的球队", "label": {"name": {"温格": [[0, 1]]}}}
    bad = {"text": "温格的球队", "label": {"name": {"温格": [[3, 9]]}}}
    path = write(tmp_path / "train.json", json.dumps(good, ensure_ascii=False, indent=2)
                 + "\n" + json.dumps(bad, ensure_ascii=False, indent=2))
    with pytest.raises(CorpusError) as error:
        records(path)
    assert str(error.value).startswith(f"{path}:14: label name: need [start, end]")
    assert "温格" not in str(error.value)


SPAN_JSON = [
    {"full_text": "Billing address: Sara Schwarz, 28245 Puruntie 82, Canada",
     "masked": "...", "template_id": 151, "metadata": None,
     "spans": [
         {"entity_type": "GPE", "entity_value": "Canada", "start_position": 50,
          "end_position": 56},
         {"entity_type": "STREET_ADDRESS", "entity_value": "28245 Puruntie 82",
          "start_position": 31, "end_position": 48},
         {"entity_type": "PERSON", "entity_value": "Sara Schwarz", "start_position": 17,
          "end_position": 29}]},
    {"full_text": "What are my options?", "spans": []},
]


def test_span_json_array(tmp_path: Path) -> None:
    path = write(tmp_path / "synth.json", json.dumps(SPAN_JSON, indent=4), bom=True, crlf=True)
    assert detect_format(path) == "span-json"
    first, second = records(path)
    assert names(first) == ["Sara Schwarz"]
    assert first.personal == ((17, 29), (31, 48))  # the address counts, the country not
    assert (second.names, second.line) == ((), 28)
    compact = write(tmp_path / "compact.json", json.dumps(SPAN_JSON))
    assert first.entities == ((17, 29, "PERSON"), (31, 48, "STREET_ADDRESS"))
    assert records(compact) == [
        GoldRecord(first.text, first.names, first.personal, 1, entities=first.entities),
        GoldRecord(second.text, (), (), 1),
    ]
    empty = write(tmp_path / "empty.json", "[ ]\n")
    assert list(read_records(CorpusSpec(empty, "span-json"))) == []


@pytest.mark.parametrize(("text", "message", "line"), [
    (json.dumps(SPAN_JSON, indent=1)[:-2], "expected ',' or ']'", 31),  # no closing ]
    (json.dumps(SPAN_JSON, indent=1) + " []", "text after the JSON array", 32),
    (json.dumps([{"full_text": "Sara Schwarz", "spans": [
        {"entity_type": "PERSON", "start_position": 0, "end_position": 40}]}]), "span 0", 1),
])
def test_bad_span_json(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = write(tmp_path / "bad.json", text)
    with pytest.raises(CorpusError) as error:
        list(read_records(CorpusSpec(path, "span-json")))
    assert str(error.value).startswith(f"{path}:{line}: ") and message in str(error.value)
    assert "Sara" not in str(error.value)


# --- character files ----------------------------------------------------------------------

def test_sentences_and_tags_pair(tmp_path: Path) -> None:
    write(tmp_path / "test_sentences.txt",
          "经 查 ， 黄 登 仁 在 １ ９ ９ ０ 年\n张 三 \u3000 说\n\n\n", bom=True)
    write(tmp_path / "test_tags.txt",
          "O O O B-PER I-PER I-PER O O O O O O\nB-PER I-PER O O\n", crlf=True)
    first, second = records(tmp_path / "test_sentences.txt")
    assert names(first) == ["黄登仁"] and first.text == "经查，黄登仁在１９９０年"
    assert second.text == "张三\u3000说" and names(second) == ["张三"]  # U+3000 is a character
    assert second.line == 2
    assert records(tmp_path / "test_tags.txt") == [first, second]
    folder = tmp_path / "test"
    folder.mkdir()
    write(folder / "sentences.txt", "王 芳\n")
    write(folder / "tags.txt", "B-PER I-PER")  # no final newline
    assert [names(r) for r in records(folder / "sentences.txt")] == [["王芳"]]


@pytest.mark.parametrize(("sentences", "tags", "where", "message"), [
    ("张 三 说\n王 芳\n", "B-PER I-PER O\nB-PER\n", "tags.txt:2", "1 tags for the 2 characters"),
    ("张 三\n王 芳\n", "B-PER I-PER\n", "tags.txt:2", "the file ends here"),
    ("张 三\n", "B-PER I-PER\nO O\n", "sentences.txt:2", "the file ends here"),
    ("张 三\n", "B-PER PERSON\n", "tags.txt:1", "tag 2 is not"),
])
def test_bad_pair_names_file_and_line(tmp_path: Path, sentences: str, tags: str, where: str,
                                      message: str) -> None:
    write(tmp_path / "sentences.txt", sentences)
    write(tmp_path / "tags.txt", tags)
    with pytest.raises(CorpusError) as error:
        records(tmp_path / "sentences.txt")
    assert f"{tmp_path / where}: " in str(error.value) and message in str(error.value)
    assert "张" not in str(error.value)


def test_sentences_without_tags(tmp_path: Path) -> None:
    write(tmp_path / "val_sentences.txt", "张 三 说\n")
    with pytest.raises(CorpusError, match="expected the tags file next to it"):
        resolve([str(tmp_path / "val_sentences.txt")])


def test_bmes_columns(tmp_path: Path) -> None:
    text = ("吴 B-NAME\n重 M-NAME\n阳 E-NAME\n， O\n任 O\n张 S-NAME\n\n"
            "高 B-NAME\n勇 E-NAME\n： O\n男 O\n\n\n\n")
    for crlf in (False, True):
        path = write(tmp_path / "dev.char.bmes", text, bom=True, crlf=crlf)
        assert detect_format(path) == "char-columns"
        first, second = records(path)
        assert first.text == "吴重阳，任张" and names(first) == ["吴重阳", "张"]
        assert (second.line, names(second)) == (8, ["高勇"])
    path = write(tmp_path / "test.char.bmes", text.rstrip("\n"))  # no final newline
    assert len(records(path)) == 2


def test_weibo_columns_with_segment_digits(tmp_path: Path) -> None:
    text = ("李0\tB-PER.NAM\n帆1\tI-PER.NAM\n和0\tO\n老0\tB-PER.NOM\n师1\tI-PER.NOM\n"
            "p10\tO\n10\tO\n\ufffd\ufffd0\tO\n\n"
            "想0\tO\n巾1\tI-PER.NAM\n凡2\tI-PER.NAM\n")
    path = write(tmp_path / "weiboNER_2nd_conll.test", text)
    first, second = records(path)
    assert first.text == "李帆和老师p1\ufffd\ufffd"
    assert names(first) == ["李帆"]  # 老师 is a nominal mention, not a name
    assert names(second) == ["巾凡"]  # a name that starts with I- still counts


def test_bio_variants_and_decoding() -> None:
    assert decode_tags(["B-PER", "I-PER", "O", "I-PER", "B-LOC", "E-LOC"]) == [
        (0, 2, "PER"), (3, 4, "PER"), (4, 6, "LOC")]
    assert decode_tags(["S-NAME", "S-NAME", "B-NAME", "E-NAME", "E-NAME"]) == [
        (0, 1, "NAME"), (1, 2, "NAME"), (2, 4, "NAME"), (4, 5, "NAME")]
    assert decode_tags(["U-PER", "B_PER", "L_PER", "I-PER", "I-ORG"]) == [
        (0, 1, "PER"), (1, 3, "PER"), (3, 4, "PER"), (4, 5, "ORG")]
    assert decode_tags(["B-PER", "I-PER", "o"]) == [(0, 2, "PER")]
    assert decode_tags(["O", "PER"]) == 1  # the index of the first bad tag


@pytest.mark.parametrize(("text", "line"), [
    ("张 B-NAME\n三 E-NAME\n\n高 B-NAME\n勇\n", 5),
    ("张 B-NAME\n三 NAME\n", 2),
    ("张 B-NAME\n三 E-NAME\n\nthis line has no tag at all\n", 4),
])
def test_bad_column_line_names_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "train.char.bmes"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        list(read_records(CorpusSpec(path, "char-columns")))
    assert str(error.value).startswith(f"{path}:{line}: expected a character and a tag")
    assert "张" not in str(error.value) and "勇" not in str(error.value)


def test_not_utf8_and_too_long_records(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "gbk.char.bmes"
    path.write_bytes("张 B-NAME\n三 E-NAME\n".encode("gbk"))
    with pytest.raises(CorpusError, match=f"{path}:1: not UTF-8"):
        list(read_records(CorpusSpec(path, "char-columns")))
    with pytest.raises(CorpusError, match=f"{path}: not UTF-8"):
        resolve([str(path)])
    monkeypatch.setattr(corpora, "MAX_RECORD_CHARS", 10)
    long = write(tmp_path / "long.char.bmes", "字 O\n" * 11)
    with pytest.raises(CorpusError, match=f"{long}:1: a record over 10 characters"):
        list(read_records(CorpusSpec(long, "char-columns")))
    jsonl = write(tmp_path / "long.jsonl", json.dumps({"text": "字" * 11, "spans": []}))
    with pytest.raises(CorpusError, match=f"{jsonl}:1: "):
        list(read_records(CorpusSpec(jsonl, "jsonl")))


# --- paths and ranges ---------------------------------------------------------------------

def test_parse_range(tmp_path: Path) -> None:
    assert parse_range("a/val_sentences.txt#2000:") == ("a/val_sentences.txt", 2000, None)
    assert parse_range("a.json#:5") == ("a.json", 0, 5)
    assert parse_range("a.json#1:3") == ("a.json", 1, 3)
    assert parse_range("a.json") == ("a.json", 0, None)
    odd = write(tmp_path / "odd#1:2.jsonl", "")  # an existing name with '#' is kept whole
    assert parse_range(str(odd)) == (str(odd), 0, None)
    with pytest.raises(CorpusError, match="bad record range"):
        parse_range("a.json#one:two")
    with pytest.raises(CorpusError, match="ends before it starts"):
        parse_range("a.json#5:2")


def test_record_range_counts_records_not_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "x.char.bmes",
                 "".join(f"{ch} O\n{ch} O\n\n" for ch in "甲乙丙丁戊"))
    assert [r.text for r in records(f"{path}#1:3")] == ["乙乙", "丙丙"]
    assert [r.text for r in records(f"{path}#3:")] == ["丁丁", "戊戊"]
    assert [r.text for r in records(f"{path}#:1")] == ["甲甲"]
    assert records(f"{path}#9:") == []
    assert resolve([f"{path}#1:3"]).specs[0].name == f"{tmp_path.name}/x.char.bmes#1:3"


def test_resolve_errors_and_folders(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        resolve([str(tmp_path / "missing.json")])
    with pytest.raises(CorpusError, match="applies to a file, not a folder"):
        resolve([f"{tmp_path}#0:10"])
    notes = write(tmp_path / "notes.txt", "Some notes about the corpus.\nNothing tagged.\n")
    with pytest.raises(CorpusError, match="not a corpus format"):
        resolve([str(notes)])
    write(tmp_path / "README.md", "# corpus\n")
    write(tmp_path / "a.char.bmes", "张 S-NAME\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    write(sub / "x_sentences.txt", "王 芳\n")
    write(sub / "x_tags.txt", "B-PER I-PER\n")
    found = resolve([str(tmp_path)])
    assert [s.name for s in found.specs] == [f"{tmp_path.name}/a.char.bmes",
                                             "sub/x_sentences.txt"]
    assert found.skipped == [notes]
