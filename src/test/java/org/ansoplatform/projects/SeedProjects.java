package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.shared.LocalizedText;

/**
 * The five projects the seeds name (issue 18), shaped as the demo will enter them: institutions as the seeds name
 * them, Chinese titles where the sources give one, team names in several scripts. Codes are made unique per call so
 * tests may create them again.
 */
public final class SeedProjects {

    private SeedProjects() {
    }

    /** The projects by acronym. */
    public static Map<String, UUID> create(ProjectFixtures fixtures, OrganizationManagement management,
            OrganizationQueries organizations) {
        // the Aerospace Information Research Institute's own ROR id, registered once per test run
        UUID cas = organizations.all().stream().filter(o -> "0419fj215".equals(o.rorId())).findFirst()
                .map(OrganizationView::id).orElseGet(() -> management.create(new OrganizationCommand(
                        "Aerospace Information Research Institute, CAS", "中国科学院空天信息创新研究院", "CN",
                        OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, "0419fj215")));
        Map<String, UUID> projects = new LinkedHashMap<>();

        UUID cropwatch = fixtures.project(ProjectFixtures.unique("ANSO-CW"), "CropWatch-ICP",
                LocalizedText.of("Agricultural monitoring through the CropWatch Cloud", "基于CropWatch云平台的农业监测"),
                LocalizedText.of("Two training courses held in 2021 combined online training and offline practice.",
                        "2021年举办的两期培训班将线上培训与线下实践相结合。"),
                ProjectStatus.ACTIVE, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), true);
        UUID air = fixtures.partner(cropwatch, cas, PartnerRole.LEAD);
        fixtures.member(cropwatch, air, null, "吴炳方", "wu@example.org", "0000-0002-1825-0097", MemberRole.PRINCIPAL_INVESTIGATOR);
        UUID nigeria = fixtures.partner(cropwatch, organization(management, "National Space Research and Development Agency", "NG"),
                PartnerRole.PARTNER);
        fixtures.member(cropwatch, nigeria, null, "Adaeze Okafor", null, null, MemberRole.CO_INVESTIGATOR);
        fixtures.sdgs(cropwatch, 2, 13);
        fixtures.themes(cropwatch, ProjectTheme.AGRICULTURE_FOOD, ProjectTheme.EARTH_OBSERVATION);
        projects.put("CropWatch-ICP", cropwatch);

        UUID misspad = fixtures.project(ProjectFixtures.unique("ANSO-MS"), "ANSO-MISSPAD",
                LocalizedText.of("Sub-seasonal to seasonal prediction for disaster risk reduction", "面向减灾的次季节至季节预测"),
                LocalizedText.of("The emergency forecast for the oil tanker off Sri Lanka in 2020.", ""),
                ProjectStatus.ACTIVE, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31), true);
        UUID naoc = fixtures.partner(misspad, organization(management, "National Astronomical Observatories, CAS", "CN"),
                PartnerRole.LEAD);
        fixtures.member(misspad, naoc, null, "Li Wei", null, null, MemberRole.PRINCIPAL_INVESTIGATOR);
        fixtures.sdgs(misspad, 13);
        fixtures.themes(misspad, ProjectTheme.CLIMATE_DISASTER_RISK);
        projects.put("ANSO-MISSPAD", misspad);

        UUID water = fixtures.project(ProjectFixtures.unique("ANSO-WP"), "DWPSS",
                LocalizedText.of("Distributed Water Purification Station System for rural Kyrgyzstan", "吉尔吉斯斯坦农村分布式净水站系统"),
                LocalizedText.of("More than 15,000 people in 11 rural villages of Kyrgyzstan have benefited.", ""),
                ProjectStatus.COMPLETED, LocalDate.of(2019, 6, 1), LocalDate.of(2021, 12, 31), true);
        UUID xieg = fixtures.partner(water, organization(management, "Xinjiang Institute of Ecology and Geography, CAS", "CN"),
                PartnerRole.LEAD);
        UUID nas = fixtures.partner(water, organization(management, "National Academy of Sciences of the Kyrgyz Republic", "KG"),
                PartnerRole.PARTNER);
        fixtures.member(water, xieg, null, "Zhang Min", null, null, MemberRole.PRINCIPAL_INVESTIGATOR);
        fixtures.member(water, nas, null, "Айгуль Садыкова", null, null, MemberRole.CO_INVESTIGATOR);
        fixtures.sdgs(water, 6);
        fixtures.themes(water, ProjectTheme.WATER);
        projects.put("DWPSS", water);

        UUID corridor = fixtures.project(ProjectFixtures.unique("ANSO-EC"), "CMR-Eco",
                LocalizedText.of(Map.of("en", "Ecological security of the China–Mongolia–Russia corridor")),
                LocalizedText.of(Map.of()), ProjectStatus.ACTIVE, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), true);
        fixtures.partner(corridor, organization(management, "Institute of Geographic Sciences and Natural Resources Research, CAS", "CN"),
                PartnerRole.LEAD);
        fixtures.partner(corridor, organization(management, "Mongolian Academy of Sciences", "MN"), PartnerRole.PARTNER);
        fixtures.partner(corridor, organization(management, "Russian Academy of Sciences", "RU"), PartnerRole.PARTNER);
        fixtures.sdgs(corridor, 15);
        projects.put("CMR-Eco", corridor);

        UUID pests = fixtures.project(ProjectFixtures.unique("ANSO-PE"), "CA-Pests",
                LocalizedText.of(Map.of("en", "Agricultural and forestry pests in Central Asia")),
                LocalizedText.of(Map.of()), ProjectStatus.AWARDED, LocalDate.of(2021, 7, 1), LocalDate.of(2023, 6, 30), true);
        fixtures.partner(pests, organization(management, "Institute of Zoology, CAS", "CN"), PartnerRole.LEAD);
        fixtures.partner(pests, organization(management, "Academy of Sciences of the Republic of Uzbekistan", "UZ"),
                PartnerRole.ASSOCIATE);
        projects.put("CA-Pests", pests);
        return projects;
    }

    static UUID organization(OrganizationManagement management, String name, String country) {
        return management.create(new OrganizationCommand(name + " " + UUID.randomUUID().toString().substring(0, 6), null,
                country, OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, null));
    }

    static List<String> acronyms() {
        return List.of("CropWatch-ICP", "ANSO-MISSPAD", "DWPSS", "CMR-Eco", "CA-Pests");
    }
}
