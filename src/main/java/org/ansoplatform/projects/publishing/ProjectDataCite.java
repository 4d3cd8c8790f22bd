package org.ansoplatform.projects.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Affiliation;
import org.ansoplatform.identifiers.DataCiteMetadata.Contributor;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.NameType;
import org.ansoplatform.identifiers.DataCiteMetadata.Title;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.ansoplatform.identifiers.TitleType;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.PublicProject;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;

/**
 * A project as DataCite Metadata Schema 4.7 describes it ({@code resourceTypeGeneral="Project"}): creators are the
 * principal investigator and co-investigators with their institutions (the lead institution when no one is named),
 * titles in every language with the acronym as an alternative title, the project period as a date range, the
 * summary as abstracts, the partners as contributors, their countries as places and ANSO's award as the funding
 * reference. Names are given whole, as the project records them, since a name's parts are not recorded.
 */
public final class ProjectDataCite {

    public static final String PUBLISHER = "Alliance of International Science Organizations (ANSO)";

    private ProjectDataCite() {
    }

    public static DataCiteMetadata metadata(PublicProject project, Doi doi, String landingPage) {
        List<Creator> creators = new ArrayList<>();
        List<Contributor> contributors = new ArrayList<>();
        for (PublicProject.Partner partner : project.partners()) {
            List<Affiliation> affiliation = List.of(new Affiliation(partner.name(), ror(partner.rorId())));
            for (PublicProject.Member member : partner.members()) {
                Creator person = new Creator(NameType.PERSONAL, member.name(), null, null, null, orcid(member.orcid()),
                        null, affiliation);
                if (member.role() == MemberRole.PRINCIPAL_INVESTIGATOR) {
                    creators.add(0, person);
                    contributors.add(new Contributor(ContributorType.PROJECT_LEADER, person));
                } else if (member.role() == MemberRole.CO_INVESTIGATOR) {
                    creators.add(person);
                    contributors.add(new Contributor(ContributorType.PROJECT_MEMBER, person));
                } else {
                    contributors.add(new Contributor(ContributorType.PROJECT_MEMBER, person));
                }
            }
            contributors.add(new Contributor(ContributorType.RESEARCH_GROUP,
                    Creator.organization(partner.name(), ror(partner.rorId()))));
        }
        if (creators.isEmpty()) {
            PublicProject.Partner lead = project.lead() != null ? project.lead()
                    : project.partners().isEmpty() ? null : project.partners().get(0);
            creators.add(lead == null ? Creator.organization(PUBLISHER, null)
                    : Creator.organization(lead.name(), ror(lead.rorId())));
        }
        List<Title> titles = new ArrayList<>();
        project.title().values().forEach((language, text) -> titles.add(new Title(text, language, null)));
        titles.sort((a, b) -> a.language().equals("en") ? -1 : b.language().equals("en") ? 1 : a.language().compareTo(b.language()));
        List<Title> withTypes = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            Title title = titles.get(i);
            withTypes.add(i == 0 ? title : new Title(title.text(), title.language(), TitleType.TRANSLATED_TITLE));
        }
        withTypes.add(new Title(project.acronym(), null, TitleType.ALTERNATIVE_TITLE));
        List<DataCiteMetadata.Description> descriptions = new ArrayList<>();
        project.summary().values().forEach((language, text) ->
                descriptions.add(new DataCiteMetadata.Description(text, DescriptionType.ABSTRACT, language)));
        List<DataCiteMetadata.Subject> subjects = new ArrayList<>();
        project.sdgs().forEach(sdg -> subjects.add(new DataCiteMetadata.Subject("SDG " + sdg + ": " + SDG_NAMES.get(sdg),
                "en", "Sustainable Development Goals", "https://sdgs.un.org/goals", "https://sdgs.un.org/goals/goal" + sdg)));
        project.themes().forEach(theme -> subjects.add(new DataCiteMetadata.Subject(
                theme.name().replace('_', ' ').toLowerCase(Locale.ROOT), "en", null, null, null)));
        List<DataCiteMetadata.GeoLocation> places = project.countries().stream()
                .map(country -> new DataCiteMetadata.GeoLocation(CountryCode.name(country, Locale.ENGLISH), null, null))
                .toList();
        List<DataCiteMetadata.DateEntry> dates = List.of(new DataCiteMetadata.DateEntry(
                project.startDate() + "/" + project.endDate(), DateType.OTHER, "Project period"));
        DataCiteMetadata.FundingReference funding = new DataCiteMetadata.FundingReference(PUBLISHER, null, null,
                project.code(), landingPage, project.title().in(Locale.ENGLISH));
        return new DataCiteMetadata(doi, creators, withTypes, new DataCiteMetadata.Publisher(PUBLISHER, null),
                project.startDate().getYear(), new DataCiteMetadata.ResourceType(ResourceTypeGeneral.PROJECT,
                        "Cooperation project"),
                subjects, contributors, dates, null, List.of(), List.of(), descriptions, places, List.of(funding),
                landingPage);
    }

    private static RorId ror(String id) {
        return id == null || !RorId.isValid(id) ? null : RorId.parse(id);
    }

    private static OrcidId orcid(String id) {
        return id == null || !OrcidId.isValid(id) ? null : OrcidId.parse(id);
    }

    /** The goals' short names as the United Nations gives them in English (DataCite subjects are English here). */
    static final Map<Integer, String> SDG_NAMES = Map.ofEntries(Map.entry(1, "No poverty"), Map.entry(2, "Zero hunger"),
            Map.entry(3, "Good health and well-being"), Map.entry(4, "Quality education"), Map.entry(5, "Gender equality"),
            Map.entry(6, "Clean water and sanitation"), Map.entry(7, "Affordable and clean energy"),
            Map.entry(8, "Decent work and economic growth"), Map.entry(9, "Industry, innovation and infrastructure"),
            Map.entry(10, "Reduced inequalities"), Map.entry(11, "Sustainable cities and communities"),
            Map.entry(12, "Responsible consumption and production"), Map.entry(13, "Climate action"),
            Map.entry(14, "Life below water"), Map.entry(15, "Life on land"),
            Map.entry(16, "Peace, justice and strong institutions"), Map.entry(17, "Partnerships for the goals"));
}
