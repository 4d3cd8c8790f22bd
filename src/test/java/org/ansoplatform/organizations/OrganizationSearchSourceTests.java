package org.ansoplatform.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
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

/** The directory as search finds it: every entry for everyone, named in its scripts, described in every language. */
@RecordApplicationEvents
class OrganizationSearchSourceTests extends IntegrationTest {

    @Autowired List<SearchSource> sources;
    @Autowired OrganizationManagement management;
    @Autowired OrganizationQueries queries;
    @Autowired MockMvc mvc;
    @Autowired ApplicationEvents events;

    SearchSource source() {
        return sources.stream().filter(source -> source.module().equals("organizations")).findFirst().orElseThrow();
    }

    static RecordRef ref(UUID id) {
        return RecordRef.of("organizations", "organization", id);
    }

    @Test
    void theChineseAcademyOfSciencesIsTitledInEnglishAndChineseAndDescribedInEveryLanguage() throws Exception {
        OrganizationView cas = queries.byMention("Chinese Academy of Sciences (CAS)").orElseThrow();

        SearchDocument document = source().document(ref(cas.id())).orElseThrow();

        assertThat(document.title().values()).containsEntry("en", "Chinese Academy of Sciences (CAS)").containsEntry("zh", "中国科学院");
        assertThat(document.text().values()).containsKeys("en", "zh", "ru", "es", "fr");
        assertThat(document.text().get("en")).contains("Academy", "Member", "China", "https://english.cas.cn/");
        assertThat(document.text().get("zh")).contains("中国");
        assertThat(document.text().get("ru")).contains("Китай");
        assertThat(document.countries()).containsExactly("CN");
        assertThat(document.audience()).containsExactly("public");
        assertThat(document.path()).isEqualTo("/directory/" + cas.id());
        assertThat(mvc.perform(get(document.path())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anEntryIsAnnouncedWhenRegisteredAndWhenChangedAndItsDocumentFollows() {
        String name = "Testing Search Institute " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = management.create(new OrganizationCommand(name, "Институт поиска", "KZ", OrganizationType.RESEARCH_INSTITUTE,
                OrganizationStatus.APPLICANT, LocalDate.of(2025, 1, 15), null, "https://ror.org/034t30j35"));

        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref(id)));
        SearchDocument applicant = source().document(ref(id)).orElseThrow();
        assertThat(applicant.title().values()).containsEntry("en", name).containsEntry("ru", "Институт поиска");
        assertThat(applicant.text().get("en")).contains("034t30j35", "Applicant", "Kazakhstan");
        assertThat(applicant.year()).isEqualTo(2025);
        // an applicant is in the public directory like every other entry
        assertThat(applicant.audience()).containsExactly("public");

        events.clear();
        management.update(id, new OrganizationCommand(name, "Институт поиска", "KZ", OrganizationType.RESEARCH_INSTITUTE,
                OrganizationStatus.PARTNER, LocalDate.of(2026, 2, 1), null, "https://ror.org/034t30j35"));

        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref(id)));
        SearchDocument partner = source().document(ref(id)).orElseThrow();
        assertThat(partner.text().get("en")).contains("Partner").doesNotContain("Applicant");
        assertThat(partner.year()).isEqualTo(2026);

        events.clear();
        management.update(id, new OrganizationCommand(name, "Институт поиска", "KZ", OrganizationType.RESEARCH_INSTITUTE,
                OrganizationStatus.PARTNER, LocalDate.of(2026, 2, 1), null, "https://ror.org/034t30j35"));
        assertThat(events.stream(RecordChanged.class)).as("nothing changed, nothing announced").isEmpty();
    }

    @Test
    void aStatusGivenByAGovernanceDecisionIsAnnouncedToo() {
        UUID id = management.create(new OrganizationCommand("Testing Decided Institute " + UUID.randomUUID().toString().substring(0, 8),
                null, "NP", OrganizationType.UNIVERSITY, OrganizationStatus.APPLICANT, null, null, null));
        events.clear();

        management.changeStatus(id, OrganizationStatus.MEMBER, LocalDate.of(2026, 3, 1), "Test decision");

        assertThat(events.stream(RecordChanged.class)).containsExactly(new RecordChanged(ref(id)));
        assertThat(source().document(ref(id)).orElseThrow().text().get("en")).contains("Member");
    }

    @Test
    void everyEntryOfTheDirectoryIsADocument() {
        try (var documents = source().documents()) {
            assertThat(documents.map(SearchDocument::ref).toList())
                    .containsExactlyInAnyOrderElementsOf(queries.all().stream().map(o -> ref(o.id())).toList());
        }
        assertThat(source().document(ref(UUID.randomUUID()))).isEmpty();
        assertThat(source().document(RecordRef.of("calls", "call", queries.all().get(0).id()))).isEmpty();
    }
}
