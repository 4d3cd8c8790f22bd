package org.ansoplatform.calls.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.ansoplatform.calls.CallDefinition;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallStatus;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * In demo mode: the 2021 Scholarship and Visiting Fellowship calls as the annual report describes them
 * ({@code demo/calls/*.json}), and this year's scholarship round, open from three weeks ago for four
 * months, so that there is a call to apply to. Calls whose code exists are left as they are.
 */
@Component
class DemoCalls {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);

    private final CallManagement calls;
    private final CallStore store;
    private final DemoMode demoMode;
    private final JsonMapper json;
    private final Clock clock;

    DemoCalls(CallManagement calls, CallStore store, DemoMode demoMode, JsonMapper json, Clock clock) {
        this.calls = calls;
        this.store = store;
        this.demoMode = demoMode;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        try {
            int added = 0;
            ObjectNode scholarship = null;
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/calls/*.json")) {
                ObjectNode node = (ObjectNode) json.readTree(resource.getInputStream());
                if (node.get("code").asString().startsWith("scholarship")) {
                    scholarship = node;
                }
                added += create(node) ? 1 : 0;
            }
            if (scholarship != null) {
                added += create(currentRound(scholarship)) ? 1 : 0;
            }
            if (added > 0) {
                log.info("Demo data: {} call(s) created", added);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2021 call moved to now: same form and rules, with this round's dates. */
    private ObjectNode currentRound(ObjectNode source) {
        ZoneId zone = ZoneId.of(source.get("zone").asString());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate closes = today.plusMonths(4);
        int year = closes.getYear();
        ObjectNode round = source.deepCopy();
        round.put("code", "scholarship-" + year);
        round.put("referencePrefix", "SYT" + String.format("%02d", year % 100));
        round.put("opens", today.minusWeeks(3).atStartOfDay().toString());
        round.put("closes", closes.atTime(LocalTime.of(23, 59)).toString());
        round.put("status", CallStatus.OPEN.name());
        round.set("title", json.valueToTree(Map.of("en", "ANSO Scholarship for Young Talents " + year, "zh", year + "年ANSO青年人才奖学金")));
        round.set("eligibility", json.readTree(round.get("eligibility").toString().replace("\"2021-", "\"" + year + "-")));
        return round;
    }

    private boolean create(ObjectNode source) {
        ObjectNode node = source.deepCopy();
        if (store.findByCode(node.get("code").asString()).isPresent()) {
            return false;
        }
        String eligibility = node.remove("eligibility").toString();
        JsonNode programmeName = node.remove("programmeName");
        CallDefinition definition = json.treeToValue(node, CallDefinition.class);
        definition = new CallDefinition(definition.programmeCode(), definition.code(), definition.referencePrefix(), definition.title(),
                definition.description(), definition.zone(), definition.opens(), definition.closes(), definition.status(),
                definition.refereeCount(), definition.nominationQuota(), definition.tracks(), definition.hosts(), definition.form(),
                eligibility, definition.reopenBeforeDeadline());
        store.programme(definition.programmeCode(), json.treeToValue(programmeName, LocalizedText.class));
        calls.create(definition);
        return true;
    }
}
