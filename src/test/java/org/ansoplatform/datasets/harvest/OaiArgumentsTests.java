package org.ansoplatform.datasets.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checks of a request's arguments and the characters left out of XML, without the application. */
class OaiArgumentsTests {

    static Map<String, String[]> query(String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.merge(pairs[i], new String[] {pairs[i + 1]}, (a, b) -> new String[] {a[0], b[0]});
        }
        return parameters;
    }

    @Test
    void untilADayMeansItsLastSecondAndFromItsFirst() {
        assertThat(OaiArguments.from("2026-12-06")).isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(OaiArguments.until("2026-12-06")).isEqualTo(Instant.parse("2026-12-06T23:59:59Z"));
        assertThat(OaiArguments.until("2026-12-06T10:00:00Z")).isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
        assertThat(OaiArguments.from(null)).isEqualTo(OaiArguments.EARLIEST);
    }

    @Test
    void aRequestIsCheckedAsTheProtocolAsks() {
        var parsed = OaiArguments.parse(query("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2026-01-01",
                "until", "2026-01-01", "set", "project"));
        assertThat(parsed.verb()).isEqualTo(OaiVerb.LIST_RECORDS);
        assertThat(parsed.arguments()).containsOnlyKeys("metadataPrefix", "from", "until", "set");
        assertThatThrownBy(() -> OaiArguments.parse(query("verb", "ListRecords", "metadataPrefix", "oai_dc", "set", "a b")))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.code()).isEqualTo(OaiException.Code.BAD_ARGUMENT));
        assertThatThrownBy(() -> OaiArguments.parse(query("verb", "ListRecords", "resumptionToken", "x", "set", "a")))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.code()).isEqualTo(OaiException.Code.BAD_ARGUMENT));
        assertThatThrownBy(() -> OaiArguments.parse(query("verb", "listrecords")))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.code()).isEqualTo(OaiException.Code.BAD_VERB));
    }

    @Test
    void charactersXmlForbidsAreLeftOut() {
        assertThat(OaiXml.legal("a\u0000b\u0001c\td\ne\uFFFEf")).isEqualTo("abc\td\nef");
        assertThat(OaiXml.legal("lone \uD800 surrogate, pair \uD83D\uDE00")).isEqualTo("lone  surrogate, pair \uD83D\uDE00");
        assertThat(OaiXml.legal("clean")).isSameAs("clean");
        assertThat(OaiXml.withoutDeclaration("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>")).isEqualTo("<a/>");
    }
}
