"""Lexicon words restored with the recogniser's own probabilities (lexicon-constrained decoding).

Greedy CTC decoding takes the likeliest character of every frame; on a worn receipt that gives
"JAMAN BERKELEY" for "TAMAN BERKELEY" or "Kuais Lumpur" for "Kuala Lumpur". Edit distance alone
cannot choose there: "JAMAN" is one letter from both "TAMAN" and "JALAN". The frames the
recogniser kept for the line (``OcrLine.frames``) can: each candidate spelling of the line is
scored by its CTC likelihood (the sum over all its alignments), and a lexicon word replaces the
word as read only when the line with it is nearly as likely as the line as read, and clearly
likelier than with any other candidate. A word the print really has ("TAMAN MUTIA RINI", not
"MINI") leaves every candidate far less likely, and stays.
"""

from __future__ import annotations

import math
import re

import numpy as np
from rapidfuzz.distance import Levenshtein

from ocr.models import OcrLine
from ocr.wording import COMMON_WORD_COUNT, known_word

# how much less likely (natural log) than the line as read the line with a lexicon word may be
MAX_LOSS = 7.0
# how much likelier than the line with the next candidate it must be
MIN_LEAD = 3.0
# the probability of a character the frame did not keep (below the engine's floor)
_UNSEEN = 1e-4
_WORD = re.compile(r"[^\W\d_]{3,}")


def line_log_likelihood(frames: list[list[tuple[str, float]]], text: str) -> float:
    """log P(text | frames) under CTC: every alignment of ``text`` to the frames, blanks ("")
    between and around its characters, a repeated character separated by a blank."""
    if not frames:
        return 0.0 if not text else -math.inf
    labels = [""]
    for char in text:
        labels += [char, ""]
    log_p = np.log(
        np.array(
            [[dict(frame).get(label, _UNSEEN) for label in labels] for frame in frames], dtype=np.float64
        )
    )
    # a state may skip the blank before it unless it repeats the character two states back
    can_skip = np.array(
        [i >= 2 and labels[i] != "" and labels[i] != labels[i - 2] for i in range(len(labels))]
    )
    alpha = np.full(len(labels), -np.inf)
    alpha[0] = log_p[0, 0]
    if len(labels) > 1:
        alpha[1] = log_p[0, 1]
    for t in range(1, len(frames)):
        stay = alpha
        step = np.concatenate(([-np.inf], alpha[:-1]))
        skip = np.where(can_skip, np.concatenate(([-np.inf, -np.inf], alpha[:-2])), -np.inf)
        alpha = np.logaddexp(np.logaddexp(stay, step), skip) + log_p[t]
    return float(np.logaddexp(alpha[-1], alpha[-2])) if len(labels) > 1 else float(alpha[-1])


def _match_case(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word.lower()


def _candidates(word: str, lexicon: frozenset[str]) -> list[str]:
    """Lexicon words one letter from ``word`` (two for words of five letters or more)."""
    upper = word.upper()
    most = 1 if len(upper) <= 4 else 2
    return [
        _match_case(known, word)
        for known in lexicon
        if abs(len(known) - len(upper)) <= most
        and Levenshtein.distance(known, upper, score_cutoff=most) <= most
    ]


def respell(line: OcrLine, lexicon: frozenset[str]) -> str:
    """``line.text`` with each word the lexicon does not know replaced by the lexicon word the
    recogniser's frames make likely (see the module doc); the text as read without frames."""
    if not line.frames:
        return line.text
    text, as_read = line.text, line_log_likelihood(line.frames, line.text)
    for word in reversed(list(_WORD.finditer(line.text))):  # from the right: offsets stay valid
        upper = word.group(0).upper()
        if upper in lexicon or upper.removesuffix("S") in lexicon:
            continue
        if len(upper) >= 4 and known_word(upper, "en", at_least=COMMON_WORD_COUNT):  # "CAKE", "CARE"
            continue
        candidates = _candidates(word.group(0), lexicon)
        if not candidates:
            continue
        start, end = word.span()
        scored = sorted(
            (
                (line_log_likelihood(line.frames, line.text[:start] + c + line.text[end:]), c)
                for c in candidates
            ),
            reverse=True,
        )
        best, choice = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else -math.inf
        if best >= as_read - MAX_LOSS and best >= runner_up + MIN_LEAD:
            text = text[:start] + choice + text[end:]
    return text
