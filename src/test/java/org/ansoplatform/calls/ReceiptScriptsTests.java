package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A receipt prints its applicant's name in any script (issue 16, item 1): the name is in the PDF's text, every
 * font is embedded, and no glyph falls back to a font the reader's computer may not have.
 */
class ReceiptScriptsTests extends IntegrationTest {

    @Autowired
    CallManagement calls;
    @Autowired
    ApplicationIntake applications;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Wiśniewski", "Đorđe Petrović", "Nguyễn Văn Thành", "Иван Петров", "محمد علی", "张伟"})
    void theReceiptPrintsTheNameInItsOwnScriptWithEveryFontEmbedded(String name) throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestData.call(CallTestData.code("script"), now.minusDays(1), now.plusDays(30), 2));
        Someone applicant = Someone.register(accounts, name, "APPLICANT");
        UUID id = CallTestData.completeDraft(applications, callId, applicant, "KE", 2);
        applications.submit(id, null, applicant);
        byte[] pdf = mvc.perform(get("/applications/" + id + "/submission.pdf").with(applicant.signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains(name);
            // document types by their names, once under one heading
            assertThat(text).containsPattern("CV cv\\.pdf \\(\\d+ (B|KB)\\)");
            assertThat(text.split("Documents", -1)).hasSize(2);
            // the archival claim and what it needs: PDF/A-3u in the XMP metadata, an output intent, tags
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)3").containsPattern("pdfaid:conformance(=\"|>)U");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @org.junit.jupiter.api.Test
    void theArchivalCheckRefusesAnOrdinaryPdf() {
        assertThat(org.ansoplatform.PdfA.failures(org.ansoplatform.files.TestFiles.pdf())).isNotEmpty();
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName fontName : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(fontName));
            }
        }
        return fonts;
    }
}
