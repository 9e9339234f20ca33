"""Span-overlap scoring of a detector against a labelled corpus.

Matching rule: spans are half-open [start, end). A predicted span is a true positive when
it overlaps (shares at least one character with) a not yet matched gold span of the same
label; predictions are taken in (start, end) order and each takes the overlapping gold
span with the largest overlap (earliest on ties). Each gold span is matched at most once.
Unmatched predictions are false positives, unmatched gold spans false negatives.
Precision, recall and F1 are 0.0 when undefined (zero denominator); the counts say why.

Real-text corpora (read by privacy.corpora) are scored on person names, by three measures:

- recall "as a reader would judge it": a gold name is caught when the screen's output text
  (`Screener.screen_text(text).text`) differs from the input in any of the name's characters
  (masking keeps lengths, 张三 → 张*, so texts are compared character by character; when a
  remediation changed the length, the characters of the predicted spans count as changed);
- whole: a gold name is hidden whole when every character that the masking convention hides
  (privacy.masking.mask_person: all but the surname of 张三丰, each word's initial of John
  Smith; the surname of 黄教授) is changed; a name masked in part (张三丰 → 张*丰) is caught
  but not whole, since a reader sees two of its three characters;
- exact-span precision, recall and F1 of PERSON: a predicted PERSON span
  (`Screener.analyze_text`) is right only when both its edges are those of a gold name;
- over-masking: the share of the characters outside every gold personal span that the screen
  changed (personal: person names; in JSONL corpora every gold span; in span-JSON every span
  but organisations, places, groups and titles, see privacy.corpora).

Counts are kept per corpus and summed (micro) over all of them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from privacy.corpora import CorpusSpec, GoldRecord, read_records
from privacy.corpora import check_jsonl_record as _check_record
from privacy.masking import mask_person
from privacy.recognizers.handle import SocialHandleRecognizer
from privacy.recognizers.person_model import ADDRESSING
from privacy.recognizers.surnames import surname_of

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


def load_corpus(path: str | Path) -> Iterator[dict]:
    """Yield validated records from a JSONL corpus; ValueError("path:line: ...") if bad."""
    with open(path, encoding="utf-8-sig") as handle:
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


class LabelCounts:
    """True positives, false positives and false negatives per label, added text by text."""

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.records = 0

    def add(self, gold: list[Span], predicted: list[Span]) -> None:
        """Count one text's gold and predicted spans (the overlap rule above)."""
        self.records += 1
        for slot, labels in enumerate(_match(gold, predicted)):
            for label in labels:
                self.counts[label][slot] += 1

    def merge(self, other: LabelCounts) -> None:
        """Add another text's or corpus's counts to these."""
        self.records += other.records
        for label, counts in other.counts.items():
            for slot, value in enumerate(counts):
                self.counts[label][slot] += value

    def report(self) -> EvalReport:
        """Scores per label and micro-averaged."""
        counts = self.counts
        per_label = {label: LabelScore.from_counts(label, *counts[label])
                     for label in sorted(counts)}
        micro = LabelScore.from_counts(
            "micro",
            sum(c[0] for c in counts.values()),
            sum(c[1] for c in counts.values()),
            sum(c[2] for c in counts.values()),
        )
        return EvalReport(per_label, micro, self.records)


def evaluate(
    records: Iterable[dict],
    detect: Callable[[str], Iterable[Span]],
    *,
    aliases: Mapping[str, str] | None = None,
    ignore: Collection[str] = (),
) -> EvalReport:
    """Score detect() against gold spans; aliases rename labels, ignore drops labels."""
    aliases = aliases or {}
    counts = LabelCounts()
    for record in records:
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
        counts.add(gold, predicted)
    return counts.report()


def text_language(text: str) -> str:
    """"zh" when the text has any CJK character, else "en" (the analyzer language to use)."""
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


def evaluate_screener(path: str | Path, screener: Any) -> EvalReport:
    """Score a Screener's text path (the full analyzer) on a JSONL corpus."""

    def detect(text: str) -> list[Any]:
        return screener.analyze_text(text, text_language(text))

    return evaluate(load_corpus(path), detect)


# ------------------------------------------------------------------ names in real text

