package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.calls.demo.DemoApplicants;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.review.SubjectSource.SubjectFacts;
import org.ansoplatform.review.SubjectSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CallReviewSubjectsIntegrationTests extends IntegrationTest {

    @Autowired CallManagement calls;

    @Autowired
    CallQueries callQueries;
    @Autowired DemoApplicants generator;
    @Autowired CallSubjectSource source;
    @Autowired List<SubjectSource> sources;
    @Autowired JdbcClient jdbc;

    @Test
    void eligibleSubmittedApplicationsAreSubjectsWithFieldsPeopleAndTranslatedContent() {
        CallDefinition round = callQueries.all().stream().filter(c -> c.definition().code().startsWith("scholarship-")
                && c.accepting(Instant.now())).findFirst().orElseThrow().definition();
        CallDefinition copy = new CallDefinition(round.programmeCode(), CallTestData.code("review"), "RVS", round.title(),
                round.description(), round.zone(), round.opens(), round.closes(), CallStatus.OPEN, round.refereeCount(),
                round.nominationQuota(), round.tracks(), round.hosts(), round.form(), round.eligibility());
        UUID callId = calls.create(copy);
        generator.generate(callId, 80);
        assertThat(sources).extracting(SubjectSource::scopeType).contains("call");
        assertThat(source.scopes()).extracting(scope -> scope.scope().id()).contains(callId);

        List<SubjectFacts> subjects = source.subjects(callId);
        long eligible = jdbc.sql("select count(*) from calls.application where call_id = ? and status = 'SUBMITTED' and eligible")
                .param(callId).query(Long.class).single();
        assertThat(subjects).hasSize((int) eligible).isNotEmpty();
        long withDiscipline = subjects.stream().filter(s -> s.fields().get(0).contains(".")).count();
        assertThat(withDiscipline).isGreaterThan(subjects.size() / 2);
        for (SubjectFacts s : subjects) {
            assertThat(s.label()).startsWith("RVS-");
            String area = s.fields().get(s.fields().size() - 1);
            assertThat(area).matches("[1-6]");
            assertThat(s.fields().get(0)).startsWith(area); // the discipline lies in the applicant's field of study
            assertThat(s.people()).anyMatch(p -> p.contains("@applicants.example.org"));
            assertThat(s.people()).anyMatch(p -> p.startsWith("Prof. "));
            assertThat(s.institution()).isNotBlank();
            assertThat(s.country()).hasSize(2);
        }
        SubjectFacts first = subjects.stream().filter(s -> s.fields().get(0).contains(".")).findFirst().orElseThrow();
        var content = source.content(callId, first.subject().id(), Locale.CHINESE).orElseThrow();
        assertThat(content.label()).isEqualTo(first.label());
        assertThat(content.items()).extracting(SubjectSource.SubjectContent.Item::key).contains("fieldOfStudy", "discipline", "university");
        assertThat(content.items()).filteredOn(i -> i.key().equals("discipline")).singleElement()
                .satisfies(i -> assertThat(i.label()).isEqualTo("具体学科"));
        assertThat(content.documents()).isNotEmpty();
        // blind review: documents by neutral names, every referee letter under one key with a numbered label
        assertThat(content.documents()).allSatisfy(d -> assertThat(d.fileName()).matches("[a-z0-9-]+(\\.[a-z0-9]+)?"));
        assertThat(content.documents()).filteredOn(d -> d.key().startsWith("referee")).allSatisfy(d -> {
            assertThat(d.key()).isEqualTo("referee-letters");
            assertThat(d.label()).matches("推荐信 \\d");
        });
        var keys = source.contentKeys(callId, Locale.ENGLISH).stream().map(SubjectSource.ContentKey::key).toList();
        assertThat(keys).contains("fieldOfStudy", "discipline", "university", "referee-letters");
        assertThat(keys).containsAll(content.items().stream().map(SubjectSource.SubjectContent.Item::key).toList());
        assertThat(keys).containsAll(content.documents().stream().map(SubjectSource.SubjectContent.Document::key).toList());
        assertThat(source.content(UUID.randomUUID(), first.subject().id(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aCallWhoseFormAsksNoFieldOfStudyOffersItsProposalsWithTheirDisciplineAndLeadInstitution(
            @Autowired org.ansoplatform.calls.definition.CallStore store) {
        UUID callId = store.findByCode("cooperation-2021").orElseThrow().id();

        List<SubjectFacts> subjects = source.subjects(callId);

        // the discipline and its area match reviewers' expertise; the lead institution is checked for conflicts
        assertThat(subjects).hasSize(8).allSatisfy(subject -> {
            assertThat(subject.fields()).hasSize(2);
            assertThat(subject.fields().get(1)).isEqualTo(subject.fields().get(0).split("\\.")[0]);
            assertThat(subject.institution()).isNotBlank();
            assertThat(subject.label()).startsWith("CP21-");
        });
        assertThat(subjects).filteredOn(s -> s.label().equals("CP21-000002")).singleElement().satisfies(s -> {
            assertThat(s.fields()).containsExactly("1.5", "1");
            assertThat(s.institution()).isEqualTo("Tribhuvan University");
        });
        var content = source.content(callId, subjects.get(0).subject().id(), Locale.ENGLISH).orElseThrow();
        assertThat(content.items()).extracting(SubjectSource.SubjectContent.Item::key).contains("title", "partners", "budget", "budgetTotal");
    }

    @Test
    void aNewPanelHidesTheApplicantsPersonalDataFromReviewersUntilTheSecretariatShowsIt(
            @Autowired org.ansoplatform.review.panels.PanelSetup panels,
            @Autowired org.springframework.test.web.servlet.MockMvc mvc) throws Exception {
        CallDefinition round = callQueries.all().stream().filter(c -> c.definition().code().startsWith("scholarship-")
                && c.accepting(Instant.now())).findFirst().orElseThrow().definition();
        UUID callId = calls.create(new CallDefinition(round.programmeCode(), CallTestData.code("private"), "PRV", round.title(),
                round.description(), round.zone(), round.opens(), round.closes(), CallStatus.OPEN, round.refereeCount(),
                round.nominationQuota(), round.tracks(), round.hosts(), round.form(), round.eligibility()));

        assertThat(source.contentKeys(callId, java.util.Locale.ENGLISH)).filteredOn(SubjectSource.ContentKey::personal)
                .extracting(SubjectSource.ContentKey::key).containsExactlyInAnyOrder("birthDate", "phone", "passport");
        UUID panel = panels.open("call", callId);
        assertThat(jdbc.sql("select blind_fields from review.panel where id = ?").param(panel)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .containsExactlyInAnyOrder("birthDate", "phone", "passport");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/secretariat/review/panels/{id}", panel)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("s").roles("SECRETARIAT"))
                .locale(java.util.Locale.ENGLISH)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("personal data: hidden from reviewers unless you untick it");
        assertThat(page).containsPattern("value=\"passport\"[^>]*checked");
    }
}
