package org.ansoplatform.publications.web;

import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.publications.PublicationAccess;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationQueries;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Opening an issue, its files or its record in the API (decision 184): someone who may not open it gets 404 exactly
 * as for an issue that does not exist, and the attempt is audited; an opening of a restricted or members-only item by
 * someone let in (not its editors) is recorded in its log.
 */
@Component
class PublicationsReading {

    private final PublicationQueries queries;
    private final PublicationAccess access;
    private final PublicationManagement management;
    private final CurrentActor currentActor;

    PublicationsReading(PublicationQueries queries, PublicationAccess access, PublicationManagement management,
            CurrentActor currentActor) {
        this.queries = queries;
        this.access = access;
        this.management = management;
        this.currentActor = currentActor;
    }

    /** The issue if the current reader may open it, the opening logged; else 404, the attempt audited. */
    PublicationQueries.Readable open(UUID id, UUID fileId, String what) {
        Reader reader = currentActor.reader();
        PublicationQueries.Readable found = queries.any(id).orElseThrow(() -> new NotFoundException("issue"));
        if (!access.mayRead(found.series(), found.issue(), reader)) {
            management.refused(id, what);
            throw new NotFoundException("issue");
        }
        if (access.logged(found.series(), found.issue(), reader)) {
            management.opened(id, reader.personId(), fileId);
        }
        return found;
    }

    /**
     * The issue's page: as {@link #open}, except that a public issue that was withdrawn keeps its page for everyone
     * as a tombstone (its DOI still resolves there), showing its title and the reason but none of its files.
     */
    PublicationQueries.Readable page(UUID id) {
        PublicationQueries.Readable found = queries.any(id).orElseThrow(() -> new NotFoundException("issue"));
        if (found.issue().status() == org.ansoplatform.publications.IssueStatus.WITHDRAWN
                && found.issue().accessPolicy() == org.ansoplatform.publications.AccessPolicy.PUBLIC
                && !access.mayRead(found.series(), found.issue(), currentActor.reader())) {
            return found;
        }
        return open(id, null, "page");
    }

    /** The issue for one of its editors; 404 for anyone else, as for a missing one. */
    PublicationQueries.Readable edited(UUID id) {
        Reader reader = currentActor.reader();
        PublicationQueries.Readable found = queries.any(id).orElseThrow(() -> new NotFoundException("issue"));
        if (!access.editor(found.series(), reader)) {
            management.refused(id, "edit");
            throw new NotFoundException("issue");
        }
        return found;
    }

    org.ansoplatform.publications.SeriesView editedSeries(UUID id) {
        return queries.series(id).filter(s -> access.editor(s, currentActor.reader()))
                .orElseThrow(() -> new NotFoundException("series"));
    }

    boolean editor(org.ansoplatform.publications.SeriesView s) {
        return access.editor(s, currentActor.reader());
    }

    Reader reader() {
        return currentActor.reader();
    }
}
