package org.ansoplatform.datasets.deposit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.datasets.deposit.DatasetMetadata.Agent;
import org.ansoplatform.datasets.deposit.DatasetMetadata.AgentKind;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Affiliation;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;

/**
 * A version's DataCite 4.7 record from its stored metadata: sizes and formats from its files, the funding reference
 * from the project, the version's related identifiers (its concept, the previous version) given by the caller.
 */
final class DatasetDataCite {

    static final String PUBLISHER = "Alliance of International Science Organizations (ANSO)";
    private static final String SDG_SCHEME = "Sustainable Development Goals";

    private DatasetDataCite() {
    }

    static DataCiteMetadata of(VersionView version, FileSummary files, PublicProject project, Doi doi, String url,
            List<DataCiteMetadata.RelatedIdentifier> relations, SpdxLicences licences, Instant published) {
        DatasetMetadata m = version.metadata();
        List<DataCiteMetadata.Title> titles = m.titles().isEmpty()
                ? List.of(new DataCiteMetadata.Title("Untitled dataset", "en", null))
                : m.titles().stream().map(t -> new DataCiteMetadata.Title(t.text(), t.language(), null)).toList();
        List<Creator> creators = m.creators().isEmpty()
                ? List.of(Creator.organization(PUBLISHER, null))
                : m.creators().stream().map(DatasetDataCite::creator).toList();
        List<DataCiteMetadata.Subject> subjects = new ArrayList<>();
        m.subjects().forEach(s -> subjects.add(new DataCiteMetadata.Subject(s.text(), null, s.scheme(), null, null)));
        m.keywords().forEach(k -> subjects.add(new DataCiteMetadata.Subject(k, null, null, null, null)));
        m.sdgs().forEach(sdg -> subjects.add(new DataCiteMetadata.Subject("SDG " + sdg, "en", SDG_SCHEME,
                "https://sdgs.un.org/goals", "https://sdgs.un.org/goals/goal" + sdg)));
        List<DataCiteMetadata.Contributor> contributors = m.contributors().stream()
                .map(c -> new DataCiteMetadata.Contributor(c.role(), creator(c))).toList();
        List<DataCiteMetadata.DateEntry> dates = new ArrayList<>(m.dates().stream()
                .map(d -> new DataCiteMetadata.DateEntry(d.date(), d.type(), null)).toList());
        // an Issued date the depositor gave (the demo's back-dated publication) is kept in place of the platform's
        if (published != null && m.dates().stream().noneMatch(d -> d.type() == org.ansoplatform.identifiers.DateType.ISSUED)) {
            dates.add(new DataCiteMetadata.DateEntry(published.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    org.ansoplatform.identifiers.DateType.ISSUED, null));
        }
        if (version.withdrawnAt() != null) {
            // a tombstone's record says when it was withdrawn (DataCite 4.4+ dateType Withdrawn)
            dates.add(new DataCiteMetadata.DateEntry(version.withdrawnAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                    org.ansoplatform.identifiers.DateType.WITHDRAWN, null));
        }
        List<DataCiteMetadata.RelatedIdentifier> related = new ArrayList<>(m.related().stream()
                .map(r -> new DataCiteMetadata.RelatedIdentifier(r.identifier(), r.type(), r.relation(), null)).toList());
        related.addAll(relations);
        List<DataCiteMetadata.Rights> rights = licences.byId(m.licence())
                .map(l -> List.of(new DataCiteMetadata.Rights(l.name(), l.url(), l.id(), "en"))).orElse(List.of());
        List<DataCiteMetadata.Description> descriptions = m.descriptions().stream()
                .map(d -> new DataCiteMetadata.Description(d.text(), DescriptionType.ABSTRACT, d.language())).toList();
        List<DataCiteMetadata.GeoLocation> places = m.places().stream()
                .map(p -> new DataCiteMetadata.GeoLocation((p.place() == null || p.place().isBlank()) && p.country() != null
                        ? CountryCode.name(p.country(), Locale.ENGLISH) : p.place(), p.latitude(), p.longitude()))
                .toList();
        List<DataCiteMetadata.FundingReference> funding = project == null ? List.of()
                : List.of(new DataCiteMetadata.FundingReference(PUBLISHER, null, null, project.code(), null,
                        project.title().in(Locale.ENGLISH)));
        int year = (published == null ? version.updatedAt() : published).atOffset(ZoneOffset.UTC).getYear();
        DataCiteMetadata record = new DataCiteMetadata(doi, creators, titles, new DataCiteMetadata.Publisher(PUBLISHER, null), year,
                new DataCiteMetadata.ResourceType(ResourceTypeGeneral.DATASET, "Dataset"), subjects, contributors, dates,
                m.language(), related, rights, descriptions, places, funding, url);
        List<DataCiteMetadata.AlternateIdentifier> alternates = m.alternates().stream()
                .map(a -> new DataCiteMetadata.AlternateIdentifier(a.identifier(), a.type())).toList();
        List<String> sizes = files.count() == 0 ? List.of() : List.of(files.count() + " files", files.bytes() + " bytes");
        List<String> formats = files.formats();
        String versionName = m.versionName() == null ? String.valueOf(version.number()) : m.versionName();
        return record.withDataProperties(alternates, sizes, formats, versionName, List.of());
    }

    static Creator creator(Agent a) {
        if (a.kind() == AgentKind.ORGANIZATION) {
            return Creator.organization(a.name(), a.ror() == null ? null : RorId.parse(a.ror()));
        }
        List<Affiliation> affiliations = a.affiliation() == null ? List.of()
                : List.of(new Affiliation(a.affiliation(), a.affiliationRor() == null ? null : RorId.parse(a.affiliationRor())));
        return Creator.person(a.familyName(), a.givenName(), a.orcid() == null ? null : OrcidId.parse(a.orcid()), affiliations);
    }
}
