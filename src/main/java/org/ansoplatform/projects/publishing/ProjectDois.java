package org.ansoplatform.projects.publishing;

import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A published project gets a DOI as identifiers means modules to use it (decisions 124, 126): reserved under the
 * platform's prefix and registered FINDABLE with the project's DataCite record and its public page as landing
 * page; every later change of a published project sends the record again (DataCite's update is idempotent).
 * Without DataCite credentials the DOI stays a local draft. An unpublished project is not sent: a findable DOI
 * cannot return to draft, so one never published never becomes findable.
 */
@Component
public class ProjectDois {

    private final PublicProjectQueries projects;
    private final DoiManagement dois;
    private final ProjectAddresses addresses;

    ProjectDois(PublicProjectQueries projects, DoiManagement dois, ProjectAddresses addresses) {
        this.projects = projects;
        this.dois = dois;
        this.addresses = addresses;
    }

    @ApplicationModuleListener
    void on(RecordChanged changed) {
        if (changed.ref().is(ProjectRecords.MODULE, ProjectRecords.PROJECT)) {
            register(changed.ref());
        }
    }

    /** Registers the project's DOI if it is published; answers the DOI, or null when there is nothing to register. */
    public Doi register(RecordRef ref) {
        PublicProject project = projects.byId(ref.id()).filter(PublicProject::published).orElse(null);
        if (project == null) {
            return null;
        }
        Doi doi = dois.reserve(ref);
        dois.register(ref, ProjectDataCite.metadata(project, doi, addresses.pageUrl(project.id())), Visibility.FINDABLE);
        return doi;
    }
}
