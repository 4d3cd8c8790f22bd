package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.xml.validation.Schema;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.XmlSchemas;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.DoiRegistration;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.projects.publishing.ProjectDataCite;
import org.ansoplatform.projects.publishing.ProjectDois;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each project's DataCite 4.7 record (resourceTypeGeneral Project) validates offline; publishing mints its DOI. */
class ProjectDataCiteTests extends IntegrationTest {

    private static final Schema KERNEL_4 = XmlSchemas.DATACITE_KERNEL_4;

    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    OrganizationQueries organizations;
    @Autowired
    PublicProjectQueries queries;
    @Autowired
    DoiManagement dois;
    @Autowired
    ProjectDois projectDois;

    @Autowired
    ProjectFixtures fixtures;

    @Test
    void everySeedProjectsDataCiteRecordIsValidKernel4OfTypeProject() {
        Map<String, UUID> seeds = SeedProjects.create(fixtures, organizationManagement, organizations);
        assertThat(seeds).hasSize(5);
        for (var seed : seeds.entrySet()) {
            PublicProject project = queries.byId(seed.getValue()).orElseThrow();
            String xml = dois.dataCiteXml(ProjectDataCite.metadata(project, Doi.of("10.5072", "test-" + seed.getKey().toLowerCase()),
                    "http://localhost/projects/" + project.id()));

            assertThat(XmlSchemas.problems(KERNEL_4, xml)).as(seed.getKey()).isEmpty();
            assertThat(xml).as(seed.getKey()).contains("resourceTypeGeneral=\"Project\"")
                    .contains("<title xml:lang=\"en\">" + project.title().get("en").replace("&", "&amp;") + "</title>")
                    .contains(">" + project.code() + "</awardNumber>");
        }
        String cropwatch = dois.dataCiteXml(ProjectDataCite.metadata(queries.byId(seeds.get("CropWatch-ICP")).orElseThrow(),
                Doi.of("10.5072", "cw"), "http://localhost/p"));
        assertThat(cropwatch).contains("<creatorName nameType=\"Personal\">吴炳方</creatorName>")
                .contains("https://orcid.org/0000-0002-1825-0097")
                .contains("xml:lang=\"zh\" titleType=\"TranslatedTitle\">基于CropWatch云平台的农业监测")
                .contains("<geoLocationPlace>Nigeria</geoLocationPlace>")
                .contains("affiliationIdentifier=\"https://ror.org/0419fj215\"")
                .doesNotContain("wu@example.org");
    }

    @Test
    void theValidatorRefusesAProjectRecordWithoutItsResourceType() {
        Map<String, UUID> seeds = SeedProjects.create(fixtures, organizationManagement, organizations);
        String xml = dois.dataCiteXml(ProjectDataCite.metadata(queries.byId(seeds.get("DWPSS")).orElseThrow(),
                Doi.of("10.5072", "dw"), "http://localhost/p"));
        assertThat(XmlSchemas.problems(KERNEL_4, xml.replaceAll("<resourceType [^>]*>[^<]*</resourceType>", ""))).isNotEmpty();
    }

    @Test
    void aProjectGetsAFindableDoiForItsPageWhenPublishedAndNoneBefore() {
        UUID id = fixtures.project(ProjectFixtures.unique("DOI"), "DOI-TEST", LocalizedText.of("Sand and dust", "沙尘"),
                LocalizedText.of("Storms", ""), ProjectStatus.ACTIVE, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), false);
        fixtures.partner(id, SeedProjects.organization(organizationManagement, "Desert institute", "CN"), PartnerRole.LEAD);
        RecordRef ref = RecordRef.of("projects", "project", id);

        assertThat(projectDois.register(ref)).isNull();
        assertThat(dois.ofRecord(ref)).isEmpty();

        fixtures.publish(id, true);
        fixtures.changed(id);

        DoiRegistration registration = await().atMost(Duration.ofSeconds(20))
                .until(() -> dois.ofRecord(ref).orElse(null), found -> found != null);
        assertThat(registration.visibility()).isEqualTo(Visibility.FINDABLE);
        assertThat(registration.url()).endsWith("/projects/" + id);
    }

}
