package org.ansoplatform.datasets.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.datasets.DatasetDescription;
import org.ansoplatform.datasets.HarvestSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A long harvest through resumption tokens while records change, the datestamp that only grows, and the page query's
 * plan over a realistic number of rows.
 */
class OaiHarvestTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OaiRecords records;

    @Autowired
    OaiRecordStore store;

    @Autowired
    JdbcClient jdbc;

    Document oai(String query) throws Exception {
        return OaiPmhTests.checked(mvc.perform(get("/oai?" + query)).andReturn().getResponse());
    }

    @Test
    void aThousandRecordsAreHarvestedOnceEachInOrderWhileSomeChange() throws Exception {
        HarvestSet set = new HarvestSet("project:" + UUID.randomUUID(), "A thousand datasets");
        List<DatasetDescription> published = HarvestFixtures.publish(events, clock, set, 1000);
        clock.advance(Duration.ofSeconds(5));
        List<String> harvested = new ArrayList<>();
        List<Instant> datestamps = new ArrayList<>();
        Document page = oai("verb=ListRecords&metadataPrefix=oai_datacite&set=" + set.spec());
        int pages = 1;
        Set<String> changedEarly = Set.of();
        Set<String> changedLate = Set.of();
        while (true) {
            for (Element header : HarvestFixtures.elements(page, HarvestFixtures.OAI, "header")) {
                harvested.add(HarvestFixtures.texts(header, "identifier").get(0));
                datestamps.add(Instant.parse(HarvestFixtures.texts(header, "datestamp").get(0)));
            }
            Element token = HarvestFixtures.elements(page, HarvestFixtures.OAI, "resumptionToken").get(0);
            assertThat(token.getAttribute("cursor")).isEqualTo(String.valueOf(harvested.size()
                    - HarvestFixtures.elements(page, HarvestFixtures.OAI, "header").size()));
            if (pages == 1) {
                assertThat(token.getAttribute("completeListSize")).isEqualTo("1000");
            }
            if (pages == 3) {
                // five records already harvested and five not yet are changed: each moves to the end of the list
                changedEarly = change(published.subList(10, 15));
                changedLate = change(published.subList(900, 905));
            }
            if (token.getTextContent().isEmpty()) {
                break;
            }
            page = oai("verb=ListRecords&resumptionToken=" + token.getTextContent());
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(10);
        Map<String, Long> times = harvested.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(
                published.stream().map(version -> records.identifier(version.versionId())).toList());
        Map<String, Long> expected = new HashMap<>();
        times.keySet().forEach(id -> expected.put(id, 1L));
        changedEarly.forEach(id -> expected.put(id, 2L));
        assertThat(times).as("once each; a record changed after it was harvested is sent again at the end").isEqualTo(expected);
        assertThat(harvested.subList(harvested.size() - 10, harvested.size())).containsExactlyInAnyOrderElementsOf(
                union(changedEarly, changedLate));
        for (int i = 1; i < datestamps.size(); i++) {
            assertThat(datestamps.get(i)).as("in datestamp order").isAfterOrEqualTo(datestamps.get(i - 1));
        }
        List<String> unchanged = harvested.subList(0, harvested.size() - 10);
        assertThat(unchanged).containsSubsequence(published.stream().map(v -> records.identifier(v.versionId()))
                .filter(unchanged::contains).toList());
    }

    private Set<String> change(List<DatasetDescription> versions) {
        clock.advance(Duration.ofSeconds(1));
        for (DatasetDescription version : versions) {
            DatasetDescription changed = HarvestFixtures.version(version.datasetId(), version.versionId(), "Changed title", false);
            events.publishEvent(HarvestFixtures.changed(changed, clock.instant(),
                    new HarvestSet(store.byIdentifier(records.identifier(version.versionId()), OaiFormat.OAI_DC).orElseThrow()
                            .setSpecs().get(1), "A thousand datasets")));
        }
        return versions.stream().map(version -> records.identifier(version.versionId())).collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theDatestampOnlyGrowsAndTheSameRecordSentAgainChangesNothing() throws Exception {
        HarvestSet set = new HarvestSet("project:" + UUID.randomUUID(), "Datestamps");
        DatasetDescription version = HarvestFixtures.version(UUID.randomUUID(), UUID.randomUUID(), "Datestamps", false);
        Instant later = clock.instant().plus(Duration.ofHours(2));
        events.publishEvent(HarvestFixtures.changed(version, later, set));
        String id = records.identifier(version.versionId());
        var first = store.byIdentifier(id, OaiFormat.OAI_DC).orElseThrow();
        events.publishEvent(HarvestFixtures.changed(version, later.plusSeconds(60), set));
        assertThat(store.byIdentifier(id, OaiFormat.OAI_DC).orElseThrow()).as("nothing changed: same place, same datestamp")
                .isEqualTo(first);
        DatasetDescription withdrawn = HarvestFixtures.version(version.datasetId(), version.versionId(), "Datestamps", true);
        events.publishEvent(HarvestFixtures.changed(withdrawn, clock.instant(), set));
        var after = store.byIdentifier(id, OaiFormat.OAI_DC).orElseThrow();
        assertThat(after.deleted()).isTrue();
        assertThat(after.datestamp()).as("an earlier instant does not take the datestamp back").isEqualTo(first.datestamp());
        assertThat(after.seq()).as("moved to the end").isGreaterThan(first.seq());
        Document deleted = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + id);
        assertThat(HarvestFixtures.elements(deleted, HarvestFixtures.OAI, "header").get(0).getAttribute("status")).isEqualTo("deleted");
    }

    @Test
    void aPageIsAnIndexScanNotASortOfEverything() {
        GeneratedRecordsStore generated = new GeneratedRecordsStore(jdbc);
        String set = "project:" + UUID.randomUUID();
        generated.generate(100_000, set, Instant.parse("2020-01-01T00:00:00Z"));
        try {
            store.analyze();
            String known = generated.statistics();
            var middle = new OaiRecordStore.Selection(OaiArguments.EARLIEST, OaiArguments.LATEST, null,
                    Instant.parse("2020-01-01T02:00:00Z"), 0);
            String plan = String.join("\n", store.explainPage(middle, 101));
            assertThat(plan).as(known + "\n" + plan).contains("Index Scan using oai_record_page").doesNotContain("Sort");
            var dated = new OaiRecordStore.Selection(Instant.parse("2020-01-01T01:00:00Z"), Instant.parse("2020-01-01T03:00:00Z"),
                    null, Instant.parse("2020-01-01T01:00:00Z").minusSeconds(1), Long.MAX_VALUE);
            plan = String.join("\n", store.explainPage(dated, 101));
            assertThat(plan).as(known + "\n" + plan).contains("Index Scan using oai_record_page").doesNotContain("Sort");
        } finally {
            generated.delete(set);
            store.analyze();
        }
    }
}
