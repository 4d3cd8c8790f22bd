package org.ansoplatform.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.annualreport.editions.EditionComparison;
import org.ansoplatform.annualreport.editions.EditionStore;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.DecisionCommand;
import org.ansoplatform.governance.Outcome;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.Reader;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Governing Board freezes an edition by a decision: its figures, records and pages are stored and never change
 * (the trigger backs the application up), the comparison names what changed since, and the frozen edition is
 * published with its PDFs; nothing else freezes an edition.
 */
class AnnualReportFreezingTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";
    static final String DECISIONS = "governance.decisions[BOARD]";

    @Autowired AnnualReportManagement management;
    @Autowired AnnualReportQueries queries;
    @Autowired EditionStore store;
    @Autowired EditionComparison comparison;
    @Autowired SessionManagement sessions;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;

    @Test
    void theBoardsDecisionFreezesTheEditionWhichNoLongerChangesWhenARecordDoes() throws Exception {
        UUID held = session(Body.BOARD, 2051);
        sessions.recordDecision(held, new DecisionCommand("The Board thanks the Secretariat.", Outcome.ADOPTED_BY_CONSENSUS,
                SubjectType.OTHER, null, null, null), actor());
        UUID id = draftWithText(2051, "The Board took {" + DECISIONS + "} decisions.");
        as(() -> {
            management.submit(id);
            return null;
        });
        assertThat(page("board@example.org", "/board/annual-report/2051")).as("the Board reads the submitted draft")
                .contains("The Board took").contains("class=\"figure\"");

        UUID decision = sessions.recordDecision(session(Body.BOARD, 2052), DecisionCommand.about(AnnualReportPaths.edition(id),
                "The Board approves the Annual Report 2051.", Outcome.ADOPTED_BY_CONSENSUS, null), actor());

        EditionView frozen = queries.edition(id).orElseThrow();
        assertThat(frozen.status().frozen()).isTrue();
        assertThat(frozen.decisionId()).isEqualTo(decision);
        String page = queries.frozenPage(id, "en").orElseThrow();
        assertThat(page).contains("The Board took <a class=\"figure\"").contains(">1</a> decisions.");
        assertThat(queries.frozenPage(id, "zh")).isPresent();

        UUID later = sessions.recordDecision(held, new DecisionCommand("The Board adds a later decision.", Outcome.ADOPTED_BY_CONSENSUS,
                SubjectType.OTHER, null, null, null), actor());

        assertThat(queries.frozenPage(id, "en").orElseThrow()).isEqualTo(page);
        EditionComparison.Comparison compared = comparison.compare(id, null, Reader.anonymous(), Locale.ENGLISH);
        assertThat(compared.changed()).extracting(EditionComparison.Row::ref).contains(DECISIONS, "governance.decisions");
        assertThat(compared.changed()).filteredOn(row -> row.ref().equals(DECISIONS)).singleElement().satisfies(row -> {
            assertThat(row.ref()).isEqualTo(DECISIONS);
            assertThat(row.before()).isEqualTo("1");
            assertThat(row.after()).isEqualTo("2");
            assertThat(row.entered()).singleElement().satisfies(view -> assertThat(view.ref().id()).isEqualTo(later));
            assertThat(row.left()).isEmpty();
        });
        assertThat(page(SECRETARIAT, "/secretariat/annual-report/2051/comparison")).contains(DECISIONS).contains("class=\"changed\"");

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> queries.edition(id).orElseThrow().status() == EditionStatus.PUBLISHED);
        String published = page(null, "/annual-report/2051");
        assertThat(published).contains(">1</a> decisions.").contains("/annual-report/2051/pdf?language=en");
        MockHttpServletResponse pdf = mvc.perform(get("/annual-report/2051/pdf").param("language", "zh")).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String figures = mvc.perform(get("/api/v1/annual-report/2051/figures")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(figures).contains("\"ref\":\"" + DECISIONS + "\"").contains("\"value\":1");
        assertThat(page(null, "/annual-report")).contains("/annual-report/2051");
    }

    @Test
    void aFrozenEditionRefusesEveryEditWithAMessageAndTheDatabaseRefusesItToo() throws Exception {
        sessions.recordDecision(session(Body.BOARD, 2054), new DecisionCommand("The Board meets.", Outcome.ADOPTED_BY_CONSENSUS,
                SubjectType.OTHER, null, null, null), actor());
        UUID id = draftWithText(2054, "Decided: {" + DECISIONS + "}.");
        as(() -> {
            management.submit(id);
            return null;
        });
        sessions.recordDecision(session(Body.BOARD, 2055), DecisionCommand.about(AnnualReportPaths.edition(id), "Approved.",
                Outcome.ADOPTED_BY_CONSENSUS, null), actor());
        EditionContent content = queries.content(id).orElseThrow();
        UUID block = content.blocks().stream().filter(b -> b.kind() == BlockKind.TEXT).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> as(() -> {
            management.saveText(id, block, Map.of("en", "Changed."));
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("annualreport.error.frozen");
        MockHttpServletResponse refused = mvc.perform(post("/secretariat/annual-report/editions/" + id + "/blocks/" + block + "/text")
                .param("texts[en]", "Changed.").with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("is frozen: it can no longer change");

        assertThatThrownBy(() -> jdbc.sql("update annualreport.block_text set body = 'x' where block_id = :id").param("id", block).update())
                .hasMessageContaining("a frozen edition never changes");
        assertThatThrownBy(() -> jdbc.sql("update annualreport.frozen_figure set value = 99 where edition_id = :id").param("id", id).update())
                .hasMessageContaining("a frozen edition never changes");
        assertThatThrownBy(() -> jdbc.sql("delete from annualreport.frozen_page where edition_id = :id").param("id", id).update())
                .hasMessageContaining("a frozen edition never changes");
        assertThat(queries.content(id).orElseThrow().blocks().stream().filter(b -> b.id().equals(block)).findFirst().orElseThrow().texts())
                .containsEntry("en", "Decided: {" + DECISIONS + "}.");
    }

    @Test
    void onlyASubmittedEditionIsDecidedOnlyByTheBoardAndARejectionSendsItBack() throws Exception {
        UUID id = draftWithText(2057, "Nothing yet.");
        UUID board = session(Body.BOARD, 2058);
        assertThatThrownBy(() -> sessions.recordDecision(board, DecisionCommand.about(AnnualReportPaths.edition(id), "Approved.",
                Outcome.ADOPTED_BY_CONSENSUS, null), actor())).isInstanceOf(InvalidInputException.class);
        as(() -> {
            management.submit(id);
            return null;
        });
        assertThatThrownBy(() -> sessions.recordDecision(session(Body.ASSEMBLY, 2058), DecisionCommand.about(AnnualReportPaths.edition(id),
                "Approved.", Outcome.ADOPTED_BY_CONSENSUS, null), actor())).isInstanceOf(InvalidInputException.class);
        assertThat(queries.edition(id).orElseThrow().status()).isEqualTo(EditionStatus.SUBMITTED);

        sessions.recordDecision(board, DecisionCommand.about(AnnualReportPaths.edition(id), "Not yet.", Outcome.REJECTED, null), actor());
        assertThat(queries.edition(id).orElseThrow().status()).isEqualTo(EditionStatus.DRAFT);
    }

    @Test
    void aFigureThatStoppedResolvingIsShownAsUnknownAndBlocksSubmittingAndFreezing() throws Exception {
        UUID id = draftWithText(2059, "Fine.");
        UUID block = queries.content(id).orElseThrow().blocks().stream().filter(b -> b.kind() == BlockKind.TEXT).findFirst().orElseThrow().id();
        store.blockText(block, "en", "Gone: {calls.noLongerOffered}.");
        assertThat(page(SECRETARIAT, "/secretariat/annual-report/2059/preview")).contains("unknown figure {calls.noLongerOffered}");
        assertThatThrownBy(() -> as(() -> {
            management.submit(id);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("annualreport.error.unknownFigures");
        assertThat(queries.edition(id).orElseThrow().status()).isEqualTo(EditionStatus.DRAFT);
    }

    private UUID draftWithText(int year, String text) throws Exception {
        return as(() -> {
            UUID id = management.createDraft(year);
            UUID block = queries.content(id).orElseThrow().blocks().stream().filter(b -> b.kind() == BlockKind.TEXT).findFirst()
                    .orElseThrow().id();
            management.saveText(id, block, Map.of("en", text));
            return id;
        });
    }

    private UUID session(Body body, int year) {
        return sessions.create(new SessionCommand(body, body + " session " + year + " " + UUID.randomUUID().toString().substring(0, 6),
                LocalDateTime.of(year, 3, 1, 10, 0), "UTC", SessionMode.ONLINE, null), SessionStatus.HELD, actor());
    }

    private Actor actor() {
        return Actor.system(clock.instant());
    }

    private <T> T as(java.util.concurrent.Callable<T> action) throws Exception {
        return AnnualReportFixtures.as(people.loadUserByUsername(SECRETARIAT), action);
    }

    private String page(String who, String path) throws Exception {
        var request = get(path).locale(Locale.ENGLISH);
        if (who != null) {
            request = request.with(user(people.loadUserByUsername(who)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
