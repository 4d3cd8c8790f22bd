package org.ansoplatform.datasets.deposit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetFile;
import org.ansoplatform.datasets.DatasetVersionChanged;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.HarvestSet;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.RelatedIdentifierType;
import org.ansoplatform.identifiers.RelationType;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What publication does beyond the status: the concept's DOI (first publication) and the version's own, both FINDABLE
 * (a local draft without credentials), with {@code HasVersion}, {@code IsVersionOf} and {@code IsNewVersionOf}
 * between them, the concept registered again on every publication and withdrawal; the {@link DatasetDescription} downstream reads; and {@link DatasetVersionChanged} with its OAI sets
 * on every publication, change of public metadata and withdrawal.
 */
@Component
public class DatasetPublishing {

    private final DatasetQueries queries;
    private final DoiManagement dois;
    private final PublicProjectQueries projects;
    private final CallQueries calls;
    private final OrganizationQueries organizations;
    private final SpdxLicences licences;
    private final DatasetAddresses addresses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatasetPublishing(DatasetQueries queries, DoiManagement dois, PublicProjectQueries projects, CallQueries calls,
            OrganizationQueries organizations, SpdxLicences licences, DatasetAddresses addresses,
            ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.dois = dois;
        this.projects = projects;
        this.calls = calls;
        this.organizations = organizations;
        this.licences = licences;
        this.addresses = addresses;
        this.events = events;
        this.clock = clock;
    }

    public static RecordRef conceptRef(UUID datasetId) {
        return new RecordRef(DatasetsPaths.MODULE, DatasetsPaths.DATASET, datasetId);
    }

    public static RecordRef versionRef(UUID versionId) {
        return new RecordRef(DatasetsPaths.MODULE, DatasetsPaths.VERSION, versionId);
    }

    /** Registers the version's DOI and the concept's, and returns the version's. */
    Doi register(VersionView version, Instant at) {
        Doi concept = dois.reserve(conceptRef(version.datasetId()));
        Doi own = dois.reserve(versionRef(version.id()));
        List<DataCiteMetadata.RelatedIdentifier> relations = new ArrayList<>();
        relations.add(doiRelation(concept.value(), RelationType.IS_VERSION_OF));
        previous(version).ifPresent(previous -> relations.add(doiRelation(previous.doi(), RelationType.IS_NEW_VERSION_OF)));
        PublicProject project = project(version);
        DataCiteMetadata metadata = DatasetDataCite.of(version, queries.summary(version.id()), project, own,
                addresses.base() + version.path(), relations, licences, at);
        dois.register(versionRef(version.id()), metadata, Visibility.FINDABLE);
        registerConcept(version.datasetId(), version, at);
        return own;
    }

    /**
     * After a withdrawal: the version's own DOI is registered again with a {@code Withdrawn} date, still resolving to
     * its tombstone, and the concept's follows the versions that remain (decision 234).
     */
    void withdrawn(UUID versionId) {
        VersionView version = queries.version(versionId).orElseThrow();
        dois.register(versionRef(version.id()), describe(version).metadata(), Visibility.FINDABLE);
        registerConcept(version.datasetId(), null, clock.instant());
    }

    /**
     * The concept's DataCite record: the title, year and metadata of its newest published version ({@code publishing}
     * when one is being published; the newest withdrawn one if none remains published) and {@code HasVersion} to every
     * version with a DOI, withdrawn ones included (their DOIs still resolve, to tombstones), newest first.
     */
    private void registerConcept(UUID datasetId, VersionView publishing, Instant at) {
        List<VersionView> versions = queries.versions(datasetId);
        VersionView latest = publishing != null ? publishing : versions.stream().filter(VersionView::published).findFirst()
                .or(() -> versions.stream().filter(VersionView::public_).findFirst()).orElse(null);
        if (latest == null) {
            return;
        }
        Doi concept = dois.reserve(conceptRef(datasetId));
        List<DataCiteMetadata.RelatedIdentifier> hasVersion = new ArrayList<>();
        for (VersionView v : versions) {
            boolean current = publishing != null && v.id().equals(publishing.id());
            if (current || (v.doi() != null && v.public_())) {
                String doi = v.doi() != null ? v.doi() : dois.reserve(versionRef(v.id())).value();
                hasVersion.add(doiRelation(doi, RelationType.HAS_VERSION));
            }
        }
        Instant published = latest.publishedAt() != null && publishing == null ? latest.publishedAt() : at;
        DataCiteMetadata conceptRecord = DatasetDataCite.of(latest, queries.summary(latest.id()), project(latest), concept,
                addresses.base() + DatasetsPaths.dataset(datasetId), hasVersion, licences, published);
        dois.register(conceptRef(datasetId), conceptRecord, Visibility.FINDABLE);
    }

    /** Tells harvesting and search that the version changed (published, edited, withdrawn). */
    void announce(UUID versionId) {
        VersionView version = queries.version(versionId).orElseThrow();
        DatasetDescription description = describe(version);
        events.publishEvent(new DatasetVersionChanged(description, sets(version), clock.instant()));
        events.publishEvent(new RecordChanged(conceptRef(version.datasetId())));
        events.publishEvent(new RecordChanged(versionRef(version.id())));
    }

