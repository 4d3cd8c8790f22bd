package org.ansoplatform.calls.web;

/** A call's selection rules as the Secretariat writes them: JSON, checked on save (see docs/selection.md). */
public record SelectionRulesForm(String selectionRules) {
}
