package org.ansoplatform.annualreport;

/**
 * What a block of a section shows. TEXT is editorial text in each language with embedded figures; FIGURES a list of
 * named values; TABLE a figure's breakdown; CHART the same drawn, with its table beside it; RECORD_LIST the records a
 * figure counts, with their dates and details (the list of meetings of the year, the Board's decisions); GLOSSARY the
 * edition's acronyms.
 */
public enum BlockKind {
    TEXT, FIGURES, TABLE, CHART, RECORD_LIST, GLOSSARY
}
