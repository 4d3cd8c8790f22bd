package org.ansoplatform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running application: one Spring context for all of them (so one
 * embedded PostgreSQL, in a fresh temporary data directory), demo data loaded, and a real SMTP server
 * (GreenMail) receiving the platform's mail. Extend it and add nothing to the context, or the cache splits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, org.ansoplatform.platform.web.OpenApiRecorder.Configuration.class})
public abstract class IntegrationTest {

    /** Moves the platform's time forward in a test; reset after each test. */
    @Autowired
    protected TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    public static final GreenMail MAIL;
    /** The bearer token that may scrape /actuator/prometheus in tests. */
    public static final String METRICS_TOKEN = "test-scrape-token-0123456789";
    static final Path DATA;

    static {
        MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        MAIL.start();
        try {
            DATA = Files.createTempDirectory("anso-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void platformProperties(DynamicPropertyRegistry registry) {
        registry.add("anso.data-dir", DATA::toString);
        registry.add("anso.demo", () -> "true");
        // the demo's 2021 history (issue 24) loads before the first test, so that the Annual Report's tests count it
        registry.add("anso.demo.history", () -> "sync");
        registry.add("anso.base-url", () -> "http://localhost:${local.server.port}");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        // the platform's own mail domain, as production sets it: Message-IDs are checked against it (issue 26)
        registry.add("anso.mail.message-id-domain", () -> "mail.anso-test.org");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("spring.thymeleaf.cache", () -> "true");
        // every test request comes from one address: its allowance is raised, the per-email one only a little
        registry.add("anso.rate-limit.per-address", () -> "100");
        registry.add("anso.rate-limit.per-email", () -> "20");
        // tests and browsers solve the proof of work at a thousandth of the real cost
        registry.add("anso.proof-of-work.max-number", () -> "100");
        // the Prometheus scrape's bearer token (issue 26 part B, ActuatorSecurity)
        registry.add("anso.metrics.token", () -> METRICS_TOKEN);
        // the files-on-s3 execution runs the files module's tests with every object in S3 (S3Mock, its own process)
        if ("s3".equals(System.getProperty("anso.test.files-store"))) {
            registry.add("anso.files.store", () -> "s3");
            // the files' tests read no history: this run's context starts without it
            registry.add("anso.demo.history", () -> "off");
            org.ansoplatform.files.store.S3MockServer.properties().forEach((name, value) -> registry.add(name, () -> value));
        }
    }
}
