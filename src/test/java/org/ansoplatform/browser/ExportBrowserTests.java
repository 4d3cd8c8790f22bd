package org.ansoplatform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.platform.Xlsx;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Secretariat downloads a call’s applications as XLSX from the list, on a desktop and on a phone, and the
 * file holds every answer as typed columns under a frozen, filtered header.
 */
class ExportBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy export passphrase";

    @Autowired AccountManagement accounts;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;

    @Test
    void theSecretariatDownloadsEveryAnswerAsTypedColumnsOnADesktopAndAPhone() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("browser-export", now.minusDays(1), now.plusDays(3)));
        Someone applicant = Someone.register(accounts, "Thandiwe Export", "APPLICANT");
        CallTestDataAccess.submitted(applications, callId, applicant, "VN");
        String secretariat = person("Selma Export", Role.SECRETARIAT);

        for (Page page : List.of(person(1280, 800, "Europe/Paris"), person(390, 844, "Asia/Shanghai"))) {
            signIn(page, secretariat, PASSWORD);
            page.navigate(url("/secretariat/calls/" + callId + "/applications"));
            Download download = page.waitForDownload(() -> page.locator("a[href*='applications.xlsx']").click());
            byte[] xlsx = Files.readAllBytes(download.path());
            List<Row> rows = Xlsx.rows(xlsx);
            assertThat(rows).hasSize(2);
            Row row = rows.get(1);
            assertThat(row.getCellText(Xlsx.column(rows, "Country"))).isEqualTo("Viet Nam");
            assertThat(row.getCellText(Xlsx.column(rows, "Track"))).isEqualTo("PhD");
            assertThat(row.getCellText(Xlsx.column(rows, "Eligible"))).isIn("Yes", "No");
            assertThat(row.getCellText(Xlsx.column(rows, "Host 1"))).isEqualTo("UCAS");
            assertThat(row.getCellText(Xlsx.column(rows, "Host 2"))).isEqualTo("USTC");
            assertThat(row.getCell(Xlsx.column(rows, "birthDate")).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(Xlsx.column(rows, "birthDate")).getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(row.getCellText(Xlsx.column(rows, "proposal"))).isEqualTo("Carbon capture in arid soils.");
            assertThat(row.getCellText(Xlsx.column(rows, "CV"))).isEqualTo("cv.pdf");
            assertThat(Xlsx.part(xlsx, "xl/worksheets/_rels/sheet1.xml.rels")).contains("/files/");
            assertThat(Xlsx.part(xlsx, "xl/worksheets/sheet1.xml")).contains("state=\"frozen\"", "<autoFilter ");
        }
    }

    private String person(String name, Role role) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", "-") + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, name, PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, role);
        return email;
    }
}
