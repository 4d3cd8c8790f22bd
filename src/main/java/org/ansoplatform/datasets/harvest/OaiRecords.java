package org.ansoplatform.datasets.harvest;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.DatasetVersionChanged;
import org.ansoplatform.datasets.HarvestSet;
import org.ansoplatform.identifiers.DoiManagement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the OAI-PMH copy: each {@link DatasetVersionChanged} is written, in the publisher's transaction, as one record
 * per version with both formats precomputed, so that a harvest reads one table and every page costs the same. The
 * identifier is {@code oai:<host>:datasets/<versionId>} (stable when a DOI changes or the version is withdrawn).
 */
@Component
public class OaiRecords {

    /** The hierarchy's top levels and their names (a set's own name comes with the event). */
    static final Map<String, String> TOP_LEVELS = Map.of("project", "Projects", "call", "Calls",
            "sdg", "Sustainable Development Goals", "country", "Countries", "subject", "Subjects");

    private final OaiRecordStore store;
    private final DoiManagement dois;
    private final OaiSettings settings;

    OaiRecords(OaiRecordStore store, DoiManagement dois, OaiSettings settings) {
        this.store = store;
        this.dois = dois;
        this.settings = settings;
    }

    public String identifier(UUID versionId) {
        return "oai:" + settings.host() + ":datasets/" + versionId;
    }

    @EventListener
    @Transactional
    public void on(DatasetVersionChanged changed) {
        DatasetDescription description = changed.description();
        List<String> specs = new ArrayList<>();
        for (HarvestSet set : changed.sets()) {
            store.nameSet(set.spec(), set.name());
            String[] parts = set.spec().split(":");
            StringBuilder ancestor = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                ancestor.append(i == 0 ? "" : ":").append(parts[i]);
                String spec = ancestor.toString();
                if (i < parts.length - 1) {
                    store.nameSetIfNew(spec, TOP_LEVELS.getOrDefault(spec, spec));
                }
                if (!specs.contains(spec)) {
                    specs.add(spec);
                }
            }
        }
        String landingPage = settings.baseUrl().substring(0, settings.baseUrl().length() - "/oai".length()) + description.path();
        String dc = OaiDublinCore.of(description, landingPage);
        String datacite = OaiXml.withoutDeclaration(dois.oaiDataciteXml(description.metadata(), settings.datacentreSymbol()));
        store.upsert(description.versionId(), description.datasetId(), identifier(description.versionId()),
                changed.at().truncatedTo(ChronoUnit.SECONDS), description.withdrawn(), specs, dc, datacite);
    }
}
