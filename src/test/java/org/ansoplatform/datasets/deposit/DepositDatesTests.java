package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates a depositor may give: the calendar decides, and a range runs forwards. */
class DepositDatesTests {

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2021-05", "2021-05-10", "2021-01-01/2021-12-31", "2020/2021-06", "2024-02-29",
            "2021-05-10/2021-05-10"})
    void datesAndRangesOfTheCalendarAreTaken(String date) {
        assertThat(DepositInput.isDateOrRange(date)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13", "2021-04-31", "2023-02-29", "2021-12-31/2021-01-01", "2021/2022/2023", "21-05-10",
            "2021-5-1", "May 2021", "2021-05-10/", "/2021"})
    void anythingElseIsRefused(String date) {
        assertThat(DepositInput.isDateOrRange(date)).isFalse();
    }
}
