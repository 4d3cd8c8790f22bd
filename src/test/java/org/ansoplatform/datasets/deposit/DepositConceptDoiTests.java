package org.ansoplatform.datasets.deposit;

import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.XmlSchemas;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.DoiRegistration;
import org.ansoplatform.identifiers.RegistrationState;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The concept DOI follows its versions (issue 22, part D's remainder): each publication registers the concept again
 * with the newest version's title and a {@code HasVersion} to every version; a withdrawal registers the withdrawn
 * version's own DOI again (a Withdrawn date, still resolving to its tombstone) and the concept with the version that
 * remains published. Without credentials every registration stays a local draft.
 */
class DepositConceptDoiTests extends IntegrationTest {

    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired DoiManagement dois;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        as(null);
    }

    @Test
    void theConceptListsEveryVersionAndTakesTheNewestTitleAndAWithdrawalUpdatesBothRecords() {
        DepositFixtures fixtures = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = fixtures.depositor("Depositor");
        Someone curator = fixtures.curator("Curator");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID dataset = fixtures.draft(depositor, "Issyk-Kul water quality " + marker, null);
        UUID first = fixtures.publish(depositor, curator, dataset, queries);
        RecordRef concept = DatasetPublishing.conceptRef(dataset);
        String conceptDoi = dois.ofRecord(concept).orElseThrow().doi().value();
        String firstDoi = queries.version(first).orElseThrow().doi();
        assertThat(xml(conceptDoi)).contains(firstDoi).contains("relationType=\"HasVersion\"")
                .contains("Issyk-Kul water quality " + marker);

        clock.advance(java.time.Duration.ofDays(400));
        as(depositor);
        datasets.newVersion(dataset);
        datasets.update(dataset, DepositFixtures.metadata("Issyk-Kul water quality, revised " + marker, null));
        UUID second = fixtures.publish(depositor, curator, dataset, queries);
        String secondDoi = queries.version(second).orElseThrow().doi();
        String conceptXml = xml(conceptDoi);
        assertThat(conceptXml).contains("Issyk-Kul water quality, revised " + marker)
                .contains("<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"HasVersion\">" + secondDoi)
                .contains("<relatedIdentifier relatedIdentifierType=\"DOI\" relationType=\"HasVersion\">" + firstDoi);
        assertThat(conceptXml.indexOf(secondDoi)).isLessThan(conceptXml.indexOf(firstDoi));
        int year = clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
        assertThat(conceptXml).contains("<publicationYear>" + year + "</publicationYear>");

        as(curator);
        curation.withdraw(second, "The revised measurements were mislabelled.");
        DoiRegistration withdrawn = dois.ofRecord(DatasetPublishing.versionRef(second)).orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(RegistrationState.DRAFT);
        assertThat(withdrawn.visibility()).isEqualTo(Visibility.FINDABLE);
        assertThat(withdrawn.url()).endsWith("/datasets/" + dataset + "/versions/2");
        assertThat(xml(secondDoi)).contains("dateType=\"Withdrawn\"");
        String afterWithdrawal = xml(conceptDoi);
        assertThat(afterWithdrawal).doesNotContain("revised " + marker).contains("Issyk-Kul water quality " + marker)
                .contains(secondDoi).contains(firstDoi).doesNotContain("dateType=\"Withdrawn\"");
        assertThat(dois.ofRecord(concept).orElseThrow().state()).isEqualTo(RegistrationState.DRAFT);
        // both records stay valid DataCite kernel-4 resources
        assertThat(XmlSchemas.problems(XmlSchemas.DATACITE_KERNEL_4, afterWithdrawal)).isEmpty();
        assertThat(XmlSchemas.problems(XmlSchemas.DATACITE_KERNEL_4, xml(secondDoi))).isEmpty();
    }

    private String xml(String doi) {
        return jdbc.sql("select metadata_xml from identifiers.doi_registration where doi = :doi").param("doi", doi)
                .query(String.class).single();
    }
}
