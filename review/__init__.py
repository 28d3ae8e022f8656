"""Document review: the declaration model, document-versus-declaration checks, and the review records.

- ``review.declaration``: the pydantic Declaration (datasets README, section 3) and its loader.
- ``review.rules`` + ``review/rules.yaml``: fields compared, tolerances, severities, required documents.
- ``review.check.CheckEngine``: deterministic, normalisation-aware comparison producing ``Discrepancy`` items.
- ``review.service.ReviewService``: cases, queue, corrections, decisions, audit log (see its docstring).
"""
