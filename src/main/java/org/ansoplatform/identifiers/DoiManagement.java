package org.ansoplatform.identifiers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.ansoplatform.identifiers.datacite.DataCiteXml;
import org.ansoplatform.identifiers.registration.DataCiteSettings;
import org.ansoplatform.identifiers.registration.DoiRegistrationStore;
import org.ansoplatform.shared.Doi;
import org.ansoplatform.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DOIs for any module's records: one per record, minted under the configured prefix with a random suffix
 * (InvenioRDM's shape, {@code xxxxx-xxxxx} in Crockford base32, so it says nothing about the record and is never
 * guessed), and registered with DataCite through the outbox. Without credentials a DOI stays a local draft and
 * nothing is sent.
 */
@Service
public class DoiManagement {

    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DoiRegistrationStore store;
    private final DataCiteSettings settings;
    private final Clock clock;

    DoiManagement(DoiRegistrationStore store, DataCiteSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The record's DOI, minted now as a local draft if it has none yet (a reservation sends nothing). */
    @Transactional
    public Doi reserve(RecordRef record) {
        return store.reserve(Doi.of(settings.prefix(), randomSuffix()), record, clock.instant());
    }

    /**
     * Asks for the record's DOI to be registered with this metadata (its identifier is set to the record's DOI)
     * and to reach {@code visibility}; queued at once when credentials are configured, else kept as a local
     * draft. A findable or registered DOI needs the landing page's address ({@link DataCiteMetadata#url()}).
     * Calling it again with changed metadata queues an update.
     */
    @Transactional
    public DoiRegistration register(RecordRef record, DataCiteMetadata metadata, Visibility visibility) {
        if (visibility != Visibility.DRAFT && metadata.url() == null) {
            throw new IllegalArgumentException("A " + visibility + " DOI needs the address of its landing page");
        }
        Doi doi = reserve(record);
        Instant now = clock.instant();
        String xml = DataCiteXml.resource(metadata.withIdentifier(doi));
        boolean send = settings.hasCredentials();
        store.update(doi, xml, metadata.url(), visibility, send ? RegistrationState.QUEUED : RegistrationState.DRAFT,
                send ? now : null, now);
        return store.byDoi(doi).orElseThrow();
    }

    /** Queues a failed registration again, once a person has fixed its cause; false if it had not failed. */
    @Transactional
    public boolean retry(Doi doi) {
        return settings.hasCredentials() && store.requeue(doi, clock.instant());
    }

    public Optional<DoiRegistration> ofRecord(RecordRef record) {
        return store.byRecord(record);
    }

    public Optional<DoiRegistration> byDoi(Doi doi) {
        return store.byDoi(doi);
    }

    /** DataCite XML of a record's metadata under its DOI, for export or an OAI-PMH {@code oai_datacite} record. */
    public String dataCiteXml(DataCiteMetadata metadata) {
        return DataCiteXml.resource(metadata);
    }

    /**
     * The {@code oai_datacite} record (DataCite's OAI wrapper 1.1: the data centre's symbol, the schema version and the
     * kernel-4 {@code resource} as payload) of a record's metadata, for an OAI-PMH repository.
     */
    public String oaiDataciteXml(DataCiteMetadata metadata, String datacentreSymbol) {
        return DataCiteXml.oaiDatacite(metadata, datacentreSymbol);
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                suffix.append('-');
            }
            suffix.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
        }
        return suffix.toString();
    }
}
