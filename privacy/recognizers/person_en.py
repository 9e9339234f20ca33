"""PERSON (English and pinyin): runs of capitalised words judged by a name lexicon and the
words around them.

Offline and without a model: every run of capitalised words (with initials and particles,
van der Berg) is weighed on
- the name lexicon (privacy.names.latin: first and last names of 40 Faker locales, pinyin
  included), where words that are also common English words (May, Will, Rose) count only
  with other evidence;
- the words before it: a title (Mr, Dr, Councillor), a label or greeting (Name:, Dear, Hi,
  Regards), a role (applicant, witness, caseworker), a verb phrase (spoke with, signed by),
  a Chinese role word (申请人, 联系人);
- the words after it: a company or body (Ltd, Group, Council), a street type (Street), a
  place word (Ville, County) or a place run (West Jerry, Port Shirley) make it no name.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from privacy.names.latin import LatinLexicon, latin_lexicon
from privacy.recognizers import cues_en
from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

_UPPER, _LOWER = cues_en.UPPER, cues_en.LOWER
# A capitalised word (O'Brien, McDonald, Mary-Jane, Şükürov), or an initial (J.)
_WORD = regex.compile(
    rf"(?<![{_UPPER}{_LOWER}0-9'’@._-])"
    rf"(?:(?:[{_UPPER}][{_LOWER}]+|[{_UPPER}]['’](?=[{_UPPER}]))"
    rf"(?:['’]?[{_UPPER}][{_LOWER}]+|['’](?!s\b)[{_LOWER}]+|-[{_UPPER}]?[{_LOWER}]+)*"
    rf"|[{_UPPER}]\.(?=[ ][{_UPPER}])"
    rf"|[{_UPPER}]{{2,}}(?:['’-][{_UPPER}]+)*)"
    rf"(?![{_UPPER}{_LOWER}0-9@_]|[.-][{_LOWER}{_UPPER}0-9]|['’](?!s\b)[{_LOWER}{_UPPER}])"
)
TITLED = 0.85     # after a title
LABELLED = 0.8    # after a label, a greeting or a role word
KNOWN = 0.75      # a known first name and a known last name, or a known name with a cue
LONE = 0.6        # a lone known first name
UNKNOWN = 0.5     # unknown words, mid-sentence, beside a verb


class _Run(NamedTuple):
    """Capitalised words in a row: their spans and texts."""

    spans: list[tuple[int, int]]
    words: list[str]


def _runs(text: str) -> list[_Run]:
    """Runs of capitalised words separated by one space (particles allowed between)."""
    runs: list[_Run] = []
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for match in _WORD.finditer(text):
        start = match.start()
        if spans:
            gap = text[spans[-1][1]:start]
            joined = gap == " " or (gap.startswith(" ") and gap.endswith(" ") and all(
                w in cues_en.PARTICLES for w in gap.split()) and len(gap) < 16)
            if not joined:
                runs.append(_Run(spans, words))
                spans, words = [], []
        spans.append((start, match.end()))
        words.append(match.group())
    if spans:
        runs.append(_Run(spans, words))
    return runs


def _firm_lists(text: str, runs: list[_Run], lexicon: LatinLexicon) -> set[int]:
    """Indexes of the runs that make up a firm's name of surnames: three or more lone last
    names in a list (Hawkins, Gray and Morrison), or one word of two last names joined by a
    hyphen (Shaw-Brown), with no title before them."""
    firms: set[int] = set()
    i = 0
    while i < len(runs):
        j = i
        while j + 1 < len(runs) and len(runs[j].words) == 1 and len(runs[j + 1].words) == 1 \
                and cues_en.FIRM_GAP.fullmatch(text[runs[j].spans[0][1]:runs[j + 1].spans[0][0]]):
            j += 1
        members = [runs[k].words[0] for k in range(i, j + 1)]
        if j - i >= 2 and not any(lexicon.is_first(w) and not lexicon.is_last(w)
                                  for w in members):
            firms.update(range(i, j + 1))
        elif len(runs[i].words) == 1 and "-" in members[0]:
            parts = members[0].split("-")
            if len(parts) == 2 and all(lexicon.is_last(p) for p in parts) \
                    and not lexicon.is_first(parts[0]) \
                    and not cues_en.TITLE_BEFORE.search(text, max(0, runs[i].spans[0][0] - 12),
                                                 runs[i].spans[0][0]):
                firms.add(i)
        i = j + 1
    return firms


class _Cues(NamedTuple):
    """The words around a run that make it a name or no name."""

    titled: bool         # Mr, Dr, Councillor before it
    strong: bool         # a label, greeting, role, person verb, list or Chinese role word
    weak: bool           # a preposition (by, with, to) or a verb after it (said, was)
    person_verb: bool    # a verb after it that only people do (moved, grew up, told)
    place: bool          # in, moved to, a postcode or house number before it
    opens: bool          # it opens a sentence
    cjk: bool            # Chinese text right before it


def _cues(text: str, start: int, end: int, listed: bool, titled: bool) -> _Cues:
    """The cues around text[start:end]."""
    before = text[max(0, start - 48):start]
    after = text[end:end + 24]
    cjk = cues_en.CJK.search(before) is not None
    strong = (listed or cues_en.STRONG_BEFORE.search(before) is not None
              or cjk and cues_en.CJK_ROLE.search(before) is not None
              or cues_en.PERSON_VERB_BEFORE.search(before) is not None
              or " " in text[start:end] and cues_en.CONTACT_AFTER.match(after) is not None)
    return _Cues(
        titled=titled or cues_en.TITLE_BEFORE.search(before) is not None,
        strong=strong,
        weak=cues_en.VERB_AFTER.match(after) is not None
        or cues_en.WEAK_BEFORE.search(before) is not None,
        person_verb=cues_en.PERSON_VERB_AFTER.match(after) is not None,
        place=cues_en.PLACE_BEFORE.search(before) is not None
        or cues_en.NUMBER_BEFORE.search(before) is not None,
        opens=_opens(text, start),
        cjk=cjk,
    )


def _opens(text: str, start: int) -> bool:
    """Whether the word at start opens a sentence (or the text, or a line)."""
    opening = text[:start].rstrip(" ")
    return not opening or opening[-1] in ".!?\n:;\"“(" or opening.endswith(" -")


def _full_name(words: list[str], lexicon: LatinLexicon) -> bool:
    """A known first name (or an initial) and a known last name, one of them no common word."""
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return (lexicon.is_first(first) or _initial(first)) and lexicon.is_name(last) \
        and not _initial(last) and (_known(first, lexicon) or _known(last, lexicon))


def _initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".")


def _known(word: str, lexicon: LatinLexicon) -> bool:
    """A known name that is no common English word."""
    return lexicon.is_name(word) and not lexicon.is_common(word)


def _a_thing(words: list[str], after: str, lexicon: LatinLexicon, full: bool) -> bool:
    """Whether the run names a company, a body or a place: Johnson Ltd, Riverside Library,
    Mill Lane, Jordan Street, West Jerry (a full name such as Phillip Mills is a person's)."""
    last = words[-1]
    if last in cues_en.ORGANISATION_WORDS or len(words) > 1 and (
            not full or last in cues_en.STREET_TYPES) and last in lexicon.street_words:
        return True
    if cues_en.FIRM_AFTER.match(after):
        return True
    following = cues_en.FOLLOWING.match(after)
    if following and (following.group(1) in cues_en.ORGANISATION_WORDS
                      or following.group(1) in lexicon.street_words and after.startswith(" ")):
        return True
    return words[0] in cues_en.PLACE_LEAD and len(words) > 1


def _score(words: list[str], cues: _Cues, lexicon: LatinLexicon, full: bool) -> float:
    """How surely a run (no company, body nor place) is a name; 0.0 when it is none."""
    if cues.titled:
        return TITLED
    if len(words) > 1:
        common = [lexicon.is_common(w) and not _initial(w) for w in words]
        if full and not cues.place:
            return KNOWN
        if cues.strong and not all(common):
            return LABELLED
        if cues.place:
            return 0.0
        known = [_known(w, lexicon) for w in words]
        if any(known) and (cues.weak or cues.cjk or all(map(lexicon.is_name, words))):
            return KNOWN
        if known[0] and lexicon.is_first(words[0]) and not any(common[1:]):
            return KNOWN  # a known first name and a word that is no common one: Karina Fleszar
        if len(words) == 2 and not any(common) and not cues.opens and (
                cues.weak or cues.person_verb):
            return UNKNOWN  # two unknown words, mid-sentence, beside a verb or a preposition
        return 0.0
    word = words[0]
    if _initial(word):
        return 0.0
    if cues.strong and not lexicon.is_common(word):
        return LABELLED
    if cues.place:
        return 0.0
    if _known(word, lexicon) and lexicon.is_first(word) and (cues.weak or not cues.opens):
        return KNOWN if cues.weak else LONE
    if _known(word, lexicon) and cues.weak:
        return LONE
    if cues.person_verb and not lexicon.is_common(word):
        return LONE  # Adetayo moved to ...
    return 0.0


class _Trigger:
    """search(text) is None when text has no capitalised word nor two words in capitals."""

    _PATTERN = regex.compile(rf"{_UPPER}{_LOWER}|{_UPPER}{{2}}[ ]{_UPPER}{{2}}")

    def search(self, text: str) -> object | None:
        if text.islower() or text.isupper() and " " not in text:
            return None  # no capital letter, or one token in capitals (an ID, a code)
        return self._PATTERN.search(text)


class EnglishPersonRecognizer(ScreenRecognizer):
    """Person names in English text (and pinyin or Latin names inside Chinese text)."""

    ENTITY = "PERSON"
    PATTERN_NAME = "en_person"
    TRIGGER = _Trigger()

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.alpha

    def preload(self) -> None:
        """Read the name lexicon now (before workers fork, so that they share it)."""
        latin_lexicon()

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        lexicon = latin_lexicon()
        out: list[Candidate] = []
        runs = _runs(text)
        firms = _firm_lists(text, runs, lexicon)
        for i, run in enumerate(runs):
            if i in firms:
                continue
            # the next name of a list (Present: A, B and C) has the first one's evidence
            listed = bool(out) and cues_en.LIST_GAP.fullmatch(text[out[-1].end:run.spans[0][0]]) \
                is not None
            out.extend(self._judge(text, run, lexicon, listed))
        return out

    def _judge(self, text: str, run: _Run, lexicon: LatinLexicon,
               listed: bool = False) -> list[Candidate]:
        """The name in one run: none, or the run less the titles and greetings opening it."""
        # words in capitals (JOHN SMITH on a form) are looked up as Title Case
        spans = list(run.spans)
        words = [w.title() if w.isupper() and w[1:2].isalpha() else w for w in run.words]
        titled = phrase = False
        # Titles, greetings, labels and sentence openers that are no names lead into the run
        # (Dr, Dear, Applicant, The): drop them, so that they are read as the words before it.
        # Another capitalised common word (Central Asia, Great Britain) makes the run the
        # name of a thing.
        while words and (words[0] in cues_en.TITLES or words[0] in cues_en.LEADS or (
                lexicon.is_common(words[0]) and not lexicon.is_name(words[0])
                and words[0] not in cues_en.PLACE_LEAD)):
            titled = titled or words[0] in cues_en.TITLES
            phrase = phrase or (words[0] not in cues_en.TITLES and words[0] not in cues_en.LEADS
                                and not _opens(text, spans[0][0]))
            spans, words = spans[1:], words[1:]
        if not words or len(words) > 4:
            return []  # nothing left, or a heading in title case
        start, end = spans[0][0], spans[-1][1]
        raw = run.words[len(run.words) - len(words):]
        cues = _cues(text, start, end, listed, titled)
        if cues_en.LABEL_AFTER.match(text, end) and not cues.titled:
            return []  # a label itself (Name:, Address:)
        if any(w.isupper() and w[1:2].isalpha() for w in raw) and not (
                (cues.titled or cues.strong) and any(
                    lexicon.is_name(w) for w, r in zip(words, raw, strict=True) if r.isupper())):
            return []  # capitals are headings and acronyms unless a label introduces a name
        full = _full_name(words, lexicon)
        if not cues.titled and (_a_thing(words, text[end:end + 24], lexicon, full) or (
                phrase or len(words) == 1 and words[0] in cues_en.PLACE_NAMES)
                and not cues.strong):
            return []
        score = _score(words, cues, lexicon, full)
        return [Candidate(start, end, score)] if score else []
