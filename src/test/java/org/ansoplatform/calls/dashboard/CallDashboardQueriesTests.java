package org.ansoplatform.calls.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.selection.SelectionStatistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's grouped figures of a call equal what plain counts over its applications say. */
class CallDashboardQueriesTests extends IntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    CallDashboardQueries queries;

    @Autowired
    SelectionStatistics statistics;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void perDayByCountryAndTheFunnelsStartedCountEqualTheCounts() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        UUID callId = calls.create(CallTestDataAccess.call("dashq", now.minusDays(1), now.plusDays(20)));
        CallTestDataAccess.submitted(applications, callId, Someone.register(accounts, "Dash Kenyan", "APPLICANT"), "KE");
        CallTestDataAccess.submitted(applications, callId, Someone.register(accounts, "Dash Ghanaian", "APPLICANT"), "GH");
        LocalDate firstDay = clock.instant().atZone(SHANGHAI).toLocalDate();
        clock.advance(Duration.ofDays(2));
        CallTestDataAccess.submitted(applications, callId, Someone.register(accounts, "Dash Second Kenyan", "APPLICANT"), "KE");
        applications.start(callId, Someone.register(accounts, "Dash Drafter", "APPLICANT"));
        LocalDate thirdDay = clock.instant().atZone(SHANGHAI).toLocalDate();

        List<CallDashboardQueries.Day> days = queries.perDay(callId, SHANGHAI);
        assertThat(days).containsExactly(new CallDashboardQueries.Day(firstDay, 2, 2), new CallDashboardQueries.Day(thirdDay, 2, 1));
        long started = jdbc.sql("select count(*) from calls.application where call_id = ?").param(callId).query(Long.class).single();
        long submitted = jdbc.sql("select count(*) from calls.application where call_id = ? and submitted_at is not null").param(callId)
                .query(Long.class).single();
        assertThat(days.stream().mapToLong(CallDashboardQueries.Day::started).sum()).isEqualTo(started).isEqualTo(4);
        assertThat(days.stream().mapToLong(CallDashboardQueries.Day::submitted).sum()).isEqualTo(submitted).isEqualTo(3);

        List<CallDashboardQueries.CountryCount> countries = queries.byCountry(callId);
        assertThat(countries).first().isEqualTo(new CallDashboardQueries.CountryCount("KE", 2, 2));
        for (CallDashboardQueries.CountryCount line : countries) {
            long counted = jdbc.sql("select count(*) from calls.application where call_id = ? and coalesce(country, '') = ? and status <> 'DRAFT'")
                    .params(callId, line.country()).query(Long.class).single();
            assertThat(line.submitted()).as(line.country()).isEqualTo(counted);
        }
        assertThat(countries.stream().mapToLong(CallDashboardQueries.CountryCount::started).sum()).isEqualTo(started);

        SelectionStatistics.CallStatistics funnel = statistics.of(callId);
        assertThat(funnel.started()).isEqualTo(4);
        assertThat(funnel.total().applications()).isEqualTo(3);
        assertThat(funnel.startedByTrack().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
    }
}
