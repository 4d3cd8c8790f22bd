package org.ansoplatform.calls.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.ansoplatform.calls.SelectionSettings;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, selection rules for the demo calls that have none ({@code demo/selection/rules.json}, by
 * call code prefix): the scholarship at most 10 % of a track's quota per country and 20 awardees per
 * nominating organization, ties by raw mean, then number of reviews, then lot.
 */
@Component
class DemoSelectionRules {

    private final DemoMode demoMode;
    private final CallStore calls;
    private final JsonMapper json;

    DemoSelectionRules(DemoMode demoMode, CallStore calls, JsonMapper json) {
        this.demoMode = demoMode;
        this.calls = calls;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(35)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        Map<String, SelectionSettings> byPrefix;
        try (InputStream in = new ClassPathResource("demo/selection/rules.json").getInputStream()) {
            byPrefix = json.readValue(in, new TypeReference<Map<String, SelectionSettings>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byPrefix.forEach((prefix, rules) -> calls.defaultSelectionRules(prefix, json.writeValueAsString(rules)));
    }
}
