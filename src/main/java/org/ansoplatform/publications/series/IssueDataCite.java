package org.ansoplatform.publications.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Affiliation;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.Title;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.RelatedIdentifierType;
import org.ansoplatform.identifiers.RelationType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.ansoplatform.identifiers.TitleType;
import org.ansoplatform.publications.IssueCommand;
import org.ansoplatform.publications.IssueView;
import org.ansoplatform.publications.SeriesKind;
import org.ansoplatform.publications.SeriesView;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;

/**
 * An issue as DataCite Metadata Schema 4 describes it: its authors as creators (ANSO when it names none), its titles
 * in every language (the English one first, the others translated titles), the series' name as the series
 * information, the issue's date as issued, abstracts, keywords and SDGs as subjects, the series' ISSN as what it is
 * part of. Advisory reports and annual reports are {@code Report}s, everything else {@code Text}.
 */
public final class IssueDataCite {

    public static final String PUBLISHER = "Alliance of International Science Organizations (ANSO)";

    private IssueDataCite() {
    }

    public static ResourceTypeGeneral resourceType(SeriesKind kind) {
        return kind == SeriesKind.ADVISORY_REPORT_SERIES || kind == SeriesKind.ANNUAL_REPORT ? ResourceTypeGeneral.REPORT
                : ResourceTypeGeneral.TEXT;
    }

    public static DataCiteMetadata metadata(SeriesView s, IssueView i, Doi doi, String landingPage) {
        List<Creator> creators = new ArrayList<>();
        for (IssueCommand.Author a : i.authors()) {
            if (a.organization()) {
                creators.add(Creator.organization(a.name(), a.ror() == null ? null : RorId.parse(a.ror())));
            } else {
                creators.add(new Creator(DataCiteMetadata.NameType.PERSONAL, a.name(), null, null, null,
                        a.orcid() == null ? null : OrcidId.parse(a.orcid()), null,
                        a.affiliation() == null ? List.of() : List.of(new Affiliation(a.affiliation(), null))));
            }
        }
        if (creators.isEmpty()) {
            creators.add(Creator.organization(PUBLISHER, null));
        }
        List<Title> titles = new ArrayList<>();
        String first = i.title().values().containsKey("en") ? "en" : i.title().values().keySet().iterator().next();
        titles.add(new Title(i.title().get(first), first, null));
        i.title().values().forEach((language, text) -> {
            if (!language.equals(first)) {
                titles.add(new Title(text, language, TitleType.TRANSLATED_TITLE));
            }
        });
        List<DataCiteMetadata.Description> descriptions = new ArrayList<>();
        i.summary().values().forEach((language, text) -> descriptions.add(new DataCiteMetadata.Description(text,
                DescriptionType.ABSTRACT, language)));
        descriptions.add(new DataCiteMetadata.Description(s.title().in(Locale.ENGLISH) + ", " + s.numbered(i.number()),
                DescriptionType.SERIES_INFORMATION, "en"));
        List<DataCiteMetadata.Subject> subjects = new ArrayList<>();
        i.keywords().forEach(k -> subjects.add(new DataCiteMetadata.Subject(k, null, null, null, null)));
        i.sdgs().forEach(sdg -> subjects.add(new DataCiteMetadata.Subject("SDG " + sdg + ": " + SDG_NAMES.get(sdg), "en",
                "Sustainable Development Goals", "https://sdgs.un.org/goals", "https://sdgs.un.org/goals/goal" + sdg)));
        List<DataCiteMetadata.RelatedIdentifier> related = s.issn() == null ? List.of()
                : List.of(new DataCiteMetadata.RelatedIdentifier(s.issn(), RelatedIdentifierType.ISSN, RelationType.IS_PART_OF,
                        null));
        return new DataCiteMetadata(doi, creators, titles, new DataCiteMetadata.Publisher(PUBLISHER, null), i.date().getYear(),
                new DataCiteMetadata.ResourceType(resourceType(s.kind()), typeName(s.kind())), subjects, List.of(),
                List.of(new DataCiteMetadata.DateEntry(i.date().toString(), DateType.ISSUED, null)), first, related, List.of(),
                descriptions, List.of(), List.of(), landingPage);
    }

    private static String typeName(SeriesKind kind) {
        return switch (kind) {
            case NEWSLETTER -> "Newsletter";
            case MAGAZINE -> "Magazine issue";
            case ADVISORY_REPORT_SERIES -> "Advisory report";
            case BOOK_SERIES -> "Book";
            case ANNUAL_REPORT -> "Annual report";
        };
    }

    /** The goals' short names as the United Nations gives them in English. */
    static final Map<Integer, String> SDG_NAMES = Map.ofEntries(Map.entry(1, "No poverty"), Map.entry(2, "Zero hunger"),
            Map.entry(3, "Good health and well-being"), Map.entry(4, "Quality education"), Map.entry(5, "Gender equality"),
            Map.entry(6, "Clean water and sanitation"), Map.entry(7, "Affordable and clean energy"),
            Map.entry(8, "Decent work and economic growth"), Map.entry(9, "Industry, innovation and infrastructure"),
            Map.entry(10, "Reduced inequalities"), Map.entry(11, "Sustainable cities and communities"),
            Map.entry(12, "Responsible consumption and production"), Map.entry(13, "Climate action"),
            Map.entry(14, "Life below water"), Map.entry(15, "Life on land"),
            Map.entry(16, "Peace, justice and strong institutions"), Map.entry(17, "Partnerships for the goals"));
}
