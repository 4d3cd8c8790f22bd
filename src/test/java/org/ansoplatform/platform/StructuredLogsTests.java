package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The json-logs profile's format writes a request's correlation id into every JSON line: the id a problem body
 * and the X-Request-Id header carry finds the request's log lines in a log store.
 */
class StructuredLogsTests {

    @Test
    void theJsonLogsProfileWritesTheRequestIdOfTheMdcIntoEachLine() throws Exception {
        Properties profile = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-json-logs.properties")) {
            profile.load(in);
        }
        String format = profile.getProperty("logging.structured.format.console");
        assertThat(format).isNotBlank();

        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment().withProperty("spring.application.name", "anso-platform"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("org.ansoplatform.platform.web.ApiExceptionHandler"),
                Level.ERROR, "Unexpected failure, incident {}", null, new Object[] {"ABCDEFGHJKLM"});
        event.setMDCPropertyMap(Map.of("requestId", "trace-1.a_b"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.findValue("requestId").asString()).isEqualTo("trace-1.a_b");
        assertThat(json.toString()).contains("Unexpected failure, incident ABCDEFGHJKLM");
    }
}
