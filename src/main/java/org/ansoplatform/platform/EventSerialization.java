package org.ansoplatform.platform;

import org.ansoplatform.shared.CarriesLinkSecret;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes event publications with the application's mapper, as Spring Modulith's default does, but holds
 * the mapper instead of looking it up in the context for every event stored (a measurable share of a
 * submission's processor time). An event that carries a link secret is stored sealed (decision 53).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(JsonMapper mapper, DataDirectory directory) {
        EventSeal seal = EventSeal.in(directory);
        return new EventSerializer() {
            @Override
            public Object serialize(Object event) {
                String json = mapper.writeValueAsString(event);
                return event instanceof CarriesLinkSecret ? seal.seal(json) : json;
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                String text = serialized.toString();
                return mapper.readerFor(type).readValue(EventSeal.isSealed(text) ? seal.open(text) : text);
            }
        };
    }
}
