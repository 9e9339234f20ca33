"""Training the person-name CRF: `make train-names` (python -m privacy.names.train CORPUS...).

Reads the tuning parts of the shared corpora (the same ones `make eval` names; the held-aside
parts never), adds copies of their records with the names swapped for others
(privacy.names.augment) and synthetic government records (privacy.names.synthetic), and trains
a linear-chain CRF with python-crfsuite (L-BFGS; the same data gives the same model, and the
data do not depend on when they are made). The threshold of name
probability from which a character is masked is chosen by two-fold cross-validation on the
tuning parts: each half is tagged by a model trained on the other half and scored with the
whole recognizer (rules and model, as the screen runs them); the threshold kept is the
lowest of THRESHOLDS whose over-masking stays within MAX_OVER_MASKING. The final model is
trained on all of it and exported for decoding (privacy.names.export), with what it was
trained on, the cross-validation table, the settings and a digest of what the features read
(privacy.names.features.inputs_digest) in names.provenance.json.

`--search c1=0.05,0.1,0.2` prints the cross-validation table of several regularisation
strengths instead (the value in Settings was chosen that way). `--folds DIR` keeps the two
fold models in DIR (fold-0.npz, fold-1.npz; fold k was trained without the records k, k+2,
…); `--rescore DIR` prints the cross-validation table of the recognizer as it is now from
fold models kept so, without training (a change of the filters in
privacy.recognizers.person_model is measured out of fold in a minute), and `--out-of-fold DIR`
each part's figures with the whole screen, as `govcat privacy eval` prints them (every
recognizer, the synthetic records as a part of their own). Only this module needs
python-crfsuite, a development dependency.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from privacy.names.features import character_features, inputs_digest, labels_of

if TYPE_CHECKING:
    from privacy.evaluation import CorpusReport
    from privacy.screen import Screener

Example = tuple[str, list[tuple[int, int]]]  # a text and the spans of the names in it

DATA = Path(__file__).resolve().parents[1] / "data"
MODEL = DATA / "names.npz"
THRESHOLDS = (0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002)
# Two thirds of the 3 % the screen may touch of non-personal text: out of fold, each half's
# model has seen half the data, and over-masks more than the final model does on new text.
MAX_OVER_MASKING = 0.02


@dataclass(frozen=True)
class Settings:
    """What training uses (recorded in the provenance file)."""

    c1: float = 0.05     # L1 (chosen with --search on the tuning parts' cross-validation)
    c2: float = 0.01     # L2
    iterations: int = 200
    synthetic: int = 6000
    copies: int = 8      # name-swapped copies of each corpus record that names someone
    seed: int = 20261201


@dataclass
class Part:
    """A corpus part: its name, file digest and the examples read from it."""

    name: str
    sha256: str
    examples: list[Example]


def read_parts(arguments: Sequence[str]) -> list[Part]:
    """The tuning parts named by `make eval`-style arguments (PATH or PATH#START:END)."""
    from privacy.corpora import read_records, resolve

    parts = []
    for spec in resolve(arguments).specs:
        digest = hashlib.sha256(spec.path.read_bytes()).hexdigest()
        examples = [(r.text, [tuple(s) for s in r.names]) for r in read_records(spec)]
        parts.append(Part(spec.name, digest, examples))  # type: ignore[arg-type]
    return parts


def synthetic_examples(settings: Settings) -> Iterator[Example]:
    from privacy.names.synthetic import SyntheticRecords

    yield from SyntheticRecords(settings.seed).records(settings.synthetic)


def with_copies(examples: list[Example], settings: Settings, seed: int) -> list[Example]:
    """examples and settings.copies name-swapped copies of those naming someone."""
    from privacy.names.augment import NameSwapper

    return examples + list(NameSwapper(examples, seed).copies(examples, settings.copies))


def train(examples: Sequence[Example], settings: Settings, model_file: Path) -> Path:
    """Train a CRF on examples; returns the crfsuite model file written."""
    import pycrfsuite  # a development dependency: only training needs it

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, names in examples:
        if text:
            trainer.append(list(character_features(text)), labels_of(len(text), names))
    trainer.set_params({"c1": settings.c1, "c2": settings.c2,
                        "max_iterations": settings.iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_file))
    return model_file


def weights_of(model_file: Path) -> tuple[dict, dict]:
    """The state features and transitions of a crfsuite model file."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    info = tagger.info()
    return dict(info.state_features), dict(info.transitions)


def export_model(model_file: Path, npz: Path, threshold: float) -> None:
    from privacy.names.export import export

    state, transitions = weights_of(model_file)
    export(state, transitions, npz, extra={"threshold": threshold})


def _train_fold(job: tuple[list[Example], Settings, str, int]) -> str:
    examples, settings, folder, fold = job
    model_file = Path(folder) / f"fold-{fold}-{settings.c1}.crfsuite"
    train(examples, settings, model_file)
    npz = model_file.with_suffix(".npz")
    export_model(model_file, npz, THRESHOLDS[-1])
    return str(npz)


def cross_validate(parts: list[Part], synthetic: list[Example], settings_list: list[Settings],
                   folder: Path, keep: Path | None = None) -> dict[str, list[dict]]:
    """Out-of-fold scores per threshold, for each settings (two folds by record parity).

    The synthetic records are split and scored like a corpus: they stand for the screen's
    government text, whose over-masking counts as much as the corpora's. Each half's model
    is trained on that half's corpus records with their name-swapped copies (never copies of
    the records it is scored on), and that half's synthetic records.
    """
    halves = [[e for p in parts for e in p.examples[k::2]] for k in (0, 1)]
    synthetic_halves = [synthetic[k::2] for k in (0, 1)]
    jobs = [(with_copies(halves[1 - k], settings, settings.seed + k) + synthetic_halves[1 - k],
             settings, str(folder), k)
            for settings in settings_list for k in (0, 1)]
    parts = [*parts, Part("synthetic", "", synthetic)]
    with multiprocessing.get_context("fork").Pool(min(2, len(jobs))) as pool:
        models = pool.map(_train_fold, jobs)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        for k, model in enumerate(models[:2]):
            shutil.copyfile(model, fold_file(keep, k))
    tables = {}
    for index, settings in enumerate(settings_list):
        pair = models[2 * index: 2 * index + 2]
        tables[f"c1={settings.c1}"] = _score_thresholds(parts, pair)
    return tables


def _score_thresholds(parts: list[Part], models: list[str]) -> list[dict]:
    """Recall (any character) and over-masking of the whole recognizer, per threshold."""
    from privacy.corpora import GoldRecord
    from privacy.evaluation import NameScore, score_record
    from privacy.masking import mask_value
    from privacy.recognizers.person_zh import ChinesePersonRecognizer

    rows = []
    recognizers = [ChinesePersonRecognizer(model=Path(path)) for path in models]
    for threshold in THRESHOLDS:
        total = NameScore("cross-validation")
        corpora = NameScore("corpora")
        for recognizer in recognizers:
            recognizer.model.threshold = threshold
        for part in parts:
            for k, (text, names) in enumerate(part.examples):
                recognizer = recognizers[k % 2]  # tagged by the model that did not see it
                found = [c for c in recognizer.find(text) if c.score >= 0.4]
                screened = list(text)
                for c in found:
                    screened[c.start:c.end] = mask_value("PERSON", text[c.start:c.end])
                record = GoldRecord(text, tuple(names), tuple(names))
                scored = score_record(record, "".join(screened),
                                      [(c.start, c.end, "PERSON") for c in found])
                total.add(scored)
                if part.name != "synthetic":
                    corpora.add(scored)
        rows.append({"threshold": threshold, "recall_any": round(total.recall_any, 4),
                     "over_masking": round(total.over_masking, 4),
                     "corpora_recall_any": round(corpora.recall_any, 4),
                     "corpora_over_masking": round(corpora.over_masking, 4)})
    return rows


def fold_file(folder: Path, k: int) -> Path:
    """Where --folds keeps fold k's model (trained without the records k, k + 2, …)."""
    return folder / f"fold-{k}.npz"


