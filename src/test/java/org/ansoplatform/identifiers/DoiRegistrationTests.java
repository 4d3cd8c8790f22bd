package org.ansoplatform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Base64;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.identifiers.registration.DataCiteSettings;
import org.ansoplatform.identifiers.registration.DoiOutbox;
import org.ansoplatform.identifiers.registration.DoiRegistrationStore;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.FigureSource;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DOI registration through the outbox against a local DataCite: the platform's own store, clock and sender,
 * configured with credentials and the local server's address (the application itself runs without any).
 */
class DoiRegistrationTests extends IntegrationTest {

    @Autowired
    DoiRegistrationStore store;
    @Autowired
    List<FigureSource> figureSources;
    @Autowired
    DataCiteSettings configured;
    @Autowired
    DoiManagement platformDois;

    private final LocalDataCite dataCite = new LocalDataCite();

    @AfterEach
    void stopRegistry() {
        dataCite.close();
    }

    private DataCiteSettings withCredentials(int maxAttempts) {
        return new DataCiteSettings("10.5072", dataCite.url(), "ANSO.TEST", "secret", maxAttempts, Duration.ofMinutes(1),
                Duration.ofHours(6));
    }

    private static RecordRef someRecord() {
        return RecordRef.of("publications", "article", UUID.randomUUID());
    }

    private static DataCiteMetadata metadata(String title) {
        return Records.full().withUrl("https://anso.example.org/records/" + title.hashCode());
    }

