package org.ansoplatform.files;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One upload: who uploaded it, under which name, and the content it refers to by SHA-256. The media type is
 * the one detected from the bytes, never the one the uploader claimed. {@code md5} is null for files stored before
 * MD5 was kept (issue 23). As shown to a reader other than its owner, {@code ownerId} is null and the name may be
 * neutral (see {@link FileAccessRule.Disclosure}).
 */
public record StoredFile(UUID id, String sha256, String md5, long size, String mediaType, String originalName, UUID ownerId,
        Instant createdAt) {

    /**
     * A name that says nothing about the uploader, such as {@code document-1a2b3c4d.pdf}: the beginning of the
     * id and the original extension, if it is a plain one.
     */
    public String neutralName() {
        String name = originalName == null ? "" : originalName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return "document-" + id.toString().substring(0, 8) + (extension.matches("\\.[a-z0-9]{1,8}") ? extension : "");
    }

    /** The file as a reader who is not its owner sees it, under what the rule that let them in discloses. */
    StoredFile disclosedAs(FileAccessRule.Disclosure disclosure) {
        String name = disclosure == FileAccessRule.Disclosure.ORIGINAL_NAME ? originalName : neutralName();
        return new StoredFile(id, sha256, md5, size, mediaType, name, null, createdAt);
    }
}
