"""Normalisation-aware comparison of a declared value with a document's value, driven by one field rule."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from rapidfuzz import fuzz

from review import normalise
from review.rules import FieldRule, RuleSet


class Outcome(StrEnum):
    EQUAL = "equal"
    DIFFERENT = "different"
    SUFFIX_ONLY = "suffix_only"  # HS codes agree on the compared digits, not on the national suffix
    UNREADABLE = "unreadable"  # the document's value could not be normalised


_NORMALISERS = {
    "identifier": normalise.identifier,
    "date": normalise.iso_date,
    "name": normalise.company_core,
    "country": normalise.country,
    "currency": normalise.currency,
    "incoterm": normalise.incoterm,
    "number": normalise.number,
    "hs_code": normalise.hs_digits,
    "unit": normalise.unit,
    "text": normalise.text,
}


def normalised(rule: FieldRule, value: Any) -> Any:
    return _NORMALISERS[rule.compare](value)


def _numbers_agree(rule: FieldRule, declared: float, found: float) -> bool:
    allowed = max(rule.absolute_tolerance, abs(declared) * rule.relative_tolerance) + 1e-9
    return abs(declared - found) <= allowed


def _hs_outcome(declared: str, found: str, digits: int) -> Outcome:
    compared = min(digits, len(declared), len(found))
    if declared[:compared] != found[:compared]:
        return Outcome.DIFFERENT
    longest_common = min(len(declared), len(found))
    if declared[:longest_common] != found[:longest_common]:
        return Outcome.SUFFIX_ONLY
    return Outcome.EQUAL


def compare(rule: FieldRule, declared: Any, found: Any, rules: RuleSet) -> Outcome:
    """Compare one declared value with one document value under ``rule``."""
    left, right = normalised(rule, declared), normalised(rule, found)
    if right is None:
        return Outcome.UNREADABLE
    if left is None:
        return Outcome.UNREADABLE
    if rule.compare == "number":
        return Outcome.EQUAL if _numbers_agree(rule, float(left), float(right)) else Outcome.DIFFERENT
    if rule.compare == "hs_code":
        return _hs_outcome(str(left), str(right), rules.hs_digits)
    if rule.compare in ("name", "text"):
        threshold = rules.name_threshold if rule.compare == "name" else rules.text_threshold
        score = max(fuzz.ratio(left, right), fuzz.token_sort_ratio(left, right))
        if rule.compare == "name":
            # OCR drops spaces ("SaigonRice Export CompanyLimited"), which hides the legal form
            # from company_core; the names without spaces and trailing legal forms still agree.
            glued_left, glued_right = normalise.company_squeezed(declared), normalise.company_squeezed(found)
            if glued_left and glued_right:
                score = max(score, fuzz.ratio(glued_left, glued_right))
        return Outcome.EQUAL if score >= threshold else Outcome.DIFFERENT
    return Outcome.EQUAL if left == right else Outcome.DIFFERENT


def compare_any(rule: FieldRule, declared_values: list[Any], found: Any, rules: RuleSet) -> Outcome:
    """Equal when the document's value agrees with any declared value (e.g. one origin among several)."""
    outcomes = [compare(rule, declared, found, rules) for declared in declared_values]
    for wanted in (Outcome.EQUAL, Outcome.SUFFIX_ONLY, Outcome.DIFFERENT):
        if wanted in outcomes:
            return wanted
    return Outcome.UNREADABLE
