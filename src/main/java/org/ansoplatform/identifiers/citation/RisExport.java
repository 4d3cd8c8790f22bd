package org.ansoplatform.identifiers.citation;

import java.util.List;
import java.util.Map;

import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.NameType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;

/**
 * A record as one RIS reference (the tagged format of EndNote, Zotero and Mendeley): {@code TAG  - value} lines
 * ending in {@code ER  - }. A value never spans lines, since a line break would start a new tag; lines end with
 * CRLF as RIS specifies.
 */
public final class RisExport {

    private static final Map<ResourceTypeGeneral, String> TYPES = Map.ofEntries(
            Map.entry(ResourceTypeGeneral.JOURNAL_ARTICLE, "JOUR"), Map.entry(ResourceTypeGeneral.DATA_PAPER, "JOUR"),
            Map.entry(ResourceTypeGeneral.BOOK, "BOOK"), Map.entry(ResourceTypeGeneral.BOOK_CHAPTER, "CHAP"),
            Map.entry(ResourceTypeGeneral.CONFERENCE_PAPER, "CPAPER"), Map.entry(ResourceTypeGeneral.CONFERENCE_PROCEEDING, "CONF"),
            Map.entry(ResourceTypeGeneral.DATASET, "DATA"), Map.entry(ResourceTypeGeneral.DISSERTATION, "THES"),
            Map.entry(ResourceTypeGeneral.REPORT, "RPRT"), Map.entry(ResourceTypeGeneral.SOFTWARE, "COMP"),
            Map.entry(ResourceTypeGeneral.STANDARD, "STAND"), Map.entry(ResourceTypeGeneral.IMAGE, "FIGURE"),
            Map.entry(ResourceTypeGeneral.AUDIOVISUAL, "VIDEO"), Map.entry(ResourceTypeGeneral.PREPRINT, "UNPB"));

    private RisExport() {
    }

    public static String of(DataCiteMetadata m) {
        StringBuilder ris = new StringBuilder();
        line(ris, "TY", TYPES.getOrDefault(m.resourceType().general(), "GEN"));
        line(ris, "ID", m.identifier().value());
        for (Creator creator : m.creators()) {
            line(ris, "AU", name(creator));
        }
        List<Creator> editors = m.contributors().stream().filter(c -> c.type() == ContributorType.EDITOR)
                .map(DataCiteMetadata.Contributor::name).toList();
        for (Creator editor : editors) {
            line(ris, "ED", name(editor));
        }
        line(ris, "TI", m.mainTitle().text());
        line(ris, "PY", String.valueOf(m.publicationYear()));
        line(ris, "PB", m.publisher().name());
        line(ris, "DO", m.identifier().value());
        if (m.url() != null) {
            line(ris, "UR", m.url());
        }
        m.descriptions().stream().filter(d -> d.type() == DescriptionType.ABSTRACT).findFirst()
                .ifPresent(d -> line(ris, "AB", d.text()));
        m.subjects().forEach(subject -> line(ris, "KW", subject.text()));
        if (m.language() != null) {
            line(ris, "LA", m.language());
        }
        ris.append("ER  - \r\n");
        return ris.toString();
    }

    /** {@code Family, Given} for persons, as RIS asks; an organization as its name. */
    private static String name(Creator creator) {
        if (creator.nameType() == NameType.ORGANIZATIONAL || creator.familyName() == null || creator.givenName() == null) {
            return creator.familyName() != null && creator.nameType() == NameType.PERSONAL ? creator.familyName() : creator.name();
        }
        return creator.familyName() + ", " + creator.givenName();
    }

    private static void line(StringBuilder ris, String tag, String value) {
        ris.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
    }
}
