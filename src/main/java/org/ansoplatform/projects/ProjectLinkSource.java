package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.shared.RecordRef;

/**
 * Implemented by a module whose records name the project that funded them (datasets, first): the project's public
 * page lists them under the source's heading without projects importing the module. Only records anyone may see.
 */
public interface ProjectLinkSource {

    /** The message key of the section's heading on the project's page. */
    String heading();

    /** The public records naming the project, newest first, titled in the reader's language where they can be. */
    List<ProjectLink> linksTo(UUID projectId, Locale locale);

    /** One linked record: its reference, title, page, date and a short note (a version, a DOI) or null. */
    record ProjectLink(RecordRef ref, String title, String path, LocalDate date, String note) {
    }

    /** A heading with its links, as the page shows it. */
    record Section(String heading, List<ProjectLink> links) {
    }
}
