"""Probe sets of government text: templates of the genres the screen meets (petitions, hotline
records, court records, notices, cells …) filled with generated names, screened, and scored.

Each file of privacy/data/probes holds one genre: a title line starting with ``#``, then one
template a line, with ``{n}`` (and ``{m}``, another person) where a name goes. Each template is
filled PER times a seed with names of Faker's zh_CN locale and with hard ones (a surname that is
a function word or a word too, 和, 于, 花, 东方 …, before a given name that is a word, 和平,
红旗, 秋月 …), the way government text of the 1950s-70s generations names people. The files
starting with ``check-`` were written after the others had guided the rules, as a check on them.
No corpus sentence is in them, and nothing is trained on them.

Printed per file and overall: the names, those not hidden whole (privacy.evaluation.hidden_whole:
a character that masking hides was left), and the characters outside every name the screen
changed (a residence's address or a licence plate in a template is masked on purpose and counts
there too). ``--show`` lists each name not hidden whole and each text over-masked, the changed
characters in brackets.

    python -m privacy.names.probes [FILE ...] [--seeds 1,2] [--per 30] [--show]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes"
PLACEHOLDERS = ("n", "m")
# Surnames that are function words or words too, and given names that are words (the names
# the model and the rules find hardest): drawn for two names in five
HARD_SURNAMES = (*"和于向常高花华广全信能万文明安白石金田方马黄龙江程成包单师易时",
                 "欧阳", "司马", "上官", "诸葛", "令狐", "公冶", "南宫", "东方", "皇甫")
HARD_GIVEN_NAMES = (  # noqa: SIM905 (a list of words reads best as one)
    "和平 文明 海洋 建国 国强 红旗 秀华 桂芳 金凤 立新 胜利 晓东 爱国 玉兰 建军 光明 春风 秋月 "
    "志强 新华 卫东 永红 建设 平安 东平 雪梅 长江 海燕 丽华 军 磊 玲 芳 静 敏 超 欢 林 波 强 伟 "
    "娜 勇 杰 涛 明 华 平 宁 飞 兵 鹏").split()


@dataclass(frozen=True)
class Probe:
    """One filled template: its text and the (start, end) of each name in it."""

    text: str
    names: tuple[tuple[int, int], ...]


@dataclass
class ProbeScore:
    """Counts for one file (or all): names, those not hidden whole, over-masked characters."""

    label: str
    names: int = 0
    missed: int = 0
    outside: int = 0
    over: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: ProbeScore) -> None:
        self.names += other.names
        self.missed += other.missed
        self.outside += other.outside
        self.over += other.over

    def row(self, width: int) -> str:
        share = self.missed / self.names if self.names else 0.0
        over = self.over / self.outside if self.outside else 0.0
        return (f"{self.label:<{width}}  {self.names:>7,}  {self.missed:>6,}  {share:>6.2%}  "
                f"{self.over:>6,}  {over:>6.2%}")


def templates(path: Path) -> list[str]:
    """The templates of a probe file (its lines but the title and blank ones)."""
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def name_source(seed: int) -> Iterator[str]:
    """Names: Faker's zh_CN full names, its surnames and given names combined, and hard ones."""
    import faker

    rng = random.Random(seed)
    fake = faker.Faker("zh_CN")
    fake.seed_instance(seed)
    while True:
        roll = rng.random()
        if roll < 0.45:
            yield fake.name()
        elif roll < 0.6:
            yield fake.last_name() + fake.first_name()
        else:
            yield rng.choice(HARD_SURNAMES) + rng.choice(HARD_GIVEN_NAMES)


def fill(template: str, picks: dict[str, str]) -> Probe:
    """The template with each placeholder replaced by its name, and where the names are."""
    text, names, at = "", [], 0
    while at < len(template):
        key = template[at + 1:at + 2]
        if template[at] == "{" and template[at + 2:at + 3] == "}" and key in picks:
            names.append((len(text), len(text) + len(picks[key])))
            text += picks[key]
            at += 3
        else:
            text += template[at]
            at += 1
    return Probe(text, tuple(names))


def probes(path: Path, seed: int, per: int) -> Iterator[Probe]:
    """Each template of a file filled per times, with names drawn from seed."""
    source = name_source(seed)
    for template in templates(path):
        for _ in range(per):
            picks = {"n": next(source)}
            picks["m"] = next(name for name in source if name != picks["n"])
            yield fill(template, picks)


def score(screener, path: Path, seed: int, per: int, show: bool = False) -> ProbeScore:
    """Screen every probe of a file and count names not hidden whole and over-masking."""
    from privacy.evaluation import changed_characters, changed_outside, hidden_whole

    result = ProbeScore(f"{path.stem} #{seed}")
    for probe in probes(path, seed, per):
        text = probe.text
        screened = screener.screen_text(text, language="zh").text
        changed = changed_characters(text, screened)
        if changed is None:  # (masking keeps the length: should it not, count all as changed)
            changed = bytearray(b"\x01" * len(text))
        for start, end in probe.names:
            result.names += 1
            if not hidden_whole(text[start:end], changed[start:end]):
                result.missed += 1
                if show:
                    result.lines.append(f"  missed {text[start:end]}: {screened}")
        outside, over = changed_outside(changed, probe.names)
        result.outside += outside
        result.over += len(over)
        if show and over:
            at = set(over)
            marked = "".join(f"[{c}]" if i in at else c for i, c in enumerate(text))
            result.lines.append(f"  over {len(over)}: {marked}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        help="Probe files (default: every file of privacy/data/probes).")
    parser.add_argument("--seeds", default="1,2", help="Seeds of the names, comma-separated.")
    parser.add_argument("--per", type=int, default=30, help="Names drawn for each template.")
    parser.add_argument("--show", action="store_true",
                        help="List the names not hidden whole and the texts over-masked.")
    args = parser.parse_args(argv)
    files = args.files or sorted(PROBES.glob("*.txt"))
    for path in files:
        if not path.is_file():
            parser.error(f"{path}: no such probe file")
    try:
        seeds = [int(seed) for seed in args.seeds.split(",")]
    except ValueError:
        parser.error(f"--seeds takes whole numbers apart by commas, not {args.seeds!r}")
    from privacy import Screener

    screener = Screener()
    width = max(len(f"{path.stem} #{seed}") for path in files for seed in seeds)
    print(f"{'probe set':<{width}}  {'names':>7}  {'missed':>6}  {'share':>6}  {'over':>6}  "
          f"{'share':>6}")
    total = ProbeScore("overall")
    for path in files:
        for seed in seeds:
            result = score(screener, path, seed, args.per, args.show)
            total.add(result)
            print(result.row(width))
            for line in result.lines:
                print(line)
    print(total.row(width))
    print("missed: names with a character masking hides left; over: characters outside every "
          "name changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
