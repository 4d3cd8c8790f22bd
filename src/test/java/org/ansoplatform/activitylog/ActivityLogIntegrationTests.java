package org.ansoplatform.activitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.shared.PageRequest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

class ActivityLogIntegrationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActivityQueries log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountQueries accounts;

    @Test
    void recordsWhoGrantedWhichRoleToWhomAndFromWhere() throws Exception {
        UUID board = accounts.idOf("board@example.org").orElseThrow();
        mvc.perform(post("/admin/people/" + board + "/roles").with(user(users.loadUserByUsername("admin@example.org")))
                .with(csrf()).param("role", "REVIEWER").with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }));
        var filter = new ActivityFilter("admin@example.org", "person.role-granted", "person", board.toString(), null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> log.find(filter, new PageRequest(0, 10)).total() > 0);
        ActivityEntry entry = log.find(filter, new PageRequest(0, 10)).items().get(0);
        assertThat(entry.detail()).isEqualTo("REVIEWER");
        assertThat(entry.address()).isEqualTo("203.0.113.7");
        assertThat(entry.actorId()).isEqualTo(accounts.idOf("admin@example.org").orElseThrow());
    }

    @Test
    void filtersByDate() {
        var today = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(log.find(new ActivityFilter(null, null, null, null, today.minusDays(1), today.plusDays(1)), new PageRequest(0, 5)).total())
                .isPositive();
        assertThat(log.find(new ActivityFilter(null, null, null, null, today.minusYears(10), today.minusYears(9)), new PageRequest(0, 5)).total())
                .isZero();
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("migrationDataSource")
    javax.sql.DataSource migrationDataSource;

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntries() {
        await().atMost(Duration.ofSeconds(20)).until(() -> log.find(new ActivityFilter(null, null, null, null, null, null), new PageRequest(0, 1)).total() > 0);
        long before = jdbc.sql("select count(*) from activitylog.entry").query(Long.class).single();
        // the application's own role has no such privilege
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        for (String privilege : new String[] {"UPDATE", "DELETE", "TRUNCATE"}) {
            assertThat(jdbc.sql("select has_table_privilege('activitylog.entry', ?)").param(privilege).query(Boolean.class).single())
                    .as(privilege).isFalse();
        }
        assertThatThrownBy(() -> jdbc.sql("update activitylog.entry set actor_name = 'someone else'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from activitylog.entry").update()).rootCause().hasMessageContaining("permission denied");
        // and the owner of the table, who may, is stopped by the trigger
        JdbcClient owner = JdbcClient.create(migrationDataSource);
        assertThatThrownBy(() -> owner.sql("update activitylog.entry set actor_name = 'someone else'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from activitylog.entry").update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate activitylog.entry").update()).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from activitylog.entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theApplicationHasNoWayToChangeAnEntry() {
        assertThat(ActivityLog.class.getDeclaredMethods())
                .extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("remove"));
    }

    @Test
    void secretariatFiltersThePageAndOthersAreRefused() throws Exception {
        mvc.perform(get("/secretariat/activity").param("action", "person.registered")
                        .with(user(users.loadUserByUsername("secretariat@example.org"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("person.registered")));
        mvc.perform(get("/secretariat/activity").header("HX-Request", "true")
                        .with(user(users.loadUserByUsername("secretariat@example.org"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        mvc.perform(get("/secretariat/activity").with(user(users.loadUserByUsername("applicant@example.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/secretariat/activity").with(user(users.loadUserByUsername("admin@example.org"))))
                .andExpect(status().isForbidden());
    }
}
