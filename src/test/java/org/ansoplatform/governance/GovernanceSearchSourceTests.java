package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Governance's public records as search finds them, each on the public page that shows it, and each change
 * announced with {@code RecordChanged} in the transaction that makes it.
 */
@RecordApplicationEvents
class GovernanceSearchSourceTests extends IntegrationTest {

    @Autowired List<SearchSource> sources;
    @Autowired AssociationQueries associations;
    @Autowired AssociationManagement associationManagement;
    @Autowired SessionQueries sessions;
    @Autowired SessionManagement sessionManagement;
    @Autowired StatuteQueries statutes;
    @Autowired StatuteManagement statuteManagement;
    @Autowired org.ansoplatform.organizations.OrganizationQueries organizations;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    SearchSource source() {
        return sources.stream().filter(source -> source.module().equals("governance")).findFirst().orElseThrow();
    }

    static RecordRef ref(String type, UUID id) {
        return RecordRef.of("governance", type, id);
    }

    @Test
    void theDesertificationAssociationIsFoundByTheTaklimakanForumOnItsPublicPage() throws Exception {
        AssociationView acd = associations.list().stream().filter(a -> a.acronym().equals("ANSO-ACD")).findFirst().orElseThrow();

        SearchDocument document = source().document(ref("association", acd.id())).orElseThrow();

        assertThat(document.title().get("en")).isEqualTo("ANSO-ACD — Association for Combating Desertification");
        assertThat(document.text().get("en")).contains("Taklimakan Desert Forum", "Belt and Road countries", "Approved");
        assertThat(document.text().get("zh")).isEqualTo("已批准");
        assertThat(document.audience()).containsExactly("public");
        assertThat(document.path()).isEqualTo("/governance/associations/" + acd.id());
        assertThat(status(document.path())).isEqualTo(200);
    }

    @Test
    void aBoardSessionIsPublicWithItsAgendaAndMinutesAndEachDecisionIsADocumentOfItsOwn() throws Exception {
        SessionView board3 = sessions.list().stream().filter(s -> s.title().equals("3rd ANSO Governing Board Meeting"))
                .findFirst().orElseThrow();

        SearchDocument session = source().document(ref("session", board3.id())).orElseThrow();

        assertThat(session.title().get("en")).isEqualTo("3rd ANSO Governing Board Meeting");
        assertThat(session.text().get("en")).contains("Governing Board", "Hosting the postponed General Assembly in Moscow",
                "Representatives from the 9 GB member organizations");
        assertThat(session.text().get("zh")).isEqualTo("理事会");
        assertThat(session.year()).isEqualTo(2020);
        assertThat(session.audience()).containsExactly("public");
        // the page is public; only a Board session's documents are not (decision 103), and they are not indexed
        assertThat(status(session.path())).isEqualTo(200);

        DecisionView postponement = sessions.decisions(board3.id()).stream()
                .filter(d -> d.subjectType() == SubjectType.POSTPONEMENT).findFirst().orElseThrow();
        SearchDocument decision = source().document(ref("decision", postponement.id())).orElseThrow();
        assertThat(decision.title().values()).containsEntry("en", "Adopted by consensus — 3rd ANSO Governing Board Meeting")
                .containsEntry("zh", "协商一致通过 — 3rd ANSO Governing Board Meeting");
        assertThat(decision.text().get("en")).contains("Postponed the 2nd General Assembly, to be held in Moscow in 2021.");
        assertThat(decision.audience()).containsExactly("public");
        MvcResult opened = mvc.perform(get(decision.path())).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo("/governance/sessions/" + board3.id() + "#decision-" + postponement.id());
    }

    @Test
    void theArticlesInForceAreFoundOnTheStatutesPageUnderTheirNumberInEveryLanguage() throws Exception {
        VersionView inForce = statutes.current().orElseThrow();

        SearchDocument article = source().document(articleRef("8.3")).orElseThrow();

        assertThat(article.title().values()).containsEntry("en", "Article 8.3 — Term").containsEntry("zh", "第 8.3 条 — Term");
        assertThat(article.text().get("en")).isEqualTo(statutes.article(inForce.number(), "8.3").orElseThrow().body());
        assertThat(article.path()).isEqualTo("/governance/statutes#article-8.3");
        assertThat(article.audience()).containsExactly("public");
        assertThat(mvc.perform(get("/governance/statutes")).andReturn().getResponse().getContentAsString())
                .contains("id=\"article-8.3\"");
        try (var documents = source().documents()) {
            assertThat(documents.map(SearchDocument::ref).filter(ref -> ref.type().equals("article")).toList())
                    .containsExactlyInAnyOrderElementsOf(statutes.articles(inForce.number()).stream()
                            .map(a -> articleRef(a.number())).toList());
        }
    }

