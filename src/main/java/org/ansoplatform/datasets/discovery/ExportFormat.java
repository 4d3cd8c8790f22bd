package org.ansoplatform.datasets.discovery;

import org.ansoplatform.datasets.DatasetDescription;

/**
 * The metadata documents a version's landing page points to with {@code describedby}, each at its own address under
 * the version ({@code .../versions/3/export/datacite.xml}) so that a client that cannot negotiate still finds them.
 */
public enum ExportFormat {
    DATACITE_XML("datacite.xml", "application/vnd.datacite.datacite+xml"),
    DATACITE_JSON("datacite.json", "application/vnd.datacite.datacite+json"),
    JSON_LD("schema.jsonld", "application/ld+json"),
    CSL_JSON("csl.json", "application/vnd.citationstyles.csl+json");

    private final String file;
    private final String mediaType;

    ExportFormat(String file, String mediaType) {
        this.file = file;
        this.mediaType = mediaType;
    }

    public String file() {
        return file;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The document's path under the platform's address. */
    public String path(DatasetDescription version) {
        return version.path() + "/export/" + file;
    }

    /** The format whose file name is {@code file} ({@code datacite.xml}), if any. */
    public static java.util.Optional<ExportFormat> ofFile(String file) {
        for (ExportFormat format : values()) {
            if (format.file.equals(file)) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }
}
