package org.ansoplatform.calls.packets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.FormSection;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.shared.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An application packet: the cover, answers and screening, then a PDF's pages, a PNG and a text each as a page; a
 * DOCX-typed upload and an encrypted PDF beside it in a zip; a list's packets in one zip, refused over the cap.
 */
class PacketTests extends IntegrationTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired AccountManagement accounts;
    @Autowired ApplicationPacket packets;
    @Autowired PacketZip zips;

    private static FormField document(String key, String label, Set<String> types) {
        return new FormField(key, FieldType.FILE, LocalizedText.of(label, label), null, false, null, null, 5_000_000L, types);
    }

    private UUID call() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CallTestDataAccess.call("packet", now.minusDays(1), now.plusDays(10));
        ApplicationForm form = new ApplicationForm(List.of(new FormSection("documents", LocalizedText.of("Documents", "材料"), List.of(
                document("cv", "Curriculum vitae", Set.of("application/pdf")),
                document("photo", "Photograph", Set.of("image/png")),
                document("notes", "Notes", Set.of("text/plain")),
                document("essay", "Essay", Set.of(DOCX, "application/x-tika-ooxml", "application/zip")),
                document("secret", "Locked transcript", Set.of("application/pdf"))))));
        return calls.create(new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(), base.description(),
                base.zone(), base.opens(), base.closes(), base.status(), 0, base.nominationQuota(), base.tracks(), base.hosts(), form, "[]"));
    }

    static byte[] pdf(int pages, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.getDocumentInformation().setTitle(UUID.randomUUID().toString());
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            parts.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>" + UUID.randomUUID() + "</w:t></w:r></w:p></w:body></w:document>");
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private byte[] streamed(String path, Someone who) throws Exception {
        MvcResult started = mvc.perform(get(path).with(who.signedIn())).andReturn();
        // a streamed body is written on another thread (async) unless the request ended before it started
        MockHttpServletResponse response = started.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    @Test
    void theDocumentsAreAppendedOrPutBesideAndTheListsPacketsComeInOneZip() throws Exception {
        UUID callId = call();
        Someone applicant = Someone.register(accounts, "Amina Packet", "APPLICANT");
        // a name in four scripts: the packet's fonts must draw every one of them
        Someone plain = Someone.register(accounts, "Nguyễn Văn Thành Иван Петров محمد علی 张伟", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Sam Packets", "SECRETARIAT");
        UUID id = applications.start(callId, applicant);
        UUID bare = applications.start(callId, plain);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(pdf(2, null)), applicant);
        applications.upload(id, "photo", "photo.png", new ByteArrayInputStream(TestFiles.png()), applicant);
        applications.upload(id, "notes", "notes.txt", new ByteArrayInputStream("Notes 笔记\nsecond line".getBytes(StandardCharsets.UTF_8)),
                applicant);
        applications.upload(id, "essay", "essay.docx", new ByteArrayInputStream(docx()), applicant);
        applications.upload(id, "secret", "transcript.pdf", new ByteArrayInputStream(pdf(1, "s3cret")), applicant);

        ApplicationPacket.Packet packet = packets.build(id, Locale.ENGLISH);
        ApplicationPacket.Packet nothing = packets.build(bare, Locale.ENGLISH);
        assertThat(nothing.beside()).isEmpty();
        // the cover, answers and screening are the same for both; then the CV's two pages, the photo and the notes
        assertThat(pages(packet.pdf()) - pages(nothing.pdf())).isEqualTo(4);
        assertThat(packet.beside()).extracting(ApplicationPacket.Beside::name).containsExactly("01-essay.docx", "02-transcript.pdf");

        MockHttpServletResponse pdfAnswer = mvc.perform(get("/secretariat/applications/" + id + "/packet.pdf").with(secretariat.signedIn()))
                .andReturn().getResponse();
        assertThat(pdfAnswer.getStatus()).isEqualTo(303);
        assertThat(pdfAnswer.getHeader("Location")).isEqualTo("/secretariat/applications/" + id + "/packet.zip");
        Map<String, byte[]> zip = unzip(streamed("/secretariat/applications/" + id + "/packet.zip", secretariat));
        assertThat(zip.keySet()).hasSize(3).anyMatch(name -> name.endsWith(".pdf") && !name.contains("/"))
                .anyMatch(name -> name.endsWith("/01-essay.docx")).anyMatch(name -> name.endsWith("/02-transcript.pdf"));
        MockHttpServletResponse barePdf = mvc.perform(get("/secretariat/applications/" + bare + "/packet.pdf").with(secretariat.signedIn()))
                .andReturn().getResponse();
        assertThat(barePdf.getStatus()).isEqualTo(200);
        assertThat(barePdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pages(barePdf.getContentAsByteArray())).isEqualTo(pages(nothing.pdf()));
        try (PDDocument document = Loader.loadPDF(barePdf.getContentAsByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Nguyễn Văn Thành", "Иван Петров", "张伟");
        }

        Map<String, byte[]> list = unzip(streamed("/secretariat/calls/" + callId + "/packets.zip?status=DRAFT", secretariat));
        assertThat(list.keySet().stream().filter(name -> name.endsWith(".pdf") && !name.contains("/"))).hasSize(2);

        int cap = (int) ReflectionTestUtils.getField(zips, "maxPerZip");
        ReflectionTestUtils.setField(zips, "maxPerZip", 1);
        try {
            MockHttpServletResponse refused = mvc.perform(get("/secretariat/calls/" + callId + "/packets.zip").param("status", "DRAFT")
                    .with(secretariat.signedIn())).andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains("id=\"packets-error\"", "Narrow the list: 2 applications, at most 1 per download.");
        } finally {
            ReflectionTestUtils.setField(zips, "maxPerZip", cap);
        }
        MockHttpServletResponse none = mvc.perform(get("/secretariat/calls/" + callId + "/packets.zip").param("status", "WITHDRAWN")
                .with(secretariat.signedIn())).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(422);
    }
}
