package org.ansoplatform.datasets;

import java.util.UUID;

/**
 * One file of a published version as discovery and harvesting describe it: its name, media type, size, SHA-256,
 * its download address (relative to the platform) and whether anyone may download it now (not embargoed, not
 * restricted); a closed file is still listed, never linked as a download.
 */
public record DatasetFile(UUID id, String name, String mediaType, long size, String sha256, String path, boolean open) {
}
