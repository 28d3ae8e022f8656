"""Words respelled with the recogniser's own probabilities (lexicon-constrained decoding).

Greedy CTC decoding takes the likeliest character of every frame; on a worn receipt that gives
"JAMAN BERKELEY" for "TAMAN BERKELEY", on a scanned certificate "Puènte" for "Puente". Edit
distance alone cannot choose: "JAMAN" is one letter from both "TAMAN" and "JALAN". The frames the
recogniser kept for the line (``OcrLine.frames``) can: each candidate spelling of the line is
scored by its CTC likelihood (the sum over all its alignments), and a candidate replaces the word
as read only when the line with it is nearly as likely as the line as read (``MAX_LOSS``) and
clearly likelier than with any other candidate (``MIN_LEAD``). A word the print really has
("TAMAN MUTIA RINI", not "MINI"; the accent of "Gómez") leaves every candidate far less likely,
and stays.

Candidates come from a receipt header's lexicon (``lexicon_candidates``) or, on trade documents,
from the dictionaries with other accents only (``accent_candidates``).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

import numpy as np
from rapidfuzz.distance import Levenshtein

from ocr.models import Frames, OcrLine
from ocr.normalize import fold
from ocr.wording import COMMON_WORD_COUNT, LANGUAGES, known_word, word_counts

# how much less likely (natural log) than the line as read the line with a candidate may be
MAX_LOSS = 6.0
# how much likelier than the line with the next candidate it must be
MIN_LEAD = 3.0
# how much less likely than the line as read a line with a printing convention's mark may be
# ("47." for "47,"): a mark is a few pixels, and the recogniser confuses "," and "." often
MARK_MAX_LOSS = 3.0
# a letter read at this probability or more in each of its frames is taken as printed
SURE = 0.99
# a dictionary word is a candidate when its corpus counts it this often (rarer ones are names)
DICTIONARY_MIN_COUNT = 100
# the probability of a character the frame did not keep (below the engine's floor)
_UNSEEN = 1e-4
_WORD = re.compile(r"[^\W\d_]{2,}")


class _FrameTable:
    """A line's frames as a table of log probabilities, one column per character they hold and
    a last one for any other character, so that many spellings are scored from one table."""

    def __init__(self, frames: Frames) -> None:
        chars = sorted({char for frame in frames for char, _p in frame})
        self.column = {char: i for i, char in enumerate(chars)}
        table = np.full((len(frames), len(chars) + 1), _UNSEEN, dtype=np.float64)
        for t, frame in enumerate(frames):
            for char, p in frame:
                table[t, self.column[char]] = p
        self.log_p = np.log(table)

    def columns(self, labels: list[str]) -> list[int]:
        other = self.log_p.shape[1] - 1
        return [self.column.get(label, other) for label in labels]


def line_log_likelihood(frames: Frames | _FrameTable, text: str) -> float:
    """log P(text | frames) under CTC: every alignment of ``text`` to the frames, blanks ("")
    between and around its characters, a repeated character separated by a blank."""
    table = frames if isinstance(frames, _FrameTable) else _FrameTable(frames)
    if not len(table.log_p):
        return 0.0 if not text else -math.inf
    labels = [""]
    for char in text:
        labels += [char, ""]
    log_p = table.log_p[:, table.columns(labels)]
    # a state may skip the blank before it unless it repeats the character two states back
    can_skip = np.array(
        [i >= 2 and labels[i] != "" and labels[i] != labels[i - 2] for i in range(len(labels))]
    )
    alpha = np.full(len(labels), -np.inf)
    alpha[0] = log_p[0, 0]
    if len(labels) > 1:
        alpha[1] = log_p[0, 1]
    for t in range(1, len(log_p)):
        stay = alpha
        step = np.concatenate(([-np.inf], alpha[:-1]))
        skip = np.where(can_skip, np.concatenate(([-np.inf, -np.inf], alpha[:-2])), -np.inf)
        alpha = np.logaddexp(np.logaddexp(stay, step), skip) + log_p[t]
    return float(np.logaddexp(alpha[-1], alpha[-2])) if len(labels) > 1 else float(alpha[-1])


def _match_case(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:].lower()
    return word.lower()


# a candidate spelling of a word, with how much less likely than the reading its line may be
Candidate = tuple[str, float]
Candidates = Callable[[str], list[Candidate]]


def lexicon_candidates(lexicon: frozenset[str]) -> Candidates:
    """For a word the (upper-case) ``lexicon`` does not know, nor English as a common word ("CAKE"
    is no misread "CAFE"), the lexicon words one letter from it (two from a word of five letters
    or more; of its own length for a word of two letters)."""

    def candidates(word: str) -> list[Candidate]:
        upper = word.upper()
        if upper in lexicon or upper.removesuffix("S") in lexicon:
            return []
        if len(upper) >= 4 and known_word(upper, "en", at_least=COMMON_WORD_COUNT):
            return []
        most = 1 if len(upper) <= 4 else 2
        longer = 0 if len(upper) <= 2 else most  # a two-letter word is a two-letter abbreviation ("KL")
        return [
            (_match_case(known, word), MAX_LOSS)
            for known in lexicon
            if abs(len(known) - len(upper)) <= longer
            and Levenshtein.distance(known, upper, score_cutoff=most) <= most
        ]

    return candidates


@functools.cache
def _accented_words() -> dict[str, list[str]]:
    """The words with accents of ``DICTIONARY_MIN_COUNT`` occurrences or more in one of the
    dictionaries of ``ocr.wording``, by their form without accents."""
    by_plain: dict[str, set[str]] = {}
    for counts in word_counts().values():
        for word, count in counts.items():
            if count >= DICTIONARY_MIN_COUNT and not word.isascii() and word.isalpha():
                by_plain.setdefault(fold(word), set()).add(word)
    return {plain: sorted(words) for plain, words in by_plain.items()}


def _frequency_gain(variant: str, word: str) -> float:
    """How much more frequent (natural log) ``variant`` is than ``word`` in a language whose
    dictionary has both: "type" than "typé" in French; none between two languages' words
    ("the" and "thé")."""
    return max(
        (
            math.log(words[variant] / words[word])
            for words in word_counts().values()
            if variant in words and word in words
        ),
        default=-math.inf,
    )


def accent_candidates(word: str) -> list[Candidate]:
    """The dictionary words that differ from ``word`` by their accents alone.

    For a word no dictionary knows, any of them, within ``MAX_LOSS`` ("Puènte" -> "Puente",
    "quimico" -> "químico"). For a word a dictionary knows, those more frequent in a language
    that has both, each allowed to be less likely by as much as it is more frequent (a
    noisy-channel choice: "VANILLÉ" -> "VANILLE", "DÉL" -> "DEL" where the recogniser half saw
    the plain letter; "Côte", more frequent than "cote", stays, and so does the French "Thé":
    "the" is English). Letters are not changed: on a trade document a word no
    dictionary knows is as often a name ("SOFOFA", "Thrips palmi") as a misreading, and a
    recogniser's near miss on a letter is too often another dictionary word."""
    if len(word) < 3:
        return []
    low, plain = word.lower(), fold(word)
    variants = [*_accented_words().get(plain, []), plain]
    options = [v for v in variants if v != low and _counted(v)]
    if not any(known_word(word, language) for language in LANGUAGES):
        return [(_match_case(v, word), MAX_LOSS) for v in options]
    return [
        (_match_case(v, word), min(MAX_LOSS, gain)) for v in options if (gain := _frequency_gain(v, low)) > 0
    ]


