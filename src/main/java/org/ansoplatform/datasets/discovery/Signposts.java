package org.ansoplatform.datasets.discovery;

import java.util.ArrayList;
import java.util.List;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetFile;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.identifiers.DataCiteMetadata;

/**
 * The typed links of FAIR Signposting for one version, every target absolute: the landing page's own links (level 1
 * and the linkset's first context), then each open file's {@code collection} and each metadata document's
 * {@code describes} link back to the landing page (level 2 only).
 */
final class Signposts {

    /** At most this many creators are named as {@code author}; the linkset has them all. */
    static final int HEADER_AUTHORS = 5;
    /** More open files than this and the header names none: the linkset lists them. */
    static final int HEADER_ITEMS = 25;
    /** The header's size limit in bytes (well under the 8 KB many proxies accept for all headers together). */
    static final int HEADER_BYTES = 4096;

    private Signposts() {
    }

    /** One typed link; {@code type} may be null. */
    record Link(String anchor, String rel, String href, String type) {
    }

    /** The landing page's links; {@code authors} bounds the creators named, {@code items} whether files are listed. */
    static List<Link> landing(DatasetDescription version, String base, int authors, boolean items) {
        String anchor = base + version.path();
        DataCiteMetadata m = version.metadata();
        List<Link> links = new ArrayList<>();
        links.add(new Link(anchor, "cite-as", m.identifier().url(), null));
        for (ExportFormat format : ExportFormat.values()) {
            links.add(new Link(anchor, "describedby", base + format.path(version), format.mediaType()));
        }
        links.add(new Link(anchor, "type", "https://schema.org/Dataset", null));
        links.add(new Link(anchor, "type", "https://schema.org/AboutPage", null));
        m.creators().stream().map(Signposts::authorId).filter(id -> id != null).distinct().limit(authors)
                .forEach(id -> links.add(new Link(anchor, "author", id, null)));
        license(m).ifPresent(url -> links.add(new Link(anchor, "license", url, null)));
        if (items) {
            for (DatasetFile f : openFiles(version)) {
                links.add(new Link(anchor, "item", base + f.path(), mediaType(f)));
            }
        }
        return links;
    }

    /** The linkset's links for the two linkset formats. */
    static List<Link> linksetLinks(DatasetDescription version, String base) {
        String anchor = base + version.path();
        List<Link> links = new ArrayList<>(landing(version, base, Integer.MAX_VALUE, true));
        links.add(new Link(anchor, "linkset", base + DatasetsPaths.linkset(version.datasetId(), version.number()), LINKSET));
        links.add(new Link(anchor, "linkset", base + DatasetsPaths.linkset(version.datasetId(), version.number()) + ".json",
                LINKSET_JSON));
        for (DatasetFile f : openFiles(version)) {
            links.add(new Link(base + f.path(), "collection", anchor, "text/html"));
        }
        for (ExportFormat format : ExportFormat.values()) {
            links.add(new Link(base + format.path(version), "describes", anchor, "text/html"));
        }
        return links;
    }

    static final String LINKSET = "application/linkset";
    static final String LINKSET_JSON = "application/linkset+json";

    static List<DatasetFile> openFiles(DatasetDescription version) {
        return version.withdrawn() ? List.of() : version.files().stream().filter(DatasetFile::open).toList();
    }

    static String mediaType(DatasetFile f) {
        return f.mediaType() == null || f.mediaType().isBlank() ? "application/octet-stream" : f.mediaType();
    }

    static String authorId(DataCiteMetadata.Creator c) {
        return c.orcid() != null ? c.orcid().url() : c.ror() != null ? c.ror().url() : null;
    }

    static java.util.Optional<String> license(DataCiteMetadata m) {
        return m.rights().stream().filter(r -> r.spdx() != null).findFirst()
                .map(r -> "https://spdx.org/licenses/" + r.spdx() + ".html")
                .or(() -> m.rights().stream().filter(r -> r.uri() != null).findFirst().map(DataCiteMetadata.Rights::uri));
    }
}
