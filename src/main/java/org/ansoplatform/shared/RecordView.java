package org.ansoplatform.shared;

import java.time.LocalDate;

/**
 * What a reader may see of a record: its title in the reader's language and the path of its page (null when
 * it has none the reader may open), or nothing but that it exists when {@code visible} is false. A list of
 * records in a report also shows the record's {@code date} (a meeting's first day, a decision's date) and a
 * short {@code detail} (a meeting's place and organizer) where the module gives them, and whether the record
 * is {@code illustrative} demo data that the seeds do not name.
 */
public record RecordView(RecordRef ref, String title, String path, boolean visible, LocalDate date, String detail,
        boolean illustrative) {

    public RecordView(RecordRef ref, String title, String path, boolean visible) {
        this(ref, title, path, visible, null, null, false);
    }

    public static RecordView of(RecordRef ref, String title, String path) {
        return new RecordView(ref, title, path, true);
    }

    public static RecordView hidden(RecordRef ref) {
        return new RecordView(ref, null, null, false);
    }

    /** The same view with the record's date and detail. */
    public RecordView dated(LocalDate date, String detail) {
        return new RecordView(ref, title, path, visible, date, detail, illustrative);
    }

    /** The same view marked as illustrative demo data (or not). */
    public RecordView illustrative(boolean illustrative) {
        return new RecordView(ref, title, path, visible, date, detail, illustrative);
    }
}
