package org.ansoplatform.partnerships.technology.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.partnerships.IntroductionStatus;
import org.ansoplatform.partnerships.IntroductionView;
import org.ansoplatform.partnerships.TechnologyKind;
import org.ansoplatform.partnerships.TechnologyQueries;
import org.ansoplatform.partnerships.TechnologyView;
import org.ansoplatform.partnerships.technology.TechnologyMatching;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoTechnologyTests extends IntegrationTest {

    @Autowired AccountQueries accounts;
    @Autowired TechnologyQueries queries;
    @Autowired TechnologyMatching matching;

    @Test
    void theDemoOffersTheSeedsTechnologiesAFirmsRequestThatMatchesTheRiceAndAnIntroductionInProgress() {
        UUID institute = accounts.idOf(DemoTechnology.INSTITUTE).orElseThrow();
        UUID firm = accounts.idOf(DemoTechnology.FIRM).orElseThrow();
        List<TechnologyView> offers = queries.ofOrganizations(queries.organizationsOf(institute));
        assertThat(offers).extracting(t -> t.title().get("en")).contains("ZLIB-R1-500 water purification equipment",
                "Rice variety for Southeast and South Asia", "Recombinant protein COVID-19 vaccine (ZF-UZ-VAC2001)");
        assertThat(offers).allSatisfy(t -> assertThat(t.illustrative()).isTrue());
        TechnologyView water = offers.stream().filter(t -> t.title().get("en").startsWith("ZLIB")).findFirst().orElseThrow();
        assertThat(water.projectId()).as("the Kyrgyzstan water stations project").isNotNull();
        assertThat(water.published()).isTrue();

        TechnologyView request = queries.ofOrganizations(queries.organizationsOf(firm)).stream()
                .filter(t -> t.kind() == TechnologyKind.REQUEST).findFirst().orElseThrow();
        // every match, however many offers other tests published
        assertThat(matching.suggestions(request, Integer.MAX_VALUE)).extracting(s -> s.candidate().title().get("en"))
                .contains("Rice variety for Southeast and South Asia");
        assertThat(queries.introductionsOf(queries.organizationsOf(firm))).extracting(IntroductionView::status)
                .contains(IntroductionStatus.FORWARDED);
    }
}