    @Test
    void anAssociationIsAnnouncedWhenProposedAndWhenApprovedWithTheDecision() {
        String acronym = "ANSO-S" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        UUID id = associationManagement.propose(new AssociationCommand(acronym, "Alliance for Searching", "Institute of Finding",
                "Finding what is indexed.", "Central Asia", null, null, null));

        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref("association", id)));
        assertThat(source().document(ref("association", id)).orElseThrow().text().get("en")).contains("Proposed", "Institute of Finding");

        UUID board = sessionManagement.create(new SessionCommand(Body.BOARD, "Board on search", LocalDateTime.of(2026, 6, 1, 9, 0),
                "UTC", SessionMode.ONLINE, null));
        events.clear();
        UUID decision = sessionManagement.recordDecision(board, new DecisionCommand("Approves the alliance.",
                Outcome.ADOPTED_BY_CONSENSUS, SubjectType.ASSOCIATION, id, null, null));

        assertThat(events.stream(RecordChanged.class)).containsExactlyInAnyOrder(new RecordChanged(ref("association", id)),
                new RecordChanged(ref("decision", decision)));
        SearchDocument approved = source().document(ref("association", id)).orElseThrow();
        assertThat(approved.text().get("en")).contains("Approved");
        assertThat(approved.year()).isEqualTo(2026);
    }

    @Test
    void aSessionIsAnnouncedWhenScheduledMovedGivenAgendaAttendanceAndMinutes() {
        UUID id = sessionManagement.create(new SessionCommand(Body.ASSEMBLY, "Assembly on search", LocalDateTime.of(2027, 6, 1, 9, 0),
                "UTC", SessionMode.ON_SITE, "Almaty"));
        sessionManagement.reschedule(id, new SessionCommand(Body.ASSEMBLY, "Assembly on search", LocalDateTime.of(2027, 6, 2, 9, 0),
                "UTC", SessionMode.ON_SITE, "Astana"));
        sessionManagement.addAgendaItem(id, "Opening of the indexed session", List.of());
        sessionManagement.saveMinutes(id, "The Assembly found what it searched for.");
        sessionManagement.setAttendance(id, organizations.byMention("Chinese Academy of Sciences (CAS)").orElseThrow().id(), true);

        assertThat(events.stream(RecordChanged.class)).hasSize(5).containsOnly(new RecordChanged(ref("session", id)));
        SearchDocument session = source().document(ref("session", id)).orElseThrow();
        assertThat(session.text().get("en")).contains("General Assembly", "Astana", "Opening of the indexed session",
                "The Assembly found what it searched for.").doesNotContain("Almaty");
        assertThat(session.year()).isEqualTo(2027);
        assertThat(session.countries()).containsExactly("CN");
    }

    @Test
    void anAdoptedAmendmentAnnouncesItselfItsDecisionsAndTheArticleItRewrites() {
        int before = statutes.current().orElseThrow().number();
        String objectives = "ANSO promotes cooperation in science and searchable knowledge among its members, "
                + UUID.randomUUID().toString().substring(0, 8) + ".";
        UUID amendment = statuteManagement.propose(new AmendmentCommand(before, "2", "Objectives", objectives, "Findability."));
        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref("amendment", amendment)));
        assertThat(source().document(ref("amendment", amendment)).orElseThrow().title().get("en"))
                .isEqualTo("Amendment to Article 2 — Objectives");

        UUID board = sessionManagement.create(new SessionCommand(Body.BOARD, "Board on the Statutes", LocalDateTime.of(2026, 6, 1, 9, 0),
                "UTC", SessionMode.ONLINE, null));
        UUID assembly = sessionManagement.create(new SessionCommand(Body.ASSEMBLY, "Assembly on the Statutes",
                LocalDateTime.of(2026, 6, 2, 9, 0), "UTC", SessionMode.ONLINE, null));
        sessionManagement.recordDecision(board, new DecisionCommand("Endorses.", Outcome.ADOPTED_BY_CONSENSUS,
                SubjectType.AMENDMENT, amendment, null, null));
        events.clear();
        UUID adopted = sessionManagement.recordDecision(assembly, new DecisionCommand("Adopts.", Outcome.ADOPTED_BY_CONSENSUS,
                SubjectType.AMENDMENT, amendment, null, null));

        assertThat(events.stream(RecordChanged.class)).containsExactlyInAnyOrder(new RecordChanged(ref("amendment", amendment)),
                new RecordChanged(ref("decision", adopted)), new RecordChanged(articleRef("2")));
        assertThat(source().document(articleRef("2")).orElseThrow().text().get("en")).isEqualTo(objectives);
        assertThat(source().document(ref("amendment", amendment)).orElseThrow().text().get("en"))
                .contains("Adopted by the General Assembly");
    }

    @Test
    void membershipApplicationsAndOtherModulesRecordsAreNotDocuments() {
        assertThat(source().types()).containsExactlyInAnyOrder("association", "session", "decision", "amendment", "article");
        UUID session = sessions.list().get(0).id();
        assertThat(source().document(ref("application", session))).isEmpty();
        assertThat(source().document(RecordRef.of("meetings", "session", session))).isEmpty();
        assertThat(source().document(ref("session", UUID.randomUUID()))).isEmpty();
    }

    private static RecordRef articleRef(String number) {
        return org.ansoplatform.governance.indexing.GovernanceRecords.article(number);
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }
}
