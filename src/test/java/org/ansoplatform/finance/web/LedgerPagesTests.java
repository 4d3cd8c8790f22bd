package org.ansoplatform.finance.web;

import static org.ansoplatform.finance.ledger.LedgerFixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.finance.ledger.LedgerFilter;
import org.ansoplatform.finance.ledger.LedgerFixtures;
import org.ansoplatform.finance.ledger.LedgerLine;
import org.ansoplatform.finance.ledger.LedgerQueries;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

class LedgerPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    LedgerQueries queries;

    Someone finance;
    Someone secretary;
    Someone board;
    Someone applicant;

    @BeforeEach
    void setUp() {
        finance = Someone.register(accounts, "Finance officer", "FINANCE");
        secretary = Someone.register(accounts, "Secretary", "SECRETARIAT");
        board = Someone.register(accounts, "Board member", "BOARD_MEMBER");
        applicant = Someone.register(accounts, "Applicant", "APPLICANT", "REVIEWER", "MEMBER_REPRESENTATIVE");
    }

    private static String file(LocalDate day, String... amounts) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String amount : amounts) {
            text.append(LedgerFixtures.line(day, amount, "CNY", "advisory", null, "Page test " + UUID.randomUUID())).append('\n');
        }
        return text.toString();
    }

    private static MockMultipartFile upload(String text) {
        return new MockMultipartFile("file", "ledger.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void financeReadersReadTheLedgerAndOnlyFinanceStaffImportEnterRatesAndReverse() throws Exception {
        UUID line = importedLine(LedgerFixtures.uniqueDay());
        String[] reads = {"/finance/ledger", "/finance/ledger/" + line, "/finance/rates", "/api/v1/finance/ledger",
                "/api/v1/finance/rates"};
        for (String path : reads) {
            if (path.startsWith("/api/")) {
                mvc.perform(get(path)).andExpect(status().isUnauthorized());
            } else {
                mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
            }
            mvc.perform(get(path).with(applicant.signedIn())).andExpect(status().isForbidden());
            for (Someone reader : new Someone[] {finance, secretary, board}) {
                mvc.perform(get(path).with(reader.signedIn())).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/finance/ledger/import").with(finance.signedIn())).andExpect(status().isOk());
        mvc.perform(get("/finance/ledger/import").with(secretary.signedIn())).andExpect(status().isForbidden());
        String[] writes = {"/finance/ledger/import", "/finance/ledger/" + line + "/reverse", "/finance/rates",
                "/api/v1/finance/rates", "/api/v1/finance/ledger/imports"};
        for (String path : writes) {
            for (Someone other : new Someone[] {secretary, board, applicant}) {
                mvc.perform(post(path).with(csrf()).with(other.signedIn()).param("reason", "r")).andExpect(status().isForbidden());
            }
            mvc.perform(post(path).with(csrf()).param("reason", "r")).andExpect(status().is(path.startsWith("/api/") ? 401 : 302));
        }
        assertThat(queries.line(line).orElseThrow().reversed()).isFalse();
        // the reversal form is finance staff's only
        assertThat(page("/finance/ledger/" + line, secretary)).doesNotContain("ledger-reverse");
        assertThat(page("/finance/ledger/" + line, finance)).contains("ledger-reverse");
        mvc.perform(get("/finance/ledger/" + UUID.randomUUID()).with(finance.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/finance/ledger/not-an-id").with(finance.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void financeStaffImportThroughThePageAndARefusedFileIsShownNextToTheFieldWithNothingImported() throws Exception {
        LocalDate day = LedgerFixtures.uniqueDay();
        long before = queries.lines(LedgerFilter.none(), PageRequest.of(0, 1)).total();
        String refused = mvc.perform(multipart("/finance/ledger/import").file(upload(file(day, "10", "abc"))).with(csrf())
                        .with(finance.signedIn()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Line 3, column amount: abc is not an amount").contains("file-error")
                .contains("Nothing was imported.");
        assertThat(queries.lines(LedgerFilter.none(), PageRequest.of(0, 1)).total()).isEqualTo(before);
        mvc.perform(multipart("/finance/ledger/import").with(csrf()).with(finance.signedIn())).andExpect(status().is(422));

        String location = mvc.perform(multipart("/finance/ledger/import").file(upload(file(day, "10", "15.5"))).param("illustrative", "true")
                        .with(csrf()).with(finance.signedIn()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/finance/ledger?import=");
        UUID importId = UUID.fromString(location.substring(location.indexOf('=') + 1));
        String list = page(location, board);
        assertThat(list).contains("25.50 CNY").contains("data-mark=\"illustrative\"");
    }

    @Test
    void theListHonoursTheFiltersAndShowsTheirTotalWithReversalsMarked() throws Exception {
        LocalDate day = LedgerFixtures.uniqueDay();
        UUID line = importedLine(day);
        mvc.perform(post("/finance/ledger/" + line + "/reverse").with(csrf()).with(finance.signedIn()).param("reason", ""))
                .andExpect(status().is(422)).andExpect(content().string(org.hamcrest.Matchers.containsString("reason-error")));
        mvc.perform(post("/finance/ledger/" + line + "/reverse").with(csrf()).with(finance.signedIn()).param("reason", "x")
                .param("date", "not-a-date")).andExpect(status().is(422));
        mvc.perform(post("/finance/ledger/" + line + "/reverse").with(csrf()).with(finance.signedIn())
                .param("reason", "Wrong programme")).andExpect(status().is3xxRedirection());
        LedgerLine original = queries.line(line).orElseThrow();

        String html = page("/finance/ledger?import=" + original.importId() + "&year=" + day.getYear()
                + "&programme=advisory", secretary);
        assertThat(html).contains("data-mark=\"reversed\"").contains("100.00 CNY");
        String all = page("/finance/ledger?project=&fund=&programme=advisory&year=" + day.getYear() + "&import=" + original.importId(), board);
        assertThat(all).contains("data-total");
        String json = mvc.perform(get("/api/v1/finance/ledger").param("programme", "advisory").param("import", original.importId().toString())
                        .with(board.signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.baseCurrency").value("CNY")).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Double>read(json, "$.totalBaseAmount")).isEqualTo(100.0);
        // the reversal (no import) shows under the project-less, import-less filter of its year only
        mvc.perform(get("/api/v1/finance/ledger").param("year", "x").with(board.signedIn())).andExpect(status().isBadRequest());
        mvc.perform(get("/finance/ledger").param("year", "x").with(board.signedIn())).andExpect(status().isBadRequest());
    }

    @Test
    void theApiImportsMultipartOrTextAndAnswersProblemsByLineAndColumn() throws Exception {
        LocalDate day = LedgerFixtures.uniqueDay();
        String body = mvc.perform(multipart("/api/v1/finance/ledger/imports").file(upload(file(day, "1", "2", "3")))
                        .with(csrf()).with(finance.signedIn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lineCount").value(3))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(body, "$.id"));
        assertThat(queries.total(new LedgerFilter(null, null, null, null, id))).isEqualByComparingTo("6");

        mvc.perform(post("/api/v1/finance/ledger/imports").contentType("text/csv").content(file(day, "4")).param("name", "plain.csv")
                        .with(csrf()).with(finance.signedIn()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.lineCount").value(1));
        mvc.perform(post("/api/v1/finance/ledger/imports").contentType("text/csv").content(file(day, "4", "-", "5x"))
                        .with(csrf()).with(finance.signedIn()).header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Ligne 3, colonne amount : - n’est pas un montant (écrivez 1234.56, quatre décimales au plus)."))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.startsWith("Ligne 4, colonne amount")));
        mvc.perform(multipart("/api/v1/finance/ledger/imports").with(csrf()).with(finance.signedIn()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void ratesAreEnteredOnThePageAndThroughTheApiAndRefusedNextToTheirField() throws Exception {
        LocalDate day = LedgerFixtures.uniqueDay();
        mvc.perform(post("/finance/rates").with(csrf()).with(finance.signedIn()).param("currency", "usd")
                .param("date", day.toString()).param("rate", "7.05")).andExpect(redirectedUrl("/finance/rates"));
        String refused = mvc.perform(post("/finance/rates").with(csrf()).with(finance.signedIn()).param("currency", "CNY")
                        .param("date", day.toString()).param("rate", "abc"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("currency-error").contains("rate-error");
        mvc.perform(post("/api/v1/finance/rates").with(csrf()).with(finance.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currency\": \"GBP\", \"date\": \"" + day + "\", \"rate\": 9.1}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.currency").value("GBP"));
        mvc.perform(post("/api/v1/finance/rates").with(csrf()).with(finance.signedIn()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currency\": \"GBP\", \"date\": \"" + day + "\", \"rate\": -1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rate"));
        mvc.perform(get("/api/v1/finance/rates").param("size", "100").with(secretary.signedIn()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
    }

    private UUID importedLine(LocalDate day) throws Exception {
        String body = mvc.perform(multipart("/api/v1/finance/ledger/imports").file(upload(file(day, "100")))
                        .with(csrf()).with(finance.signedIn()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID importId = UUID.fromString(JsonPath.read(body, "$.id"));
        return queries.lines(new LedgerFilter(null, null, null, null, importId), PageRequest.of(0, 1)).items().get(0).id();
    }

    private String page(String path, Someone reader) throws Exception {
        return mvc.perform(get(path).with(reader.signedIn())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
