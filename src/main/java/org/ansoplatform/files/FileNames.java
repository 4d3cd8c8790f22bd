package org.ansoplatform.files;

/** Tidies the name an upload arrives with before it is kept and shown. */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String DEFAULT = "document";

    private FileNames() {
    }

    /**
     * Keeps only the last path segment (some browsers send a whole path), drops control and invisible
     * formatting characters (a right-to-left override can make gpj.exe show as exe.jpg) and caps the
     * length, keeping the extension.
     */
    public static String clean(String name) {
        if (name == null) {
            return DEFAULT;
        }
        String cleaned = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]", "")
                .strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return DEFAULT;
        }
        if (cleaned.codePointCount(0, cleaned.length()) <= MAX_LENGTH) {
            return cleaned;
        }
        int dot = cleaned.lastIndexOf('.');
        String extension = dot > 0 && cleaned.length() - dot <= 16 ? cleaned.substring(dot) : "";
        String base = cleaned.substring(0, cleaned.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)) + extension;
    }
}
