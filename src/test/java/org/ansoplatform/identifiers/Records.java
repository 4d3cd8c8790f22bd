package org.ansoplatform.identifiers;

import java.util.List;

import org.ansoplatform.identifiers.DataCiteMetadata.Affiliation;
import org.ansoplatform.identifiers.DataCiteMetadata.Contributor;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DataCiteMetadata.DateEntry;
import org.ansoplatform.identifiers.DataCiteMetadata.Description;
import org.ansoplatform.identifiers.DataCiteMetadata.FundingReference;
import org.ansoplatform.identifiers.DataCiteMetadata.GeoLocation;
import org.ansoplatform.identifiers.DataCiteMetadata.Publisher;
import org.ansoplatform.identifiers.DataCiteMetadata.RelatedIdentifier;
import org.ansoplatform.identifiers.DataCiteMetadata.ResourceType;
import org.ansoplatform.identifiers.DataCiteMetadata.Rights;
import org.ansoplatform.identifiers.DataCiteMetadata.Subject;
import org.ansoplatform.identifiers.DataCiteMetadata.Title;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RorId;

/** Test records: one that uses every property, with names in Chinese, Arabic, Cyrillic and Vietnamese. */
final class Records {

    static final RorId CAS = RorId.parse("034t30j35");

    private Records() {
    }

    static DataCiteMetadata full() {
        Creator wang = Creator.person("王", "小明", OrcidId.parse("https://orcid.org/0000-0002-1825-0097"),
                List.of(new Affiliation("Chinese Academy of Sciences", CAS))).inLanguage("zh");
        Creator haddad = Creator.person("حداد", "ليلى", null, List.of(new Affiliation("جامعة القاهرة", null))).inLanguage("ar");
        Creator ivanova = Creator.person("Иванова", "Анна", OrcidId.parse("0000-0001-5109-3700"), List.of()).inLanguage("ru");
        Creator nguyen = Creator.person("Nguyễn", "Thị Minh Khai", null, List.of()).inLanguage("vi");
        Creator alliance = Creator.organization("Alliance of International Science Organizations", null);
        return new DataCiteMetadata(Doi.parse("10.5072/abcde-12345"), List.of(wang, haddad, ivanova, nguyen, alliance),
                List.of(new Title("Sand & dust <storms> in the Taklimakan desert", "en", null),
                        new Title("塔克拉玛干沙漠的沙尘暴", "zh", TitleType.TRANSLATED_TITLE)),
                new Publisher("Alliance of International Science Organizations", null), 2021,
                new ResourceType(ResourceTypeGeneral.DATASET, "Field observations"),
                List.of(new Subject("Earth and related environmental sciences", "en", "OECD FORD", null, null)),
                List.of(new Contributor(ContributorType.DATA_CURATOR, Creator.person("Smith", "Jane", null, List.of())),
                        new Contributor(ContributorType.HOSTING_INSTITUTION, Creator.organization("Chinese Academy of Sciences", CAS))),
                List.of(new DateEntry("2021-05-10/2021-05-12", DateType.COLLECTED, null), new DateEntry("2021-06-01", DateType.ISSUED, null)),
                "en",
                List.of(new RelatedIdentifier("10.5072/fghjk-67890", RelatedIdentifierType.DOI, RelationType.IS_SUPPLEMENT_TO,
                        ResourceTypeGeneral.JOURNAL_ARTICLE)),
                List.of(new Rights("Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/",
                        "CC-BY-4.0", "en")),
                List.of(new Description("Daily dust counts at three stations; \"quoted\" & <escaped>.", DescriptionType.ABSTRACT, "en")),
                List.of(new GeoLocation("Taklimakan Desert", 38.9, 82.2)),
                List.of(FundingReference.of("Chinese Academy of Sciences", CAS, "XDA20000000", "Dust and health")),
                "https://anso.example.org/datasets/taklimakan")
                .withDataProperties(List.of(new DataCiteMetadata.AlternateIdentifier("TKL-2021-07", "Local accession number")),
                        List.of("3 files", "12 MB"), List.of("text/csv", "application/pdf"), "2.0",
                        List.of(new DataCiteMetadata.RelatedItem(ResourceTypeGeneral.JOURNAL_ARTICLE, RelationType.IS_CITED_BY,
                                "10.5072/qrstv-12345", RelatedIdentifierType.DOI, "Dust & health in oases", 2022, "12", "3",
                                "101", "117", "Journal of Arid Lands")));
    }

    static DataCiteMetadata minimal(String title) {
        return DataCiteMetadata.of(Doi.parse("10.5072/aaaaa-bbbbb"), List.of(Creator.person("Lovelace", "Ada", null, List.of())),
                new Title(title, "en", null), new Publisher("ANSO", null), 2026, new ResourceType(ResourceTypeGeneral.TEXT, null));
    }
}
