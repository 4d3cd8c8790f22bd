package org.ansoplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

class DemoLoadAccountsIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoadAccountStore store;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path data;

    @Test
    void loadApplicantsGetWorkingTokensThatAreRenewedOnEveryStart() throws Exception {
        DemoLoadAccounts accounts = new DemoLoadAccounts(store, new DemoMode(true), new DataDirectory(data), transactions, clock, 3);
        accounts.create();
        List<String> first = Files.readAllLines(data.resolve(DemoLoadAccounts.TOKENS_FILE));
        accounts.create();
        List<String> second = Files.readAllLines(data.resolve(DemoLoadAccounts.TOKENS_FILE));

        assertThat(second).hasSize(4).first().isEqualTo("person_id,token");
        assertThat(second.get(1)).startsWith(DemoLoadAccounts.id(1) + ",anso_");
        assertThat(jdbc.queryForObject("select count(*) from accounts.person where email like 'load-applicant-0000_@load.example.org'",
                Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from accounts.person where email like 'load-applicant-%' and password_hash is not null",
                Long.class)).isZero();
        String token = second.get(3).split(",")[1];
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(DemoLoadAccounts.email(3))).andExpect(jsonPath("$.roles[0]").value("APPLICANT"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first.get(3).split(",")[1]))
                .andExpect(status().isUnauthorized());
    }
}
