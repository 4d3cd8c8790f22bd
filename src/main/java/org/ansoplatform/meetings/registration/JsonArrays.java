package org.ansoplatform.meetings.registration;

import java.util.List;

/** A list of strings as a JSON array, for a jsonb column. */
final class JsonArrays {

    private JsonArrays() {
    }

    static String of(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"');
            for (char ch : values.get(i).toCharArray()) {
                switch (ch) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    default -> {
                        if (ch < 0x20) {
                            json.append(String.format("\\u%04x", (int) ch));
                        } else {
                            json.append(ch);
                        }
                    }
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