def kept_folds(folder: Path) -> list[Path]:
    """The two fold models --folds kept in folder; FileNotFoundError naming what is missing."""
    models = [fold_file(folder, k) for k in (0, 1)]
    missing = [str(model) for model in models if not model.is_file()]
    if missing:
        raise FileNotFoundError(f"no fold model {', '.join(missing)} (keep them with --folds "
                                f"{folder} when training)")
    return models


def fold_screener(model: Path, threshold: float) -> Screener:
    """A Screener (every recognizer, as the screen runs) whose Chinese names are decoded with
    the model at path, a fold's, at threshold (the shipped model's)."""
    from privacy.recognizers.person_model import ModelNames
    from privacy.recognizers.person_zh import ChinesePersonRecognizer
    from privacy.screen import Screener

    screener = Screener()
    for recognizer in screener.analyzer.registry.recognizers:
        if isinstance(recognizer, ChinesePersonRecognizer):
            recognizer.model = ModelNames(model)
            recognizer.model.model.threshold = threshold
    return screener


def out_of_fold_report(arguments: Sequence[str], folds: Path, synthetic: list[Example]
                       ) -> CorpusReport:
    """Each tuning part (and the synthetic records) screened whole, record k by the screen with
    the fold model that did not see it (fold-{k mod 2}.npz in folds), scored as `govcat privacy
    eval` scores a corpus (privacy.evaluation.CorpusReport)."""
    from privacy.corpora import resolve
    from privacy.evaluation import evaluate_corpora
    from privacy.recognizers.person_model import ModelNames

    threshold = ModelNames(MODEL).threshold
    screeners = [fold_screener(model, threshold) for model in kept_folds(folds)]
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "synthetic.jsonl"
        with open(records, "w", encoding="utf-8") as handle:
            for text, names in synthetic:
                spans = [{"start": a, "end": b, "label": "PERSON"} for a, b in names]
                handle.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")
        *specs, generated = resolve([*arguments, str(records)]).specs
        return evaluate_corpora([*specs, replace(generated, label="synthetic records")],
                                screeners)


