"""Check kinds: the Python behind the YAML rules, one small module each.

A rule names its check kind in ``check:``. A check module has ``KIND`` (that name),
``PARAMS`` (JSON Schema properties of its params, validated when rules load),
``MESSAGES`` (the message keys its hits may use; "default" when absent), optionally
``prepare(params)`` (compile and validate once; a ValueError names the field), and
``check(model, config)`` yielding ``Hit``s. ``STAGE = "read"`` marks a check of
files that gave no text: it receives the ``Unreadable`` instead of a model;
``STAGE = "suppress"`` a check of suppressions: it receives their ``Outcome``.
"""

from types import ModuleType

from . import (
    bracket_style,
    empty_section,
    forbidden_phrases,
    heading_wording,
    inferred_sections,
    invalid_suppression,
    narrative_figures,
    numbering,
    publication_deadline,
    report_scope,
    report_signs,
    report_title,
    required_sections,
    required_topics,
    section_order,
    statistical_period,
    table_format,
    table_identity,
    table_presence,
    table_reading,
    table_values,
    unreadable_input,
    unused_suppression,
    year_consistency,
)

KINDS: dict[str, ModuleType] = {
    module.KIND: module
    for module in (
        unreadable_input,
        unused_suppression,
        invalid_suppression,
        report_signs,
        report_scope,
        required_sections,
        section_order,
        numbering,
        heading_wording,
        bracket_style,
        report_title,
        empty_section,
        required_topics,
        forbidden_phrases,
        inferred_sections,
        statistical_period,
        year_consistency,
        publication_deadline,
        table_presence,
        table_reading,
        table_identity,
        table_values,
        table_format,
        narrative_figures,
    )
}
