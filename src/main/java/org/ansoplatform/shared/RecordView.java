package org.ansoplatform.shared;

/**
 * What a reader may see of a record: its title in the reader's language and the path of its page (null when
 * it has none the reader may open), or nothing but that it exists when {@code visible} is false.
 */
public record RecordView(RecordRef ref, String title, String path, boolean visible) {

    public static RecordView of(RecordRef ref, String title, String path) {
        return new RecordView(ref, title, path, true);
    }

    public static RecordView hidden(RecordRef ref) {
        return new RecordView(ref, null, null, false);
    }
}
