package org.ansoplatform.partnerships.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.agreements.AgreementFigures;
import org.ansoplatform.partnerships.agreements.AgreementQueries;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The seeds' agreements in the demo: dated where the seeds date them, linked to their ceremonies, undated otherwise. */
class DemoAgreementsTests extends IntegrationTest {

    @Autowired AgreementQueries queries;
    @Autowired MeetingQueries meetings;
    @Autowired AgreementFigures figures;
    @Autowired MockMvc mvc;

    private AgreementView titled(String title) {
        return queries.all(null).stream().filter(a -> a.title(Locale.ENGLISH).equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theTwoDatedMousAreLinkedToTheirSigningCeremoniesAndNanjingHasAnIllustrativeDate() {
        AgreementView ccig = titled("MoU with China Construction Investment Group");
        assertThat(ccig.signedOn()).isEqualTo(LocalDate.of(2021, 5, 21));
        assertThat(ccig.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(ccig.illustrative()).isTrue();
        RecordRef ceremony = RecordRef.parse(ccig.signingRef());
        assertThat(meetings.byId(ceremony.id()).orElseThrow().title(Locale.ENGLISH)).contains("CCIG");
        AgreementView liaoning = titled("MoU with the Liaoning Provincial People's Government");
        assertThat(liaoning.signedOn()).isEqualTo(LocalDate.of(2021, 7, 27));
        assertThat(liaoning.signingRef()).isNotNull();

        // the report puts it in 2021 without a day: the demo's history (issue 24) dates it, illustratively
        AgreementView nanjing = titled("MoU with Nanjing University for long-term cooperation");
        assertThat(nanjing.signedOn()).isEqualTo(LocalDate.of(2021, 11, 25));
        assertThat(nanjing.undated()).isFalse();
        assertThat(titled("MoU with the Center for China and Globalization").undated()).isTrue();
        assertThat(titled("Application for UNESCO consultative status").status()).isEqualTo(AgreementStatus.IN_NEGOTIATION);
        AgreementView rice = titled("The Agreement for Cooperation on Rice Variety Technology Innovation and Transfer");
        assertThat(rice.allianceRole()).isEqualTo(AllianceRole.SUPPORTER);
        assertThat(rice.parties()).extracting(AgreementView.Party::country).containsExactly("CN", "TH");
        assertThat(queries.commitments(titled("Agreement with IGSNRR on data publishing").id())).singleElement()
                .satisfies(c -> assertThat(c.description(Locale.ENGLISH)).contains("ANSO-DataPA"));
    }

    @Test
    void the2021FiguresCountTheTwoDatedMousAndThePartnersPageShowsWhatIsSigned() throws Exception {
        Figure signed = figures.figures(2021).stream().filter(f -> f.key().equals("partnerships.agreementsSigned")).findFirst().orElseThrow();
        assertThat(signed.parts()).filteredOn(p -> p.code().equals(AgreementKind.MOU.name())).singleElement()
                .satisfies(p -> assertThat(p.records()).contains(titled("MoU with China Construction Investment Group").ref(),
                        titled("MoU with the Liaoning Provincial People's Government").ref()));
        String page = mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Liaoning Provincial People&#39;s Government", "Bill &amp; Melinda Gates Foundation")
                .doesNotContain("Application for UNESCO consultative status");
        assertThat(List.of(page)).isNotEmpty();
    }
}