    /**
     * How many files a description carries (the first in folder and name order): JSON-LD's distribution, signposting's
     * items and harvesting stay bounded for a version of tens of thousands of files, whose DataCite sizes and formats
     * still count them all (decision 258).
     */
    public static final int DESCRIBED_FILES = 100;

    /** The version as discovery, signposting and harvesting read it (published or withdrawn versions). */
    public DatasetDescription describe(VersionView version) {
        List<FileView> files = queries.firstFiles(version.id(), DESCRIBED_FILES);
        PublicProject project = project(version);
        Doi own = version.doi() == null ? dois.reserve(versionRef(version.id())) : Doi.parse(version.doi());
        String conceptDoi = dois.ofRecord(conceptRef(version.datasetId())).map(r -> r.doi().value()).orElse(null);
        List<DataCiteMetadata.RelatedIdentifier> relations = new ArrayList<>();
        if (conceptDoi != null) {
            relations.add(doiRelation(conceptDoi, RelationType.IS_VERSION_OF));
        }
        previous(version).ifPresent(previous -> relations.add(doiRelation(previous.doi(), RelationType.IS_NEW_VERSION_OF)));
        Instant published = version.publishedAt() == null ? clock.instant() : version.publishedAt();
        DataCiteMetadata metadata = DatasetDataCite.of(version, queries.summary(version.id()), project, own, addresses.base() + version.path(),
                relations, licences, published);
        LocalDate today = LocalDate.now(clock);
        List<DatasetFile> described = files.stream().map(f -> new DatasetFile(f.id(), f.name(), f.mediaType(), f.size(),
                f.sha256(), f.path(version.datasetId(), version.number()), !version.withdrawn() && f.openOn(today))).toList();
        Instant modified = version.withdrawnAt() != null ? version.withdrawnAt() : version.updatedAt();
        return new DatasetDescription(version.datasetId(), version.id(), version.number(), metadata, conceptDoi, described,
                version.metadata().keywords(), project == null ? null : new RecordRef("projects", "project", project.id()),
                project == null ? null : DatasetAddresses.project(project.id()),
                project == null ? null : project.title().in(Locale.ENGLISH), published, modified, version.withdrawn(),
                version.metadata().places().stream().map(p -> p.country() == null ? "" : p.country()).toList());
    }

    /** The OAI-PMH sets of a version: its project and the project's call, SDGs, countries, subjects. */
    List<HarvestSet> sets(VersionView version) {
        Map<String, HarvestSet> sets = new LinkedHashMap<>();
        PublicProject project = project(version);
        if (project != null) {
            sets.put("project", new HarvestSet("project:" + project.id(), project.title().in(Locale.ENGLISH)));
            if (project.callId() != null) {
                String name = callName(project.callId());
                sets.put("call", new HarvestSet("call:" + project.callId(), name));
            }
        }
        version.metadata().sdgs().forEach(sdg -> sets.put("sdg" + sdg, new HarvestSet("sdg:" + sdg, "SDG " + sdg)));
        countries(version).forEach(country -> sets.put("country" + country, new HarvestSet("country:" + country,
                CountryCode.name(country, Locale.ENGLISH))));
        version.metadata().subjects().forEach(s -> {
            String slug = slug(s.text());
            if (!slug.isEmpty()) {
                sets.put("subject" + slug, new HarvestSet("subject:" + slug, s.text()));
            }
        });
        return List.copyOf(sets.values());
    }

    private String callName(UUID callId) {
        try {
            return calls.any(callId).definition().title().in(Locale.ENGLISH);
        } catch (RuntimeException missing) {
            return "Call " + callId;
        }
    }

    /**
     * The countries of the creators' organizations and affiliations the directory knows (by id or ROR id), then those
     * of its places.
     */
    private List<String> countries(VersionView version) {
        List<String> countries = new ArrayList<>();
        List<OrganizationView> directory = null;
        for (DatasetMetadata.Agent agent : version.metadata().creators()) {
            Optional<OrganizationView> organization = agent.organizationId() == null ? Optional.empty()
                    : organizations.byId(agent.organizationId());
            String ror = agent.ror() != null ? agent.ror() : agent.affiliationRor();
            if (organization.isEmpty() && ror != null) {
                directory = directory == null ? organizations.all() : directory;
                String wanted = ror;
                organization = directory.stream().filter(o -> o.rorId() != null && wanted.endsWith(o.rorId().replaceAll(".*/", "")))
                        .findFirst();
            }
            organization.map(OrganizationView::country).filter(c -> c != null && !countries.contains(c)).ifPresent(countries::add);
        }
        version.metadata().places().stream().map(DatasetMetadata.Place::country)
                .filter(c -> c != null && !countries.contains(c)).forEach(countries::add);
        return countries;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private Optional<VersionView> previous(VersionView version) {
        return queries.versions(version.datasetId()).stream()
                .filter(v -> v.number() < version.number() && v.doi() != null)
                .max(Comparator.comparingInt(VersionView::number));
    }

    private PublicProject project(VersionView version) {
        UUID projectId = version.metadata().projectId();
        return projectId == null ? null : projects.byId(projectId).orElse(null);
    }

    private static DataCiteMetadata.RelatedIdentifier doiRelation(String doi, RelationType relation) {
        return new DataCiteMetadata.RelatedIdentifier(doi, RelatedIdentifierType.DOI, relation, null);
    }
}
