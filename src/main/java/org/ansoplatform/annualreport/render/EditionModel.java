package org.ansoplatform.annualreport.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.charts.ChartSpec;

/**
 * An edition resolved for one language and one reader: what the web edition's templates and the print PDF's both
 * render from (one template set, {@code templates/annualreport/sections.html}), so that they cannot disagree. A
 * draft's model is computed from the live figures; a frozen edition's from what freezing stored.
 */
public record EditionModel(UUID editionId, int year, int number, EditionStatus status, boolean illustrative, Locale locale,
        String title, List<Section> sections, List<GlossaryLine> glossary, Instant asOf, LocalDate decidedOn,
        String decisionTitle) {

    /** A section with its number as printed ("3.2"), its anchor for links and the table of contents. */
    public record Section(String code, String number, String title, String anchor, List<Block> blocks, List<Section> children) {
    }

    /**
     * A resolved block. {@code html} is the editorial text made safe, with each embedded figure as a link (TEXT);
     * {@code figures} the values listed (FIGURES) or the one figure a table, chart or record list shows, with
     * its parts; {@code chart} what to draw; {@code records} the record list; {@code empty} the message shown
     * instead of zeros when nothing was recorded; {@code note} the editors' note (illustrative data).
     */
    public record Block(UUID id, BlockKind kind, String html, List<FigureLine> figures, ChartSpec chart,
            List<RecordLine> records, String empty, String note) {
    }

    /**
     * One value: its reference as written, its name, definition and value in the model's language, the link that
     * opens what it counts, as of when, whether it counts illustrative records, and its parts (a table's rows).
     */
    public record FigureLine(String ref, String name, String definition, String value, String href, Instant asOf,
            boolean illustrative, List<PartLine> parts, String problem) {
    }

    public record PartLine(String code, String name, String value, long count, String href) {
    }

    /** A record in a list: its date, title, detail and link, as the reader may see it. */
    public record RecordLine(LocalDate date, String title, String detail, String href, boolean illustrative) {
    }

    public record GlossaryLine(String term, String expansion) {
    }
}
