package org.ansoplatform.files.preview;

import java.util.List;

/** What a file looks like at a glance: a table's first rows, a picture (PNG), or why there is none. */
public sealed interface Preview permits Preview.Table, Preview.Picture, Preview.Unavailable {

    /** The first rows of the table (the first one usually its header); {@code more}: the table goes on. */
    record Table(List<List<String>> rows, boolean more) implements Preview {
        public Table {
            rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        }

        public int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /**
     * A PNG kept in the blob store under {@code key} ({@code previews/<sha256>-<kind>.png}), read through
     * {@link FilePreviews#open}; its bytes never change, so {@code etag} (the key) may be cached for good.
     */
    record Picture(String key) implements Preview {
        public String etag() {
            return "\"" + key.substring(key.indexOf('/') + 1, key.length() - ".png".length()) + "\"";
        }
    }

    /** No preview of a file of a previewable type: {@code reason} is a message key of the files bundle. */
    record Unavailable(String reason) implements Preview {
        public static final String BROKEN = "files.preview.broken";
        public static final String TOO_LARGE = "files.preview.tooLarge";
    }
}
