"""Which LoRA adapter answers for which role: the ``model`` field sent to a vLLM server.

``CUSTOMS_LLM_ADAPTER_BY_ROLE="officer:officer,reviewer:officer,admin:officer,trader:helpdesk"``
maps each caller role to an adapter name given to ``--lora-modules``; a role without an entry
gets the base model (``CUSTOMS_LLM_MODEL``). The help-desk adapter is trained on public texts
only (no reviewer corrections or feedback), as the trader help-desk must never see internal data.
"""

from __future__ import annotations


def parse_adapter_map(spec: str) -> dict[str, str]:
    """``"role:adapter,role:adapter"`` -> ``{role: adapter}``; blanks ignored."""
    out: dict[str, str] = {}
    for item in spec.split(","):
        item = item.strip()
        if not item:
            continue
        role, sep, adapter = item.partition(":")
        if not sep or not role.strip() or not adapter.strip():
            raise ValueError(f"adapter map entry {item!r} is not 'role:adapter'")
        out[role.strip()] = adapter.strip()
    return out


def model_for_role(spec: str, role: str | None, default: str) -> str:
    """The ``model`` field for a caller with ``role`` (the base model's name when unmapped)."""
    if not role:
        return default
    return parse_adapter_map(spec).get(str(role), default)
