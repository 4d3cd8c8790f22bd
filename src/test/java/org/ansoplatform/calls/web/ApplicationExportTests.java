package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
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
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.platform.Xlsx;
import org.ansoplatform.shared.LocalizedText;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The applications export holds every answer as typed columns headed by the questions' labels: numbers, dates,
 * hosts in rank order, money as amount and currency, documents and referee letters as links, names instead of codes.
 */
class ApplicationExportTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired RefereeLetterIntake letters;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;

    UUID callId;
    UUID applicationId;
    CallDefinition call;
    Someone applicant;
    Someone secretariat;

    @BeforeEach
    void anApplicationWithEveryKindOfAnswer() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition base = CallTestDataAccess.call("export", now.minusDays(1), now.plusDays(3));
        List<FormField> fields = new ArrayList<>(base.form().sections().get(0).fields());
        fields.add(FormField.of("publications", FieldType.NUMBER, LocalizedText.of("Publications", "论文数"), false));
        fields.add(FormField.money("stipend", LocalizedText.of("Stipend asked", "申请津贴"), false, List.of(), null));
        // a second question labelled like the first: its header gets its key so the two can be told apart
        fields.add(FormField.of("trackNote", FieldType.TEXT, LocalizedText.of("Track", "类别"), false));
        call = new CallDefinition(base.programmeCode(), base.code(), base.referencePrefix(), base.title(), base.description(), base.zone(),
                base.opens(), base.closes(), base.status(), base.refereeCount(), base.nominationQuota(), base.tracks(), base.hosts(),
                new ApplicationForm(List.of(new FormSection("about", LocalizedText.of("About you", "个人信息"), fields))), base.eligibility());
        callId = calls.create(call);
        applicant = Someone.register(accounts, "Kwame Export", "APPLICANT");
        secretariat = Someone.register(accounts, "Sara Export", "SECRETARIAT");
        applicationId = CallTestDataAccess.submitted(applications, callId, applicant, "KR", "engineering",
                Map.of("publications", "12", "stipend", Map.of("amount", "1500.50", "currency", "EUR"), "trackNote", "=cmd|' /C calc'!A0"));
        String referee = jdbc.sql("select email from calls.referee where application_id = :id order by invited_at, id limit 1")
                .param("id", applicationId).query(String.class).single();
        String token = URLDecoder.decode(Mail.token(Mail.awaitBody(referee, "Reference letter")), StandardCharsets.UTF_8);
        letters.upload(token, "letter.pdf", new ByteArrayInputStream(TestFiles.pdf()));
    }

    @Test
    void everyQuestionIsATypedColumnWithNamesNotCodes() throws Exception {
        byte[] xlsx = export("xlsx", "en").getContentAsByteArray();
        List<Row> rows = Xlsx.rows(xlsx);
        assertThat(rows).hasSize(2);
        Row row = rows.get(1);
        List<String> headers = rows.get(0).stream().map(cell -> cell.getText()).toList();
        assertThat(headers).contains("Reference", "Country", "Track", "Status", "Eligible", "Submitted", "birthDate", "nationality",
                "Field of study", "proposal", "CV", "Publications", "Stipend asked: amount", "Stipend asked: currency", "Host 1", "Host 2",
                "Track (track)", "Track (trackNote)", "Letter 1", "Letter 2");
        assertThat(headers).doesNotContain("hosts", "cv", "stipend");

        assertThat(row.getCellText(Xlsx.column(rows, "Country"))).isEqualTo("Korea, Republic of");
        assertThat(row.getCellText(Xlsx.column(rows, "nationality"))).isEqualTo("Korea, Republic of");
        assertThat(row.getCellText(Xlsx.column(rows, "Track"))).isEqualTo("PhD");
        assertThat(row.getCellText(Xlsx.column(rows, "Track (track)"))).isEqualTo("PhD");
        assertThat(row.getCellText(Xlsx.column(rows, "Field of study"))).isEqualTo("Engineering");
        assertThat(row.getCellText(Xlsx.column(rows, "Status"))).isEqualTo("Submitted");
        assertThat(row.getCellText(Xlsx.column(rows, "Nominated"))).isEqualTo("No");
        assertThat(row.getCellText(Xlsx.column(rows, "Eligibility overridden"))).isEqualTo("No");
        // hosts in the applicant's order of preference, by name
        assertThat(row.getCellText(Xlsx.column(rows, "Host 1"))).isEqualTo("UCAS");
        assertThat(row.getCellText(Xlsx.column(rows, "Host 2"))).isEqualTo("USTC");

        int birth = Xlsx.column(rows, "birthDate");
        assertThat(row.getCell(birth).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCellAsDate(birth)).contains(LocalDateTime.of(1998, 5, 4, 0, 0));
        assertThat(row.getCell(Xlsx.column(rows, "Submitted")).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
        assertThat(row.getCellAsNumber(Xlsx.column(rows, "Publications"))).contains(new BigDecimal("12"));
        assertThat(row.getCellAsNumber(Xlsx.column(rows, "Stipend asked: amount"))).contains(new BigDecimal("1500.50"));
        assertThat(row.getCellText(Xlsx.column(rows, "Stipend asked: currency"))).isEqualTo("EUR");
        assertThat(row.getCell(Xlsx.column(rows, "Track (trackNote)")).getType()).isEqualTo(CellType.STRING);

        // the CV and the one letter received are links to the files; the letter not yet written is empty
        UUID cv = jdbc.sql("select file_id from calls.application_document where application_id = :id and document_type = 'cv'")
                .param("id", applicationId).query(UUID.class).single();
        UUID letter = jdbc.sql("select letter_file_id from calls.referee where application_id = :id and letter_file_id is not null")
                .param("id", applicationId).query(UUID.class).single();
        assertThat(row.getCellText(Xlsx.column(rows, "CV"))).isEqualTo("cv.pdf");
        assertThat(row.getCellText(Xlsx.column(rows, "Letter 1"))).startsWith("Referee");
        assertThat(row.getOptionalCell(Xlsx.column(rows, "Letter 2")).map(cell -> cell.getText()).orElse("")).isEmpty();
        String links = Xlsx.part(xlsx, "xl/worksheets/_rels/sheet1.xml.rels");
        assertThat(links).containsPattern("Target=\"http://localhost:\\d+/files/" + cv + "\"")
                .containsPattern("Target=\"http://localhost:\\d+/files/" + letter + "\"");
        assertThat(Xlsx.part(xlsx, "xl/worksheets/sheet1.xml")).contains("state=\"frozen\"", "<autoFilter ");

        // the link opens the document for the Secretariat
        assertThat(mvc.perform(get("/files/" + cv).with(secretariat.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theReaderReadsHeadersNamesAndYesNoInTheirLanguage() throws Exception {
        List<Row> rows = Xlsx.rows(export("xlsx", "zh").getContentAsByteArray());
        Row row = rows.get(1);
        assertThat(row.getCellText(Xlsx.column(rows, "国家或地区"))).isEqualTo("大韩民国");
        assertThat(row.getCellText(Xlsx.column(rows, "已提名"))).isEqualTo("否");
        assertThat(row.getCellText(Xlsx.column(rows, "学科领域"))).isEqualTo("工程");
        assertThat(row.getCellText(Xlsx.column(rows, "接收单位 1"))).isEqualTo("国科大");
        assertThat(row.getCellText(Xlsx.column(rows, "状态"))).isEqualTo("已提交");
        assertThat(row.getCellAsNumber(Xlsx.column(rows, "申请津贴：金额"))).contains(new BigDecimal("1500.50"));
    }

    @Test
    void theCsvHasTheSameColumnsAsTextThatNoSpreadsheetRuns() throws Exception {
        String csv = export("csv", "en").getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Reference,Applicant,Email,Country,Track,Status,Eligible").contains(",Host 1,Host 2,", ",CV,");
        assertThat(lines[1]).contains("\"Korea, Republic of\"", ",UCAS,USTC,", ",12,", ",1500.50,EUR,", "'=cmd", "/files/");
    }

    @Test
    void onlyTheSecretariatExports() throws Exception {
        Someone reviewer = Someone.register(accounts, "Rita Export", "REVIEWER");
        for (String format : List.of("csv", "xlsx")) {
            String path = "/secretariat/calls/" + callId + "/applications." + format;
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(302);
            assertThat(mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
            assertThat(mvc.perform(get(path).with(reviewer.signedIn())).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/secretariat/calls/" + UUID.randomUUID() + "/applications.xlsx").with(secretariat.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse export(String format, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/secretariat/calls/" + callId + "/applications." + format)
                .param("lang", language).with(secretariat.signedIn())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}
