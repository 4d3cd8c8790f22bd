package org.ansoplatform.shared;

/**
 * A programme of the alliance, the one dimension calls, projects, meetings and the ledger share (issue 19): its code
 * (what other modules store), its name in every language, and the area it belongs to (the code of another programme,
 * null for an area itself).
 */
public record Programme(String code, LocalizedText name, String area, int position) {
}
