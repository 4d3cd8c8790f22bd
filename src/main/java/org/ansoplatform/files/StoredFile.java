package org.ansoplatform.files;

import java.time.Instant;
import java.util.UUID;

/**
 * One upload: who uploaded it, under which name, and the content it refers to by SHA-256. The media type is
 * the one detected from the bytes, never the one the uploader claimed.
 */
public record StoredFile(UUID id, String sha256, long size, String mediaType, String originalName, UUID ownerId,
        Instant createdAt) {
}
