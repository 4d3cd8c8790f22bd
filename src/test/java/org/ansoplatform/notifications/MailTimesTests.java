package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** An email's deadline reads in the reader's language, never in English for a third language (issue 16, item 6). */
class MailTimesTests {

    private static final Instant DEADLINE = Instant.parse("2027-03-31T15:59:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aDeadlineIsWrittenInTheReadersLanguagesLongForm() {
        assertThat(plain(MailTimes.inZone(DEADLINE, SHANGHAI, Locale.ENGLISH))).isEqualTo("31 March 2027 at 23:59 (Asia/Shanghai, UTC+08:00)");
        assertThat(plain(MailTimes.inZone(DEADLINE, SHANGHAI, Locale.CHINESE))).isEqualTo("2027年3月31日 23:59（Asia/Shanghai，UTC+08:00）");
        assertThat(plain(MailTimes.inZone(DEADLINE, SHANGHAI, Locale.forLanguageTag("ru")))).isEqualTo("31 марта 2027 г. в 23:59 (Asia/Shanghai, UTC+08:00)");
        assertThat(plain(MailTimes.inZone(DEADLINE, SHANGHAI, Locale.forLanguageTag("es")))).startsWith("31 de marzo de 2027");
        assertThat(plain(MailTimes.inZone(DEADLINE, SHANGHAI, Locale.FRENCH))).startsWith("31 mars 2027 à 23:59");
    }

    private static String plain(String text) {
        return text.replaceAll("\\h", " ");
    }
}
