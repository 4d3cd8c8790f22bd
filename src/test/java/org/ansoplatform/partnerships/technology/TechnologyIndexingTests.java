package org.ansoplatform.partnerships.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.IntroductionManagement;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyOfferManagement;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.partnerships.TechnologySector;
import org.ansoplatform.platform.Languages;
import org.ansoplatform.platform.Records;
import org.ansoplatform.search.SearchHit;
import org.ansoplatform.search.SearchQueries;
import org.ansoplatform.search.SearchRequest;
import org.ansoplatform.search.indexing.SearchIndexer;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Published offers and requests in the platform's search, and the yearly figures with the records they count. */
class TechnologyIndexingTests extends IntegrationTest {

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired TechnologyOfferManagement offers;
    @Autowired IntroductionManagement introductions;
    @Autowired SearchQueries search;
    @Autowired SearchIndexer indexer;
    @Autowired List<FigureSource> sources;
    @Autowired Records records;
    @Autowired MessageSource messages;
    @Autowired Languages languages;

    @Test
    void aPublishedOfferIsFoundByEveryoneInEnglishAndChineseAndADraftByNobody() {
        assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
        TechnologyFixtures fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        String word = "Zqv" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        UUID draft = offers.draft(TechnologyFixtures.offer(institute.organization(), word + " draft", 4, TechnologySector.ENERGY,
                List.of(7), List.of("KG")), false, institute.actor(clock));
        UUID published = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), word + " purifier", 7,
                TechnologySector.ENVIRONMENT_WATER, List.of(6), List.of("KG")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths(word, Reader.anonymous())).contains("/technology/offers/" + published));
        assertThat(paths(word, Reader.anonymous())).doesNotContain("/technology/offers/" + draft);
        assertThat(paths("技术 " + word, Reader.anonymous())).contains("/technology/offers/" + published);

        offers.archive(published, "Licensed exclusively", false, institute.actor(clock));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(paths(word, Reader.anonymous())).doesNotContain("/technology/offers/" + published));
    }

    @Test
    void theYearsFiguresCountPublicationsIntroductionsAndDealsInEveryLanguage() {
        TechnologyFixtures fixtures = new TechnologyFixtures(accounts, organizations, representatives, offers, clock);
        TechnologyFixtures.Party institute = fixtures.party("Institute", "CN", OrganizationType.RESEARCH_INSTITUTE);
        TechnologyFixtures.Party firm = fixtures.party("Firm", "TH", OrganizationType.COMPANY);
        UUID offer = fixtures.published(institute, TechnologyFixtures.offer(institute.organization(), "Counted", 7,
                TechnologySector.ENVIRONMENT_WATER, List.of(6), List.of()));
        UUID id = introductions.express(offer, firm.organization(), "", false, firm.actor(clock));
        introductions.forward(id, "", fixtures.secretariat());
        introductions.accept(id, institute.actor(clock));
        introductions.recordOutcome(id, IntroductionStatus.AGREEMENT_SIGNED, AgreementKind.COOPERATION_AGREEMENT, "", true,
                fixtures.secretariat());

        int year = LocalDate.now(clock).getYear();
        FigureSource source = sources.stream().filter(s -> s.figures(year).stream().anyMatch(f -> f.key().equals("partnerships.deals")))
                .findFirst().orElseThrow();
        Map<String, Figure> figures = source.figures(year).stream().collect(Collectors.toMap(Figure::key, f -> f));
        assertThat(figures.get("partnerships.offersPublished").records())
                .contains(TechnologyOfferManagement.ref(TechnologyKind.OFFER, offer));
        assertThat(figures.get("partnerships.offersPublished").parts()).extracting(Figure.Part::code).contains("ENVIRONMENT_WATER");
        assertThat(figures.get("partnerships.introductions").records()).contains(IntroductionManagement.ref(id));
        assertThat(figures.get("partnerships.deals").parts()).filteredOn(p -> p.code().equals("COOPERATION_AGREEMENT"))
                .singleElement().satisfies(p -> assertThat(p.records()).contains(IntroductionManagement.ref(id)));
        org.ansoplatform.FigureMessages.assertNamedAndDefinedInEveryLanguage(source.figures(year), messages, languages);

        // a figure tells nobody but the Secretariat who was introduced to whom
        assertThat(records.describe(IntroductionManagement.ref(id), Reader.anonymous(), Locale.ENGLISH).visible()).isFalse();
        assertThat(records.describe(TechnologyOfferManagement.ref(TechnologyKind.OFFER, offer), Reader.anonymous(),
                Locale.ENGLISH).path()).isEqualTo("/technology/offers/" + offer);
    }

    List<String> paths(String q, Reader reader) {
        return search.search(SearchRequest.of(q), reader, Locale.ENGLISH).hits().items().stream().map(SearchHit::path).toList();
    }
}