def _counted(word: str) -> bool:
    return any(known_word(word, language, at_least=DICTIONARY_MIN_COUNT) for language in LANGUAGES)


def _unsure_letters(frames: Frames, text: str) -> list[bool]:
    """Per character of ``text``, whether the recogniser's likeliest character in one of the frames
    that gave it was below ``SURE``; all unsure when the frames' greedy reading is not ``text``
    (a second look or an earlier respelling changed it)."""
    letters: list[str] = []
    unsure: list[bool] = []
    previous = ""
    for frame in frames:
        char, p = max(frame, key=lambda entry: entry[1], default=("", 1.0))
        if char and char != previous:
            letters.append(char)
            unsure.append(p < SURE)
        elif char:
            unsure[-1] = unsure[-1] or p < SURE
        previous = char
    return unsure if "".join(letters) == text else [True] * len(text)


def respell(line: OcrLine, candidates: Candidates) -> str:
    """``line.text`` with each word the recogniser was unsure of replaced by the candidate its
    frames make likely (see the module doc); the text as read without frames."""
    if not line.frames:
        return line.text
    unsure = _unsure_letters(line.frames, line.text)
    return _likeliest(
        line,
        [
            (word.span(), spellings)
            for word in _WORD.finditer(line.text)
            if any(unsure[word.start() : word.end()]) and (spellings := candidates(word.group(0)))
        ],
    )


Marks = tuple[tuple[re.Pattern[str], str], ...]


def respell_marks(line: OcrLine, marks: Marks) -> str:
    """``line.text`` with each mark a ``marks`` pattern finds replaced by its convention's mark
    ("NO. 47. JALAN" -> "NO. 47, JALAN"), where the frames make the line with it nearly as likely
    as the line as read (``MARK_MAX_LOSS``); the text as read without frames."""
    return _likeliest(
        line,
        [
            (match.span(pattern.groups and 1), [(mark, MARK_MAX_LOSS)])  # the pattern's group, if any
            for pattern, mark in marks
            for match in pattern.finditer(line.text)
        ],
    )


def _likeliest(line: OcrLine, edits: list[tuple[tuple[int, int], list[Candidate]]]) -> str:
    """``line.text`` with, for each span of ``edits``, its likeliest candidate where the line with
    it (alone) is at most the candidate's allowed loss less likely than as read and ``MIN_LEAD``
    likelier than with the span's next candidate."""
    if not line.frames or not edits:
        return line.text
    table = _FrameTable(line.frames)
    text, as_read = line.text, line_log_likelihood(table, line.text)
    for (start, end), spellings in sorted(
        edits, key=lambda edit: edit[0], reverse=True
    ):  # offsets stay valid
        scored = sorted(
            (
                (line_log_likelihood(table, line.text[:start] + c + line.text[end:]), c, allowed)
                for c, allowed in spellings
            ),
            reverse=True,
        )
        best, choice, allowed = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else -math.inf
        if best >= as_read - allowed and best >= runner_up + MIN_LEAD:
            text = text[:start] + choice + text[end:]
    return text
