package org.ansoplatform.publications.series;

import java.util.Optional;

import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.PublicationManagement;
import org.ansoplatform.publications.PublicationsPaths;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.core.env.Environment;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A DOI for every published issue (decision 188), as projects do it: reserved under the platform's prefix and, for a
 * public issue, registered FINDABLE with its DataCite record and its page as landing page, sent again on every
 * change; without DataCite credentials it stays a local draft. A members-only or restricted issue keeps a reserved
 * DOI only, so that no title of it reaches DataCite; a withdrawn one is not sent again.
 */
@Component
public class IssueDois {

    private final SeriesStore series;
    private final IssueStore issues;
    private final DoiManagement dois;
    private final String baseUrl;

    IssueDois(SeriesStore series, IssueStore issues, DoiManagement dois, Environment environment) {
        this.series = series;
        this.issues = issues;
        this.dois = dois;
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @ApplicationModuleListener
    void on(RecordChanged changed) {
        if (changed.ref().is(PublicationsPaths.MODULE, PublicationsPaths.ISSUE)) {
            register(changed.ref());
        }
    }

    /** Registers or reserves the issue's DOI if it is published; answers it, or null when there is none to give. */
    public Doi register(RecordRef ref) {
        IssueView issue = issues.byId(ref.id()).filter(IssueView::published).orElse(null);
        if (issue == null) {
            return null;
        }
        Doi doi = dois.reserve(ref);
        if (issue.isPublic()) {
            SeriesView s = series.byId(issue.seriesId()).orElseThrow();
            dois.register(ref, IssueDataCite.metadata(s, issue, doi, pageUrl(issue)), Visibility.FINDABLE);
        }
        return doi;
    }

    /** The issue's DataCite record under its DOI (reserved now if it has none), for citations and export. */
    public DataCiteMetadata metadata(SeriesView s, IssueView issue) {
        Doi doi = dois.reserve(PublicationManagement.issueRef(issue.id()));
        return IssueDataCite.metadata(s, issue, doi, pageUrl(issue));
    }

    /** The issue's DOI and where its registration with DataCite stands, for its editors. */
    public Optional<org.ansoplatform.identifiers.DoiRegistration> registration(IssueView issue) {
        return dois.ofRecord(PublicationManagement.issueRef(issue.id()));
    }

    public Optional<Doi> doi(IssueView issue) {
        return dois.ofRecord(PublicationManagement.issueRef(issue.id())).map(r -> r.doi());
    }

    public String dataCiteXml(SeriesView s, IssueView issue) {
        return dois.dataCiteXml(metadata(s, issue));
    }

    public String pageUrl(IssueView issue) {
        return baseUrl + PublicationsPaths.issue(issue.id());
    }

    public String baseUrl() {
        return baseUrl;
    }
}
