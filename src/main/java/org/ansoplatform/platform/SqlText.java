package org.ansoplatform.platform;

/** Text that goes into SQL patterns. */
public final class SqlText {

    private SqlText() {
    }

    /** The text as a literal inside a LIKE pattern (with the default backslash escape). */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
