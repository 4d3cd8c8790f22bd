package org.ansoplatform.datasets.deposit;

import tools.jackson.databind.json.JsonMapper;

/** The metadata's jsonb, written and read with one mapper. */
final class DatasetJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DatasetJson() {
    }

    static String write(DatasetMetadata metadata) {
        return MAPPER.writeValueAsString(metadata);
    }

    static DatasetMetadata read(String json) {
        return json == null ? DatasetMetadata.empty() : MAPPER.readValue(json, DatasetMetadata.class);
    }
}
