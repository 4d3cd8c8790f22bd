package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ansoplatform.datasets.deposit.DepositFixtures.as;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetPublished;
import org.ansoplatform.datasets.DatasetReturned;
import org.ansoplatform.datasets.DatasetStatus;
import org.ansoplatform.datasets.DatasetSubmitted;
import org.ansoplatform.datasets.DatasetVersionChanged;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.HarvestSet;
import org.ansoplatform.identifiers.DataCiteMetadata;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.RegistrationState;
import org.ansoplatform.identifiers.RelationType;
import org.ansoplatform.identifiers.Visibility;
import org.ansoplatform.platform.ForbiddenException;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.PublicProjectQueries;
import org.ansoplatform.projects.ProjectLinkSource;
import org.ansoplatform.shared.Figure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A dataset from draft to publication: submitted by its depositor, returned once by a curator with comments, edited,
 * submitted again and published with its own DOI and the concept's (local drafts: no credentials); a second version
 * gets its own DOI, related to the first and to the concept; withdrawal leaves a tombstone. Each step is kept with
 * who and the comments, announced to harvesting, and refused from the wrong status or by the wrong person.
 */
@RecordApplicationEvents
class CurationWorkflowTests extends IntegrationTest {

    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired DatasetPublishing publishing;
    @Autowired AccountManagement accounts;
    @Autowired DoiManagement dois;
    @Autowired PublicProjectQueries projects;
    @Autowired ProjectDatasets projectDatasets;
    @Autowired DepositFigures figures;
    @Autowired DatasetDocuments documents;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        as(null);
    }

    DepositFixtures fixtures() {
        return new DepositFixtures(datasets, curation, accounts);
    }

    @Test
    void aReturnedDatasetIsEditedResubmittedAndPublishedWithDraftDoisAndHarvestSets() {
        DepositFixtures f = fixtures();
        Someone depositor = f.depositor("Dana Depositor");
        Someone curator = f.curator("Cleo Curator");
        UUID project = projects.ids(PublicProjectQueries.Filter.none()).get(0);
        UUID id = f.draft(depositor, "Issyk-Kul rainfall", project);
        datasets.submit(id);
        VersionView v1 = queries.latest(id).orElseThrow();
        assertThat(v1.status()).isEqualTo(DatasetStatus.SUBMITTED);
        assertThat(events.stream(DatasetSubmitted.class).filter(e -> e.versionId().equals(v1.id()))).hasSize(1);

        as(curator);
        curation.take(v1.id());
        assertThatThrownBy(() -> curation.giveBack(v1.id(), " ")).isInstanceOf(InvalidInputException.class);
        curation.giveBack(v1.id(), "Please give the units of the rainfall column.");
        assertThat(queries.version(v1.id()).orElseThrow().status()).isEqualTo(DatasetStatus.RETURNED);
        assertThat(events.stream(DatasetReturned.class).filter(e -> e.versionId().equals(v1.id())).findFirst().orElseThrow()
                .comment()).contains("units");

        as(depositor);
        DatasetMetadata edited = DepositFixtures.metadata("Issyk-Kul rainfall (mm)", project);
        datasets.update(id, edited);
        UUID published = f.publish(depositor, curator, id, queries);
        VersionView v = queries.version(published).orElseThrow();
        assertThat(v.status()).isEqualTo(DatasetStatus.PUBLISHED);
        assertThat(v.doi()).isNotBlank();
        var registration = dois.ofRecord(DatasetPublishing.versionRef(published)).orElseThrow();
        assertThat(registration.state()).isEqualTo(RegistrationState.DRAFT);
        assertThat(registration.visibility()).isEqualTo(Visibility.FINDABLE);
        assertThat(dois.ofRecord(DatasetPublishing.conceptRef(id))).isPresent();
        assertThat(queries.steps(published)).extracting(StepView::to).containsExactly(DatasetStatus.DRAFT,
                DatasetStatus.SUBMITTED, DatasetStatus.IN_REVIEW, DatasetStatus.RETURNED, DatasetStatus.SUBMITTED,
                DatasetStatus.IN_REVIEW, DatasetStatus.PUBLISHED);
        assertThat(queries.steps(published)).extracting(StepView::comment).contains("Please give the units of the rainfall column.");

        DatasetVersionChanged changed = events.stream(DatasetVersionChanged.class)
                .filter(e -> e.description().versionId().equals(published)).findFirst().orElseThrow();
        assertThat(changed.description().withdrawn()).isFalse();
        assertThat(changed.description().metadata().titles().get(0).text()).isEqualTo("Issyk-Kul rainfall (mm)");
        assertThat(changed.description().files()).hasSize(2).anyMatch(file -> file.open()).anyMatch(file -> !file.open());
        assertThat(changed.description().metadata().sizes()).isNotEmpty();
        assertThat(changed.description().metadata().formats()).isNotEmpty();
        assertThat(changed.description().metadata().fundingReferences()).hasSize(1);
        assertThat(changed.sets()).extracting(HarvestSet::spec).contains("project:" + project, "sdg:13", "sdg:6",
                "subject:climate-science");
        assertThat(events.stream(DatasetPublished.class).filter(e -> e.versionId().equals(published))).hasSize(1);

        List<ProjectLinkSource.ProjectLink> links = projectDatasets.linksTo(project, Locale.ENGLISH);
        assertThat(links).anyMatch(link -> link.path().equals(DatasetsPaths.dataset(id)) && link.note().contains(v.doi()));
        assertThat(documents.document(DatasetPublishing.conceptRef(id))).hasValueSatisfying(doc -> {
            assertThat(doc.title().get("en")).isEqualTo("Issyk-Kul rainfall (mm)");
            assertThat(doc.title().get("zh")).contains("中文");
        });
        int year = v.publishedAt().atZone(java.time.ZoneOffset.UTC).getYear();
        assertThat(figures.figures(year)).filteredOn(fig -> fig.key().equals(DepositFigures.DATASETS)).singleElement()
                .extracting(Figure::records).asList().contains(DatasetPublishing.conceptRef(id));
    }

    @Test
    void aNewVersionCopiesTheLatestGetsItsOwnDoiAndTheOldOneStaysCitableUntilWithdrawn() {
        DepositFixtures f = fixtures();
        Someone depositor = f.depositor("Vera Versions");
        Someone curator = f.curator("Carl Curator");
        UUID id = f.draft(depositor, "Naryn river flow", null);
        UUID first = f.publish(depositor, curator, id, queries);
        String firstDoi = queries.version(first).orElseThrow().doi();

        as(depositor);
        assertThatThrownBy(() -> datasets.update(id, DepositFixtures.metadata("Changed", null)))
                .isInstanceOf(InvalidInputException.class);
        UUID secondId = datasets.newVersion(id);
        assertThatThrownBy(() -> datasets.newVersion(id)).isInstanceOf(InvalidInputException.class);
        VersionView draft = queries.version(secondId).orElseThrow();
        assertThat(draft.number()).isEqualTo(2);
        assertThat(queries.files(secondId)).extracting(FileView::sha256)
                .containsExactlyElementsOf(queries.files(first).stream().map(FileView::sha256).toList());
        f.file(id, "extra.csv", "a,b\n1,2\n", FileAccess.OPEN, null);
        UUID second = f.publish(depositor, curator, id, queries);
        assertThat(second).isEqualTo(secondId);
        String secondDoi = queries.version(second).orElseThrow().doi();
        assertThat(secondDoi).isNotEqualTo(firstDoi);
        String conceptDoi = dois.ofRecord(DatasetPublishing.conceptRef(id)).orElseThrow().doi().value();
        List<DataCiteMetadata.RelatedIdentifier> related = publishing.describe(queries.version(second).orElseThrow())
                .metadata().relatedIdentifiers();
        assertThat(related).anyMatch(r -> r.relation() == RelationType.IS_NEW_VERSION_OF && r.identifier().equals(firstDoi));
        assertThat(related).anyMatch(r -> r.relation() == RelationType.IS_VERSION_OF && r.identifier().equals(conceptDoi));
        assertThat(queries.latestPublished(id)).map(VersionView::id).hasValue(second);

        VersionDiff.Result diff = VersionDiff.between(queries.version(first).orElseThrow(), queries.files(first),
                queries.version(second).orElseThrow(), queries.files(second));
        assertThat(diff.files()).containsExactly(new VersionDiff.FileChange("extra.csv", VersionDiff.FileChangeKind.ADDED));
        assertThat(diff.fields()).extracting(VersionDiff.FieldChange::field).contains("versionName");

        as(curator);
        assertThatThrownBy(() -> curation.withdraw(first, "")).isInstanceOf(InvalidInputException.class);
        curation.withdraw(first, "The station’s sensor was miscalibrated.");
        VersionView withdrawn = queries.version(first).orElseThrow();
        assertThat(withdrawn.status()).isEqualTo(DatasetStatus.WITHDRAWN);
        assertThat(withdrawn.doi()).isEqualTo(firstDoi);
        assertThat(events.stream(DatasetVersionChanged.class).filter(e -> e.description().versionId().equals(first)
                && e.description().withdrawn())).hasSize(1);
    }

    @Test
    void onlyAnotherCuratorMovesAVersionPastSubmittedAndMetadataIsCheckedFieldByField() {
        DepositFixtures f = fixtures();
        Someone depositor = f.depositor("Otto Owner");
        Someone curatingDepositor = f.curator("Petra Self");
        as(depositor);
        DatasetMetadata bad = new DatasetMetadata(List.of(new DatasetMetadata.Text("en", "Bad")), List.of(),
                List.of(new DatasetMetadata.Agent(DatasetMetadata.AgentKind.PERSON, "Doe", "J", "0000-0002-1825-0098", null, null,
                        null, null, "not-a-ror", null)),
                List.of(), List.of(), List.of(), List.of(18), List.of(), List.of(),
                List.of(new DatasetMetadata.Place(null, 95.0, 10.0)), null, List.of(), null, "NOT-A-LICENCE", null);
        assertThatThrownBy(() -> datasets.create(bad)).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.violations()).extracting(InvalidInputException.Violation::field).contains(
                        "creators[0].orcid", "creators[0].affiliationRor", "sdgs", "places[0].latitude", "licence"));
        UUID empty = datasets.create(DatasetMetadata.empty());
        assertThatThrownBy(() -> datasets.submit(empty)).isInstanceOfSatisfying(InvalidInputException.class, refusal ->
                assertThat(refusal.violations()).extracting(InvalidInputException.Violation::field).contains("titles", "creators",
                        "licence"));

        UUID id = f.draft(depositor, "Owner’s data", null);
        datasets.submit(id);
        UUID version = queries.latest(id).orElseThrow().id();
        assertThatThrownBy(() -> curation.take(version)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> curation.publish(version)).isInstanceOf(ForbiddenException.class);

        Someone otherDepositor = f.depositor("Someone Else");
        as(otherDepositor);
        assertThatThrownBy(() -> datasets.update(id, DepositFixtures.metadata("Hijack", null)))
                .isInstanceOf(org.ansoplatform.platform.NotFoundException.class);

        UUID own = f.draft(curatingDepositor, "Curator’s own", null);
        datasets.submit(own);
        UUID ownVersion = queries.latest(own).orElseThrow().id();
        assertThatThrownBy(() -> curation.take(ownVersion)).isInstanceOf(InvalidInputException.class);

        Someone curator = f.curator("Quinn Curator");
        as(curator);
        assertThatThrownBy(() -> curation.publish(version)).isInstanceOf(InvalidInputException.class);
        curation.take(version);
        Someone second = f.curator("Rita Curator");
        as(second);
        assertThatThrownBy(() -> curation.publish(version)).isInstanceOf(InvalidInputException.class);
    }
}
