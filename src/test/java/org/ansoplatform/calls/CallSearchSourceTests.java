package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.search.SearchDocument;
import org.ansoplatform.search.SearchSource;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Calls as search finds them: a published call by everyone on its public page, a draft only by the Secretariat on
 * the Secretariat's page; every change of a call announced with {@code RecordChanged}.
 */
@RecordApplicationEvents
class CallSearchSourceTests extends IntegrationTest {

    @Autowired List<SearchSource> sources;
    @Autowired CallManagement calls;
    @Autowired CallQueries queries;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired ApplicationEvents events;

    SearchSource source() {
        return sources.stream().filter(source -> source.module().equals("calls")).findFirst().orElseThrow();
    }

    static RecordRef ref(UUID id) {
        return RecordRef.of("calls", "call", id);
    }

    @Test
    void aPublishedCallIsFoundByEveryoneOnItsPublicPageInEveryLanguageItHas() throws Exception {
        String code = CallTestData.code("search");
        UUID id = calls.create(CallTestData.call(code, LocalDateTime.of(2031, 3, 1, 9, 0), LocalDateTime.of(2031, 5, 1, 17, 0), 1));

        SearchDocument document = source().document(ref(id)).orElseThrow();

        assertThat(document.title().values()).containsEntry("en", "Test call " + code).containsEntry("zh", "测试 " + code);
        assertThat(document.text().get("en")).contains("A call for tests", "PhD", "Master", "USTC", "UCAS", code);
        assertThat(document.text().get("zh")).contains("博士", "中国科大", code);
        assertThat(document.path()).isEqualTo("/calls/" + id);
        assertThat(document.year()).isEqualTo(2031);
        assertThat(document.audience()).containsExactly("public");
        assertThat(mvc.perform(get(document.path())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref(id)));
    }

    @Test
    void aDraftIsFoundOnlyByTheSecretariatOnTheSecretariatsPageAndByEveryoneOncePublished() throws Exception {
        CallDefinition open = CallTestData.call(CallTestData.code("draft"), LocalDateTime.of(2031, 3, 1, 9, 0),
                LocalDateTime.of(2031, 5, 1, 17, 0), 1);
        UUID id = calls.create(withStatus(open, CallStatus.DRAFT));

        SearchDocument draft = source().document(ref(id)).orElseThrow();

        assertThat(draft.audience()).containsExactly("role:SECRETARIAT");
        assertThat(draft.path()).isEqualTo("/secretariat/calls/" + id);
        assertThat(status(draft.path(), "secretariat@example.org")).isEqualTo(200);
        assertThat(status(draft.path(), "applicant@example.org")).isEqualTo(403);
        assertThat(status("/calls/" + id, null)).isEqualTo(404);

        events.clear();
        calls.update(id, open, queries.any(id).version());

        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref(id)));
        SearchDocument published = source().document(ref(id)).orElseThrow();
        assertThat(published.audience()).containsExactly("public");
        assertThat(published.path()).isEqualTo("/calls/" + id);
    }

    @Test
    void theNextRoundIsAnnouncedAsADraftOfItsOwn() {
        UUID id = calls.create(CallTestData.call(CallTestData.code("round-2031"), LocalDateTime.of(2031, 3, 1, 9, 0),
                LocalDateTime.of(2031, 5, 1, 17, 0), 1));
        events.clear();

        UUID next = calls.cloneAsNextRound(id);

        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref(next)));
        assertThat(source().document(ref(next)).orElseThrow())
                .extracting(SearchDocument::year, SearchDocument::audience)
                .containsExactly(2032, Set.of("role:SECRETARIAT"));
    }

    @Test
    void everyCallIsADocumentAndApplicationsAreNot() {
        assertThat(source().types()).containsExactly("call");
        try (var documents = source().documents()) {
            assertThat(documents.map(SearchDocument::ref).toList())
                    .containsExactlyInAnyOrderElementsOf(queries.all().stream().map(call -> ref(call.id())).toList());
        }
        UUID demo = queries.published().get(0).id();
        assertThat(source().document(RecordRef.of("calls", "application", demo))).isEmpty();
        assertThat(source().document(ref(UUID.randomUUID()))).isEmpty();
    }

    private int status(String path, String email) throws Exception {
        var request = get(path);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static CallDefinition withStatus(CallDefinition call, CallStatus status) {
        return new CallDefinition(call.programmeCode(), call.code(), call.referencePrefix(), call.title(), call.description(),
                call.zone(), call.opens(), call.closes(), status, call.refereeCount(), call.nominationQuota(), call.tracks(),
                call.hosts(), call.form(), call.eligibility(), call.reopenBeforeDeadline());
    }
}
