package org.ansoplatform.identifiers.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import org.ansoplatform.identifiers.ContributorType;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.NameType;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;

/**
 * A record's DataCite metadata as a CSL item (the data model of CSL-JSON), the one source of every citation
 * format. Persons keep family and given apart, so each style orders them, and names in scripts without spaces
 * between the parts (Chinese) come out as CSL asks; organizations are literal names.
 */
public final class CslItems {

    private static final Map<ResourceTypeGeneral, CSLType> TYPES = Map.ofEntries(
            Map.entry(ResourceTypeGeneral.AUDIOVISUAL, CSLType.MOTION_PICTURE), Map.entry(ResourceTypeGeneral.BOOK, CSLType.BOOK),
            Map.entry(ResourceTypeGeneral.BOOK_CHAPTER, CSLType.CHAPTER), Map.entry(ResourceTypeGeneral.COLLECTION, CSLType.COLLECTION),
            Map.entry(ResourceTypeGeneral.CONFERENCE_PAPER, CSLType.PAPER_CONFERENCE), Map.entry(ResourceTypeGeneral.DATASET, CSLType.DATASET),
            Map.entry(ResourceTypeGeneral.DATA_PAPER, CSLType.ARTICLE_JOURNAL), Map.entry(ResourceTypeGeneral.DISSERTATION, CSLType.THESIS),
            Map.entry(ResourceTypeGeneral.EVENT, CSLType.EVENT), Map.entry(ResourceTypeGeneral.IMAGE, CSLType.GRAPHIC),
            Map.entry(ResourceTypeGeneral.JOURNAL_ARTICLE, CSLType.ARTICLE_JOURNAL), Map.entry(ResourceTypeGeneral.PREPRINT, CSLType.ARTICLE),
            Map.entry(ResourceTypeGeneral.REPORT, CSLType.REPORT), Map.entry(ResourceTypeGeneral.SOFTWARE, CSLType.SOFTWARE),
            Map.entry(ResourceTypeGeneral.STANDARD, CSLType.STANDARD), Map.entry(ResourceTypeGeneral.TEXT, CSLType.DOCUMENT));

    private CslItems() {
    }

    /** The item as data (CSL-JSON): persons with family and given name apart. */
    public static CSLItemData of(DataCiteMetadata m) {
        return of(m, false);
    }

    /**
     * The item for citeproc-java, which inverts and separates a Chinese, Japanese or Korean name like a Latin one
     * ({@code 王, 小明}, or {@code 小明 王} in IEEE); CSL writes such names family first with no separator in every style, so
     * they are handed over whole ({@code 王小明}).
     */
    public static CSLItemData forFormatting(DataCiteMetadata m) {
        return of(m, true);
    }

    private static CSLItemData of(DataCiteMetadata m, boolean formatting) {
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id(m.identifier().value())
                .type(TYPES.getOrDefault(m.resourceType().general(), CSLType.DOCUMENT))
                .title(m.mainTitle().text())
                .author(names(m.creators(), formatting))
                .publisher(m.publisher().name())
                .DOI(m.identifier().value())
                .issued(new CSLDateBuilder().dateParts(issued(m)).build());
        List<CSLName> editors = new ArrayList<>();
        List<CSLName> translators = new ArrayList<>();
        for (var contributor : m.contributors()) {
            if (contributor.type() == ContributorType.EDITOR) {
                editors.add(name(contributor.name(), formatting));
            } else if (contributor.type() == ContributorType.TRANSLATOR) {
                translators.add(name(contributor.name(), formatting));
            }
        }
        if (!editors.isEmpty()) {
            item.editor(editors.toArray(CSLName[]::new));
        }
        if (!translators.isEmpty()) {
            item.translator(translators.toArray(CSLName[]::new));
        }
        if (m.resourceType().name() != null) {
            item.genre(m.resourceType().name());
        }
        if (m.language() != null) {
            item.language(m.language());
        } else if (m.mainTitle().language() != null) {
            item.language(m.mainTitle().language());
        }
        if (m.url() != null) {
            item.URL(m.url());
        }
        m.descriptions().stream().filter(d -> d.type() == DescriptionType.ABSTRACT).findFirst()
                .ifPresent(d -> item.abstrct(d.text()));
        if (!m.subjects().isEmpty()) {
            item.keyword(String.join(", ", m.subjects().stream().map(DataCiteMetadata.Subject::text).toList()));
        }
        return item.build();
    }

    /** CSL-JSON: the item as the array of one object that citation managers import. */
    public static List<Map<String, Object>> json(CSLItemData item) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) item.toJson(new MapJsonBuilderFactory().createJsonBuilder());
        return List.of(object);
    }

    /** The issued date if given as {@code YYYY[-MM[-DD]]}, else the publication year. */
    static int[] issued(DataCiteMetadata m) {
        for (var date : m.dates()) {
            if (date.type() == DateType.ISSUED && date.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                String[] parts = date.date().split("-");
                int[] numbers = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    numbers[i] = Integer.parseInt(parts[i]);
                }
                return numbers;
            }
        }
        return new int[] { m.publicationYear() };
    }

    static CSLName[] names(List<Creator> creators, boolean formatting) {
        return creators.stream().map(creator -> name(creator, formatting)).toArray(CSLName[]::new);
    }

    static CSLName name(Creator creator, boolean formatting) {
        if (creator.nameType() == NameType.ORGANIZATIONAL || (creator.familyName() == null && creator.givenName() == null)) {
            return new CSLNameBuilder().literal(creator.name()).isInstitution(creator.nameType() == NameType.ORGANIZATIONAL).build();
        }
        if (formatting && eastAsian(creator.familyName()) && eastAsian(creator.givenName())) {
            return new CSLNameBuilder().literal(creator.familyName() + creator.givenName()).build();
        }
        return new CSLNameBuilder().family(creator.familyName()).given(creator.givenName()).build();
    }

    /** Written in Han characters, kana or Hangul only (a missing part counts as such). */
    static boolean eastAsian(String text) {
        return text == null || text.codePoints().allMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> true;
            default -> false;
        });
    }
}
