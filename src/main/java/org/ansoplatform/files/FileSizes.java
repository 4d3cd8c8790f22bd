package org.ansoplatform.files;

import java.util.Locale;

/** Byte counts as people read them: 532 B, 1.5 KB, 20 MB (binary units, as Spring's DataSize counts them). */
public final class FileSizes {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private FileSizes() {
    }

    public static String humanReadable(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value >= 10 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
    }
}
