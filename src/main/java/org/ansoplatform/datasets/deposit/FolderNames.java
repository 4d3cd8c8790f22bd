package org.ansoplatform.datasets.deposit;

import org.ansoplatform.platform.InvalidInputException;

/**
 * A dataset file's folder: empty for the top level, otherwise a relative path of names each followed by
 * {@code /} ({@code raw/2024/}). Refused: a leading {@code /}, {@code .} and {@code ..} parts, empty parts
 * ({@code //}), backslashes and control characters, more than {@value #MAX_LENGTH} characters. The same rules for
 * every way a file arrives (deposit form, API, resumable upload), so a folder shown is always one a zip can hold.
 */
public final class FolderNames {

    public static final int MAX_LENGTH = 1000;
    static final String FIELD = "folder";

    private FolderNames() {
    }

    /** The folder as given, checked; null and blank are the top level (''). */
    public static String check(String folder) {
        if (folder == null || folder.isBlank()) {
            return "";
        }
        if (folder.length() > MAX_LENGTH) {
            throw new InvalidInputException(FIELD, "datasets.folder.error.tooLong", MAX_LENGTH);
        }
        if (folder.startsWith("/")) {
            throw new InvalidInputException(FIELD, "datasets.folder.error.absolute");
        }
        if (!folder.endsWith("/")) {
            throw new InvalidInputException(FIELD, "datasets.folder.error.trailing");
        }
        if (folder.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c))) {
            throw new InvalidInputException(FIELD, "datasets.folder.error.characters");
        }
        for (String part : folder.substring(0, folder.length() - 1).split("/", -1)) {
            if (part.equals(".") || part.equals("..")) {
                throw new InvalidInputException(FIELD, "datasets.folder.error.dots");
            }
            if (part.isBlank()) {
                throw new InvalidInputException(FIELD, "datasets.folder.error.characters");
            }
        }
        return folder;
    }

    /**
     * A folder typed in a form, where the closing {@code /} is easily forgotten: spaces around it are dropped and
     * the {@code /} added, then {@link #check} applies.
     */
    public static String fromForm(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        String folder = typed.strip();
        return check(folder.endsWith("/") ? folder : folder + "/");
    }
}
