"""Span-overlap scoring of a detector against a labelled corpus.

Matching rule: spans are half-open [start, end). A predicted span is a true positive when
it overlaps (shares at least one character with) a not yet matched gold span of the same
label; predictions are taken in (start, end) order and each takes the overlapping gold
span with the largest overlap (earliest on ties). Each gold span is matched at most once.
Unmatched predictions are false positives, unmatched gold spans false negatives.
Precision, recall and F1 are 0.0 when undefined (zero denominator); the counts say why.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

Span = tuple[int, int, str]


@dataclass
class LabelScore:
    """Counts and scores for one label (or the micro average)."""

    label: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def from_counts(cls, label: str, tp: int, fp: int, fn: int) -> LabelScore:
        """Build a score from counts; undefined ratios are 0.0."""
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(label, tp, fp, fn, precision, recall, f1)


@dataclass
class EvalReport:
    """Per-label and micro-averaged scores over a number of records."""

    per_label: dict[str, LabelScore]
    micro: LabelScore
    records: int

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {
            "records": self.records,
            "micro": asdict(self.micro),
            "per_label": {label: asdict(score) for label, score in self.per_label.items()},
        }

    def to_table(self) -> str:
        """Aligned plain-text table, one row per label and a micro row."""
        rows = [*self.per_label.values(), self.micro]
        width = max([len("label"), *(len(r.label) for r in rows)])
        head = (
            f"{'label':<{width}}  {'tp':>6} {'fp':>6} {'fn':>6}  "
            f"{'prec':>6} {'rec':>6} {'f1':>6}"
        )
        lines = [head, "-" * len(head)]
        for i, r in enumerate(rows):
            if i == len(rows) - 1:
                lines.append("-" * len(head))
            lines.append(
                f"{r.label:<{width}}  {r.tp:>6} {r.fp:>6} {r.fn:>6}  "
                f"{r.precision:>6.3f} {r.recall:>6.3f} {r.f1:>6.3f}"
            )
        lines.append(f"records: {self.records}")
        return "\n".join(lines)


def _check_record(record: Any) -> str | None:
    """What is wrong with a corpus record, or None (messages never quote the text)."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    text = record.get("text")
    if not isinstance(text, str):
        return "'text' must be a string"
    spans = record.get("spans")
    if not isinstance(spans, list):
        return "'spans' must be a list"
    for i, span in enumerate(spans):
        if not isinstance(span, dict):
            return f"span {i}: expected an object with start, end, label"
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not isinstance(label, str) or not label:
            return f"span {i}: 'label' must be a non-empty string"
        ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end))
        if not ints or not 0 <= start < end <= len(text):
            return (
                f"span {i}: need integers 0 <= start < end <= {len(text)} "
                f"(got start={start!r}, end={end!r})"
            )
    return None


def load_corpus(path: str | Path) -> Iterator[dict]:
    """Yield validated records from a JSONL corpus; ValueError("path:line: ...") if bad."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            problem = _check_record(record)
            if problem:
                raise ValueError(f"{path}:{number}: {problem}")
            yield record


def _as_span(item: Any) -> Span:
    """A predicted span from a tuple or a Presidio-like result object."""
    if hasattr(item, "entity_type"):
        return int(item.start), int(item.end), str(item.entity_type)
    start, end, label = item
    return int(start), int(end), str(label)


def _match(gold: list[Span], predicted: list[Span]) -> tuple[list[str], list[str], list[str]]:
    """Labels of true positives, false positives and false negatives for one text."""
    used = [False] * len(gold)
    tps: list[str] = []
    fps: list[str] = []
    for start, end, label in sorted(predicted):
        best, best_overlap = -1, 0
        for i, (g_start, g_end, g_label) in enumerate(gold):
            if used[i] or g_label != label:
                continue
            overlap = min(end, g_end) - max(start, g_start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best < 0:
            fps.append(label)
        else:
            used[best] = True
            tps.append(label)
    fns = [g[2] for g, hit in zip(gold, used, strict=True) if not hit]
    return tps, fps, fns


def evaluate(
    records: Iterable[dict],
    detect: Callable[[str], Iterable[Span]],
    *,
    aliases: Mapping[str, str] | None = None,
    ignore: Collection[str] = (),
) -> EvalReport:
    """Score detect() against gold spans; aliases rename labels, ignore drops labels."""
    aliases = aliases or {}
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    total = 0
    for record in records:
        total += 1
        text = record["text"]
        gold = [
            (s["start"], s["end"], aliases.get(s["label"], s["label"])) for s in record["spans"]
        ]
        predicted = [
            (start, end, aliases.get(label, label))
            for start, end, label in map(_as_span, detect(text))
        ]
        gold = [s for s in gold if s[2] not in ignore]
        predicted = [s for s in predicted if s[2] not in ignore]
        for slot, labels in enumerate(_match(gold, predicted)):
            for label in labels:
                counts[label][slot] += 1
    per_label = {label: LabelScore.from_counts(label, *counts[label]) for label in sorted(counts)}
    micro = LabelScore.from_counts(
        "micro",
        sum(c[0] for c in counts.values()),
        sum(c[1] for c in counts.values()),
        sum(c[2] for c in counts.values()),
    )
    return EvalReport(per_label, micro, total)


def text_language(text: str) -> str:
    """"zh" when the text has any CJK character, else "en" (the analyzer language to use)."""
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def evaluate_screener(path: str | Path, screener: Any) -> EvalReport:
    """Score a Screener's text path (the full analyzer) on a JSONL corpus."""

    def detect(text: str) -> list[Any]:
        return screener.analyze_text(text, text_language(text))

    return evaluate(load_corpus(path), detect)
