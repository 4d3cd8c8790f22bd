package org.ansoplatform.datasets.deposit;

import java.util.List;

import org.ansoplatform.files.FileSizes;

/**
 * A version's (or a folder's) files counted in SQL: how many, their bytes, and their media types in the order they
 * first appear, so that DataCite sizes and formats, the landing page and discovery never read every file.
 */
public record FileSummary(long count, long bytes, List<String> formats) {

    public static final FileSummary NONE = new FileSummary(0, 0, List.of());

    public FileSummary {
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    public String bytesText() {
        return FileSizes.humanReadable(bytes);
    }
}
