package org.ansoplatform.datasets.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetFile;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DataCiteMetadata.Affiliation;
import org.ansoplatform.identifiers.DataCiteMetadata.Creator;
import org.ansoplatform.identifiers.DateType;
import org.ansoplatform.identifiers.DescriptionType;
import org.ansoplatform.identifiers.RelatedIdentifierType;
import org.ansoplatform.identifiers.RelationType;
import org.ansoplatform.identifiers.ResourceTypeGeneral;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RorId;

/** Published versions built by hand (no deposit in this branch): a rich one, and one with many files. */
final class DiscoveryFixtures {

    static final String BASE = "https://anso.example.org";
    static final UUID DATASET = UUID.fromString("6f1e9d2a-1c1b-4a55-9d36-0c2f8a1d0b01");
    static final UUID VERSION = UUID.fromString("6f1e9d2a-1c1b-4a55-9d36-0c2f8a1d0b02");
    static final RorId CAS = RorId.parse("034t30j35");
    static final RorId FUNDER = RorId.parse("01ggx4157");

    private DiscoveryFixtures() {
    }

    static DataCiteMetadata metadata(String title, String abstractText) {
        Affiliation cas = new Affiliation("Chinese Academy of Sciences", CAS);
        List<Creator> creators = List.of(
                Creator.person("Carberry", "Josiah", OrcidId.parse("0000-0002-1825-0097"), List.of(cas)),
                Creator.person("王", "小明", OrcidId.parse("0000-0001-5109-3700"), List.of(cas)).inLanguage("zh"),
                Creator.person("الحسن", "فاطمة", null, List.of()).inLanguage("ar"),
                Creator.person("Иванова", "Мария", OrcidId.parse("0000-0002-1694-233X"), List.of()).inLanguage("ru"),
                Creator.organization("Chinese Academy of Sciences", CAS));
        return new DataCiteMetadata(Doi.parse("10.80000/abcde-fghjk"), creators,
                List.of(new DataCiteMetadata.Title(title, "en", null)),
                new DataCiteMetadata.Publisher("ANSO-DataPA", null), 2026,
                new DataCiteMetadata.ResourceType(ResourceTypeGeneral.DATASET, "Survey data"),
                List.of(new DataCiteMetadata.Subject("drought", "en", null, null, null),
                        new DataCiteMetadata.Subject("干旱", "zh", null, null, null)),
                List.of(), List.of(new DataCiteMetadata.DateEntry("2021-05-10/2022-09-30", DateType.COLLECTED, null)), "en",
                List.of(new DataCiteMetadata.RelatedIdentifier("10.5281/zenodo.1234", RelatedIdentifierType.DOI,
                                RelationType.IS_DERIVED_FROM, ResourceTypeGeneral.DATASET),
                        new DataCiteMetadata.RelatedIdentifier("https://example.org/paper", RelatedIdentifierType.URL,
                                RelationType.CITES, null)),
                List.of(new DataCiteMetadata.Rights("Creative Commons Attribution 4.0 International",
                        "https://creativecommons.org/licenses/by/4.0/legalcode", "CC-BY-4.0", "en")),
                List.of(new DataCiteMetadata.Description(abstractText, DescriptionType.ABSTRACT, "en")),
                List.of(new DataCiteMetadata.GeoLocation("Nairobi, Kenya", -1.2921, 36.8219),
                        new DataCiteMetadata.GeoLocation("Mekong Delta", null, null)),
                List.of(DataCiteMetadata.FundingReference.of("Alliance of International Science Organizations", FUNDER,
                        "ANSO-CR-2023-01", "Drought monitoring")),
                BASE + DatasetsPaths.version(DATASET, 2))
                .withDataProperties(List.of(), List.of("3 files"), List.of("text/csv"), "2.0", List.of());
    }

    static DatasetDescription rich() {
        return version(metadata("Soil moisture of East African smallholder farms, 2021–2022",
                "Weekly soil moisture measured at 120 smallholder farms in Kenya and Tanzania with capacitance probes."), 3);
    }

    static DatasetDescription version(DataCiteMetadata metadata, int fileCount) {
        List<DatasetFile> files = new ArrayList<>();
        for (int i = 0; i < fileCount; i++) {
            UUID id = new UUID(42L, i);
            boolean restricted = fileCount == 3 && i == 2;
            files.add(new DatasetFile(id, restricted ? "interviews.zip" : "moisture-" + i + ".csv",
                    restricted ? "application/zip" : "text/csv", 1000L + i, "0".repeat(64),
                    DatasetsPaths.file(DATASET, 2, id), !restricted));
        }
        return new DatasetDescription(DATASET, VERSION, 2, metadata, "10.80000/concp-tdoi0", files, List.of("drought", "soil"),
                new RecordRef("projects", "project", UUID.fromString("6f1e9d2a-1c1b-4a55-9d36-0c2f8a1d0b03")), "/projects/x",
                "Drought resilience", Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-04-02T11:00:00Z"), false);
    }
}