def choose_threshold(rows: list[dict]) -> float:
    """The lowest threshold whose out-of-fold over-masking is within MAX_OVER_MASKING."""
    within = [r for r in rows if r["over_masking"] <= MAX_OVER_MASKING]
    return min(within, key=lambda r: r["threshold"])["threshold"] if within else THRESHOLDS[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+",
                        help="Tuning parts: files or PATH#START:END ranges (as `make eval`).")
    parser.add_argument("--output", type=Path, default=MODEL, help="Model file to write.")
    parser.add_argument("--search", help="Print cross-validation for c1=A,B,... and stop.")
    parser.add_argument("--folds", type=Path, help="Keep the two fold models in this folder.")
    parser.add_argument("--rescore", type=Path,
                        help="Print the cross-validation table from the fold models kept in "
                             "this folder (--folds) with the recognizer as it is now; no training.")
    parser.add_argument("--out-of-fold", type=Path, metavar="FOLDS",
                        help="Print each part's names caught, hidden whole and over-masking with "
                             "the whole screen as it is now, each record screened with the fold "
                             "model (kept with --folds) that did not see it; no training.")
    args = parser.parse_args(argv)
    settings = Settings()
    started = time.monotonic()
    synthetic = list(synthetic_examples(settings))
    try:
        if args.out_of_fold:
            print(out_of_fold_report(args.corpora, args.out_of_fold, synthetic).to_table())
            return 0
        models = [str(model) for model in kept_folds(args.rescore)] if args.rescore else []
    except FileNotFoundError as error:
        parser.error(str(error))
    parts = read_parts(args.corpora)
    if args.rescore:
        table = _score_thresholds([*parts, Part("synthetic", "", synthetic)], models)
        print(json.dumps({"threshold": choose_threshold(table), "cross_validation": table},
                         indent=2))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.search:
            name, _, values = args.search.partition("=")
            if name != "c1":
                parser.error("--search takes c1=A,B,...")
            candidates = [replace(settings, c1=float(v)) for v in values.split(",")]
            tables = cross_validate(parts, synthetic, candidates, Path(tmp))
            print(json.dumps(tables, indent=2))
            return 0
        table = cross_validate(parts, synthetic, [settings], Path(tmp),
                               args.folds)[f"c1={settings.c1}"]
        threshold = choose_threshold(table)
        examples = with_copies([e for p in parts for e in p.examples], settings,
                               settings.seed) + synthetic
        model_file = train(examples, settings, Path(tmp) / "names.crfsuite")
        export_model(model_file, args.output, threshold)
    provenance = {
        "model": args.output.name,
        "trained_with": "python-crfsuite (L-BFGS), features of privacy/names/features.py",
        "feature_inputs": inputs_digest(),
        "settings": asdict(settings),
        "corpora": [{"part": p.name, "sha256": p.sha256, "records": len(p.examples),
                     "names": sum(len(n) for _, n in p.examples)} for p in parts],
        "synthetic_records": len(synthetic),
        "name_swapped_copies": f"{settings.copies} of each corpus record naming someone "
                               "(privacy/names/augment.py)",
        "held_aside": "never read: MSRA val records 2000- and Resume dev (make eval)",
        "threshold": threshold,
        "threshold_rule": f"lowest of {list(THRESHOLDS)} with out-of-fold over-masking "
                          f"<= {MAX_OVER_MASKING}",
        "cross_validation": table,
        "seconds": round(time.monotonic() - started),
    }
    args.output.with_suffix(".provenance.json").write_text(
        json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"model written to {args.output}: threshold {threshold}, "
          f"{sum(len(p.examples) for p in parts)} corpus records + {len(synthetic)} synthetic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
