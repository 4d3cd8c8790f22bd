package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.PdfA;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionRuleBook;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An offer letter, taken to a visa office, prints its holder's name in any script, archivally (issue 16, items 1-2). */
class OfferLetterScriptsTests extends IntegrationTest {

    static final List<List<String>> NAMES = List.of(List.of("Łukasz Wiśniewski", "Đorđe Petrović", "Nguyễn Văn Thành"),
            List.of("Иван Петров", "محمد علی", "张伟"));

    @Autowired
    CallManagement calls;
    @Autowired
    ApplicationIntake applications;
    @Autowired
    AccountManagement accounts;
    @Autowired
    SelectionRunner runner;
    @Autowired
    SelectionRuleBook rules;
    @Autowired
    OfferManagement offers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void everyOfferLetterPrintsItsHoldersNameWithEveryFontEmbeddedAsPdfA() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        Map<Someone, UUID> applied = new LinkedHashMap<>();
        List<UUID> callIds = new java.util.ArrayList<>();
        for (List<String> names : NAMES) {
            // three places on the PhD track of each call: every one of the three is offered one
            UUID callId = calls.create(CallTestData.call(CallTestData.code("letters"), now.minusDays(1), now.plusDays(10), 0));
            rules.saveRules(callId, "{\"tieBreaks\": [{\"lot\": 7}], \"offerDays\": 10}");
            Map<UUID, double[]> scores = new LinkedHashMap<>();
            for (String name : names) {
                Someone applicant = Someone.register(accounts, name, "APPLICANT");
                UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 0);
                applications.saveDraft(id, Map.of("track", "PHD", "hosts", List.of("UCAS", "USTC")), applicant);
                applications.submit(id, null, applicant);
                applied.put(applicant, id);
                scores.put(id, new double[] {4.0 + scores.size(), 4.0 + scores.size()});
            }
            callIds.add(callId);
            new ReviewOutcomesFixture(jdbc).closedPanel(callId, scores);
        }
        clock.advance(Duration.ofDays(11));
        for (UUID callId : callIds) {
            runner.run(callId);
            offers.send(callId, true);
        }
        for (Map.Entry<Someone, UUID> entry : applied.entrySet()) {
            UUID offer = offers.ofApplication(entry.getValue()).orElseThrow().id();
            byte[] pdf = mvc.perform(get("/offers/" + offer + "/letter.pdf").with(entry.getKey().signedIn()))
                    .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
                assertThat(text).as(entry.getKey().displayName()).contains(entry.getKey().displayName());
                for (var page : document.getPages()) {
                    for (var font : page.getResources().getFontNames()) {
                        assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                    }
                }
            }
            assertThat(PdfA.failures(pdf)).as(entry.getKey().displayName()).isEmpty();
        }
    }
}
