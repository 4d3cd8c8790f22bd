package org.ansoplatform.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes event publications with the application's mapper, as Spring Modulith's default does, but holds
 * the mapper instead of looking it up in the context for every event stored (a measurable share of a
 * submission's processor time).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

    @Bean
    EventSerializer eventSerializer(JsonMapper mapper) {
        return new EventSerializer() {
            @Override
            public Object serialize(Object event) {
                return mapper.writeValueAsString(event);
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                return mapper.readerFor(type).readValue(serialized.toString());
            }
        };
    }
}