PERSON = "PERSON"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class NameScore:
    """Counts of one corpus (or of several summed): names caught, exact spans, over-masking."""

    corpus: str
    format: str = ""
    records: int = 0
    characters: int = 0
    names: int = 0             # gold person names
    caught: int = 0            # gold names with at least one character changed by the screen
    whole: int = 0             # gold names with every character the convention hides changed
    predicted: int = 0         # predicted PERSON spans
    exact: int = 0             # predicted PERSON spans with both edges those of a gold name
    outside: int = 0           # characters outside every gold personal span
    outside_changed: int = 0   # of which the screen changed
    # … of which inside an @account's name (@尐胖釨_nancy): masked on purpose, an account's
    # name being its holder's, though the corpora do not label it
    outside_changed_accounts: int = 0
    length_changed: int = 0    # records whose output length differs (predicted spans counted)
    labels: LabelCounts | None = field(default=None, repr=False)   # JSONL: per-label overlap
    # span-JSON: per gold entity type, [spans, spans with at least one character changed]
    entities: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @property
    def recall_any(self) -> float:
        """Share of gold names with any character changed (as a reader would judge)."""
        return _ratio(self.caught, self.names)

    @property
    def recall_whole(self) -> float:
        """Share of gold names hidden whole (every character the convention hides changed)."""
        return _ratio(self.whole, self.names)

    @property
    def precision(self) -> float:
        """Exact-span precision of PERSON."""
        return _ratio(self.exact, self.predicted)

    @property
    def recall(self) -> float:
        """Exact-span recall of PERSON."""
        return _ratio(self.exact, self.names)

    @property
    def f1(self) -> float:
        """Exact-span F1 of PERSON."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def over_masking(self) -> float:
        """Share of the characters outside personal spans that the screen changed."""
        return _ratio(self.outside_changed, self.outside)

    @property
    def over_masking_accounts(self) -> float:
        """Share of the characters outside personal spans changed inside @accounts' names."""
        return _ratio(self.outside_changed_accounts, self.outside)

    def add(self, other: NameScore) -> None:
        """Add other's counts to these."""
        for name in ("records", "characters", "names", "caught", "whole", "predicted", "exact",
                     "outside", "outside_changed", "outside_changed_accounts",
                     "length_changed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        if other.labels is not None:
            if self.labels is None:
                self.labels = LabelCounts()
            self.labels.merge(other.labels)
        for kind, (total, caught) in other.entities.items():
            counts = self.entities.setdefault(kind, [0, 0])
            counts[0] += total
            counts[1] += caught

    def to_dict(self) -> dict:
        """JSON-ready counts and ratios (no text)."""
        data: dict[str, Any] = {
            "corpus": self.corpus,
            "format": self.format,
            "records": self.records,
            "characters": self.characters,
            "names": self.names,
            "caught": self.caught,
            "recall_any": self.recall_any,
            "whole": self.whole,
            "recall_whole": self.recall_whole,
            "exact": asdict(LabelScore.from_counts(
                PERSON, self.exact, self.predicted - self.exact, self.names - self.exact)),
            "outside_characters": self.outside,
            "outside_changed": self.outside_changed,
            "over_masking": self.over_masking,
            "outside_changed_accounts": self.outside_changed_accounts,
            "over_masking_accounts": self.over_masking_accounts,
            "length_changed": self.length_changed,
        }
        if self.labels is not None:
            data["per_label"] = self.labels.report().to_dict()
        if self.entities:
            data["per_entity"] = {kind: {"spans": total, "caught": caught,
                                         "recall_any": _ratio(caught, total)}
                                  for kind, (total, caught) in sorted(self.entities.items())}
        return data


def changed_characters(text: str, screened: str) -> bytearray | None:
    """1 for each character of text the screen changed, 0 for the others; None where it changed
    the text's length (the positions no longer match)."""
    if len(screened) != len(text):
        return None
    return bytearray(before != after for before, after in zip(text, screened, strict=True))


def changed_outside(changed: bytes | bytearray, spans: Iterable[tuple[int, int]]
                    ) -> tuple[int, list[int]]:
    """How many characters lie outside every span, and where those the screen changed are."""
    inside = bytearray(len(changed))
    for start, end in spans:
        inside[start:end] = b"\x01" * (end - start)
    return (len(changed) - sum(inside),
            [i for i, (c, p) in enumerate(zip(changed, inside, strict=True)) if c and not p])


def score_record(record: GoldRecord, screened: str, predicted: Iterable[Any]) -> NameScore:
    """One record's counts, given the screen's output text and its predicted spans."""
    text = record.text
    spans = [_as_span(p) for p in predicted]
    size = len(text)
    score = NameScore("", records=1, characters=size, names=len(record.names))
    changed = changed_characters(text, screened)
    if changed is None:
        score.length_changed = 1
        changed = bytearray(size)
        for start, end, _label in spans:
            changed[start:end] = b"\x01" * (end - start)
    score.caught = sum(1 for start, end in record.names if any(changed[start:end]))
    score.whole = sum(1 for start, end in record.names
                      if hidden_whole(text[start:end], changed[start:end]))
    for start, end, kind in record.entities:
        counts = score.entities.setdefault(kind, [0, 0])
        counts[0] += 1
        counts[1] += any(changed[start:end])
    people = {(start, end) for start, end, label in spans if label == PERSON}
    score.predicted = len(people)
    score.exact = len(people & set(record.names))
    score.outside, over = changed_outside(changed, record.personal)
    score.outside_changed = len(over)
    if over and "@" in text:
        accounts = {i for m in SocialHandleRecognizer.REGEX.finditer(text)
                    for i in range(*m.span("v"))}
        score.outside_changed_accounts = len(accounts.intersection(over))
    return score


_ADDRESSING = frozenset(ADDRESSING)


def hidden_whole(name: str, changed: bytes | bytearray) -> bool:
    """Whether every character of name that its masking would hide was changed, or, for a
    surname and a word of address (黄教授, 胡总, 毛主席), its surname: the screen masks such a
    reference as 王先生 → *先生, since the surname is what names the person."""
    masked = mask_person(name)
    if len(masked) != len(name):
        return all(changed)
    if all(c for c, m in zip(changed, masked, strict=True) if m == "*"):
        return True
    surname = surname_of(name)
    return bool(surname) and name[len(surname):] in _ADDRESSING and all(changed[:len(surname)])


@dataclass
class CorpusReport:
    """Name scores per corpus, their sum, and per-label scores of the JSONL corpora."""

    corpora: list[NameScore]

    @property
    def overall(self) -> NameScore:
        """The counts of every corpus summed (micro)."""
        total = NameScore("overall")
        for score in self.corpora:
            total.add(score)
        return total

    def to_dict(self) -> dict:
        """JSON-ready: per corpus, overall, and (with JSONL corpora) records/micro/per_label."""
        overall = self.overall
        data: dict[str, Any] = {
            "corpora": [score.to_dict() for score in self.corpora],
            "overall": overall.to_dict(),
        }
        if overall.labels is not None:
            data.update(overall.labels.report().to_dict())
        return data

    def to_table(self) -> str:
        """Aligned plain-text table: one row per corpus and an overall row."""
        rows = [*self.corpora, self.overall]
        width = max([len("corpus"), *(len(r.corpus) for r in rows)])
        head = (f"{'corpus':<{width}}  {'records':>8} {'chars':>9} {'names':>6}  "
                f"{'recall':>6}  {'whole':>6}   {'exact P':>7}  {'exact R':>7}  {'exact F1':>8}   "
                f"{'over-mask':>9}  {'@accounts':>9}")
        lines = [head, "-" * len(head)]
        for i, r in enumerate(rows):
            if i == len(rows) - 1:
                lines.append("-" * len(head))
            lines.append(
                f"{r.corpus:<{width}}  {r.records:>8,} {r.characters:>9,} {r.names:>6,}  "
                f"{r.recall_any:>6.1%}  {r.recall_whole:>6.1%}   {r.precision:>7.1%}  "
                f"{r.recall:>7.1%}  {r.f1:>8.1%}   {r.over_masking:>9.2%}  "
                f"{r.over_masking_accounts:>9.2%}"
            )
        lines.append("recall: gold names with any character changed (as a reader judges)")
        lines.append("whole: gold names with every character changed that masking hides "
                     "(all but a surname)")
        lines.append("exact: predicted PERSON spans with both edges those of a gold name")
        lines.append("over-mask: characters outside every gold personal span that were changed")
        lines.append("@accounts: of them, those in the name of an @account (masked on purpose: "
                     "an account's name is its holder's; the corpora do not label it)")
        entities = self.entity_table()
        if entities:
            lines += ["", entities]
        return "\n".join(lines)

    def entity_table(self) -> str:
        """Per corpus with typed gold spans (span-JSON), the share of each entity type caught
        (any character changed); "" when no corpus has typed spans."""
        typed = [r for r in [*self.corpora, self.overall] if r.entities]
        if not typed:
            return ""
        if len(typed) == 2:  # one typed corpus: its own row is the overall one
            typed = typed[:1]
        kinds = sorted({kind for r in typed for kind in r.entities})
        width = max([len("entity"), *(len(k) for k in kinds)])
        head = f"{'entity':<{width}}" + "".join(f"  {r.corpus[-24:]:>24}" for r in typed)
        lines = ["caught per entity (any character changed; spans in brackets)", head,
                 "-" * len(head)]
        for kind in kinds:
            cells = []
            for r in typed:
                total, caught = r.entities.get(kind, (0, 0))
                cells.append(f"{_ratio(caught, total):.3f} ({total:,})" if total else "-")
            lines.append(f"{kind:<{width}}" + "".join(f"  {c:>24}" for c in cells))
        return "\n".join(lines)


Progress = Callable[[CorpusSpec, NameScore, bool], None]


def evaluate_corpora(specs: Sequence[CorpusSpec], screener: Any, *,
                     progress: Progress | None = None, every: int = 100) -> CorpusReport:
    """Screen every record of the corpora and score names.

    screener may be a list of screeners, which take each corpus's records in turn (record k:
    screener k mod n; the two halves of cross-validation, privacy.names.train). progress(spec,
    counts so far, done) is called when a corpus starts, every `every` records, and when it
    is done.
    """
    screeners = screener if isinstance(screener, list) else [screener]
    scores: list[NameScore] = []
    for spec in specs:
        score = NameScore(spec.name, spec.format)
        if progress is not None:
            progress(spec, score, False)
        for k, record in enumerate(read_records(spec)):
            screener = screeners[k % len(screeners)]
            text = record.text
            language = text_language(text)
            predicted = [_as_span(r) for r in screener.analyze_text(text, language)]
            screened = screener.screen_text(text, language=language).text
            score.add(score_record(record, screened, predicted))
            if record.spans is not None:
                if score.labels is None:
                    score.labels = LabelCounts()
                score.labels.add(list(record.spans), predicted)
            if progress is not None and score.records % every == 0:
                progress(spec, score, False)
        if progress is not None:
            progress(spec, score, True)
        scores.append(score)
    return CorpusReport(scores)
