package org.ansoplatform.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.PdfA;
import org.ansoplatform.meetings.attendance.AttendanceManagement;
import org.ansoplatform.meetings.attendance.CertificateQueries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A certificate of attendance prints its holder's name in any script, archivally (issue 16, items 1-2). */
class CertificateScriptsTests extends IntegrationTest {

    @Autowired
    MeetingManagement management;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    RegistrationQueries registered;
    @Autowired
    AttendanceManagement attendance;
    @Autowired
    CertificateQueries certificates;

    @Test
    void everyCertificatePrintsItsHoldersNameWithEveryFontEmbeddedAsPdfA() throws Exception {
        UUID id = management.create(TestMeetings.course("Certificates in every script", 10, null, false, List.of()));
        List<String> names = List.of("Łukasz Wiśniewski", "Đorđe Petrović", "Nguyễn Văn Thành", "Иван Петров", "محمد علی", "张伟");
        List<UUID> people = names.stream()
                .map(name -> registrations.register(id, TestMeetings.person(name, TestMeetings.email("script"), "KE"), null).id())
                .toList();
        clock.advance(CertificateTests.TO_THE_COURSE);
        for (int i = 0; i < names.size(); i++) {
            attendance.mark(id, people.get(i), true);
            RegistrationView holder = registered.byId(people.get(i)).orElseThrow();
            byte[] pdf = certificates.certificatePdf(holder, "http://localhost/meetings/certificates/verify", Locale.ENGLISH);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
                assertThat(text).as(names.get(i)).contains(names.get(i));
                for (var page : document.getPages()) {
                    for (var font : page.getResources().getFontNames()) {
                        assertThat(page.getResources().getFont(font).isEmbedded()).as(font.getName()).isTrue();
                    }
                }
            }
            assertThat(PdfA.failures(pdf)).as(names.get(i)).isEmpty();
        }
    }
}