    @Test
    void aQueuedDoiIsPostedWithItsXmlAndEventAndIsRegistered() {
        DataCiteSettings settings = withCredentials(10);
        DoiManagement dois = new DoiManagement(store, settings, clock);
        RecordRef record = someRecord();

        DoiRegistration queued = dois.register(record, metadata("first"), Visibility.FINDABLE);
        assertThat(queued.state()).isEqualTo(RegistrationState.QUEUED);
        assertThat(queued.doi().prefix()).isEqualTo("10.5072");
        assertThat(new DoiOutbox(store, settings, clock).sendDue()).isEqualTo(1);

        LocalDataCite.Received post = dataCite.about(queued.doi().value()).get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/dois");
        assertThat(post.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString("ANSO.TEST:secret".getBytes()));
        assertThat(post.body().path("data").path("attributes").path("event").asString()).isEqualTo("publish");
        String xml = new String(Base64.getDecoder().decode(post.body().path("data").path("attributes").path("xml").asString()),
                StandardCharsets.UTF_8);
        assertThat(xml).contains("<identifier identifierType=\"DOI\">" + queued.doi().value() + "</identifier>");
        DoiRegistration registered = dois.ofRecord(record).orElseThrow();
        assertThat(registered.state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(registered.attempts()).isEqualTo(1);
        assertThat(registered.registeredAt()).isNotNull();
        int year = registered.registeredAt().atZone(ZoneOffset.UTC).getYear();
        clock.advance(Duration.ofDays(366));

        // changed metadata is an update of the DOI DataCite now knows: PUT to its address
        dois.register(record, metadata("second"), Visibility.FINDABLE);
        new DoiOutbox(store, settings, clock).sendDue();
        LocalDataCite.Received put = dataCite.about(queued.doi().value()).get(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.path()).isEqualTo("/dois/" + queued.doi().value());
        assertThat(dois.ofRecord(record).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);

        // the year's figures count a DOI by its first registration, not by an update a year later
        assertThat(dois.ofRecord(record).orElseThrow().registeredAt()).isEqualTo(registered.registeredAt());
        assertThat(figure(year, "identifiers.registered").records()).contains(record);
        assertThat(figure(year, "identifiers.reserved").records()).contains(record);
        assertThat(figure(year + 1, "identifiers.registered").records()).doesNotContain(record);
    }

    private Figure figure(int year, String key) {
        return figureSources.stream().filter(source -> source.module().equals("identifiers")).findFirst().orElseThrow()
                .figures(year).stream().filter(figure -> figure.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aBusyRegistryIsTriedAgainAfterTheBackOffAndTheDoiIsRegistered() {
        DataCiteSettings settings = withCredentials(10);
        DoiManagement dois = new DoiManagement(store, settings, clock);
        RecordRef record = someRecord();
        DoiRegistration queued = dois.register(record, metadata("busy"), Visibility.FINDABLE);
        dataCite.script(queued.doi().value(), 503);

        new DoiOutbox(store, settings, clock).sendDue();
        DoiRegistration waiting = dois.ofRecord(record).orElseThrow();
        assertThat(waiting.state()).isEqualTo(RegistrationState.QUEUED);
        assertThat(waiting.lastStatus()).isEqualTo(503);
        assertThat(waiting.lastError()).contains("Service Unavailable");
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant().plusSeconds(50));

        // not before its time, and a new outbox (as after a restart) still finds it
        new DoiOutbox(store, settings, clock).sendDue();
        assertThat(dataCite.about(queued.doi().value())).hasSize(1);
        clock.advance(Duration.ofMinutes(1));
        new DoiOutbox(store, settings, clock).sendDue();

        assertThat(dataCite.about(queued.doi().value())).hasSize(2);
        DoiRegistration registered = dois.ofRecord(record).orElseThrow();
        assertThat(registered.state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(registered.attempts()).isEqualTo(2);
        assertThat(registered.lastError()).isNull();
    }

    @Test
    void aRefusalIsRecordedWithItsReasonAndNotRetriedWhileTheRestOfTheBatchGoesOn() {
        DataCiteSettings settings = withCredentials(10);
        DoiManagement dois = new DoiManagement(store, settings, clock);
        RecordRef refused = someRecord();
        RecordRef accepted = someRecord();
        DoiRegistration bad = dois.register(refused, metadata("refused"), Visibility.FINDABLE);
        DoiRegistration good = dois.register(accepted, metadata("accepted"), Visibility.REGISTERED);
        dataCite.script(bad.doi().value(), 422);

        new DoiOutbox(store, settings, clock).sendDue();

        DoiRegistration failed = dois.ofRecord(refused).orElseThrow();
        assertThat(failed.state()).isEqualTo(RegistrationState.FAILED);
        assertThat(failed.lastStatus()).isEqualTo(422);
        assertThat(failed.lastError()).isEqualTo("xml: " + LocalDataCite.INVALID_XML);
        assertThat(dois.ofRecord(accepted).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(dataCite.about(good.doi().value()).get(0).body().path("data").path("attributes").path("event").asString())
                .isEqualTo("register");

        clock.advance(Duration.ofDays(2));
        new DoiOutbox(store, settings, clock).sendDue();
        assertThat(dataCite.about(bad.doi().value())).hasSize(1);

        // a person fixed the cause: the same DOI goes out again
        assertThat(dois.retry(bad.doi())).isTrue();
        new DoiOutbox(store, settings, clock).sendDue();
        assertThat(dois.ofRecord(refused).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);
    }

    @Test
    void aDoiCreatedByASendWhoseAnswerWasLostIsUpdatedInsteadOfFailing() {
        DataCiteSettings settings = withCredentials(10);
        DoiManagement dois = new DoiManagement(store, settings, clock);
        RecordRef record = someRecord();
        DoiRegistration queued = dois.register(record, metadata("lost"), Visibility.FINDABLE);
        dataCite.script(queued.doi().value(), -504);

        new DoiOutbox(store, settings, clock).sendDue();
        clock.advance(Duration.ofMinutes(1));
        new DoiOutbox(store, settings, clock).sendDue();
        new DoiOutbox(store, settings, clock).sendDue();

        assertThat(dataCite.about(queued.doi().value())).extracting(LocalDataCite.Received::method)
                .containsExactly("POST", "POST", "PUT");
        assertThat(dois.ofRecord(record).orElseThrow().state()).isEqualTo(RegistrationState.REGISTERED);
    }

    @Test
    void aRegistryThatStaysDownFailsTheDoiAfterTheLastAttempt() {
        DataCiteSettings settings = withCredentials(2);
        DoiManagement dois = new DoiManagement(store, settings, clock);
        RecordRef record = someRecord();
        DoiRegistration queued = dois.register(record, metadata("down"), Visibility.FINDABLE);
        dataCite.script(queued.doi().value(), 503, 503, 503);

        new DoiOutbox(store, settings, clock).sendDue();
        clock.advance(Duration.ofMinutes(1));
        new DoiOutbox(store, settings, clock).sendDue();
        clock.advance(Duration.ofHours(7));
        new DoiOutbox(store, settings, clock).sendDue();

        assertThat(dataCite.about(queued.doi().value())).hasSize(2);
        DoiRegistration failed = dois.ofRecord(record).orElseThrow();
        assertThat(failed.state()).isEqualTo(RegistrationState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastStatus()).isEqualTo(503);
    }

    @Test
    void withoutCredentialsADoiStaysALocalDraftUnderThePrefixAndNothingIsSent() {
        DataCiteSettings noCredentials = new DataCiteSettings("10.5072", dataCite.url(), "", "", 10, Duration.ofMinutes(1),
                Duration.ofHours(6));
        DoiManagement dois = new DoiManagement(store, noCredentials, clock);
        RecordRef record = someRecord();

        DoiRegistration draft = dois.register(record, metadata("local"), Visibility.FINDABLE);
        clock.advance(Duration.ofDays(1));
        assertThat(new DoiOutbox(store, noCredentials, clock).sendDue()).isZero();
        assertThat(dataCite.received()).isEmpty();
        // a draft is not in the outbox: not even a sender with credentials picks it up
        new DoiOutbox(store, withCredentials(10), clock).sendDue();
        assertThat(dataCite.about(draft.doi().value())).isEmpty();
        assertThat(draft.state()).isEqualTo(RegistrationState.DRAFT);
        assertThat(draft.doi().value()).matches("10\\.5072/[0-9a-z]{5}-[0-9a-z]{5}");
        assertThat(dois.ofRecord(record).orElseThrow().state()).isEqualTo(RegistrationState.DRAFT);
        assertThat(dois.retry(draft.doi())).isFalse();
    }

    @Test
    void thePlatformRunsWithoutCredentialsByDefaultAndAReservationKeepsItsDoi() {
        assertThat(configured.hasCredentials()).isFalse();
        assertThat(configured.prefix()).isEqualTo("10.5072");
        RecordRef record = someRecord();

        var doi = platformDois.reserve(record);

        assertThat(platformDois.reserve(record)).isEqualTo(doi);
        assertThat(platformDois.register(record, metadata("default"), Visibility.FINDABLE).state())
                .isEqualTo(RegistrationState.DRAFT);
        assertThat(platformDois.ofRecord(record).orElseThrow().doi()).isEqualTo(doi);
    }
}
