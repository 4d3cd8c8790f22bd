package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Small helpers shared by the module's services. */
final class Values {

    private Values() {
    }

    static String trim(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<UUID> ids = new ArrayList<>();
        Arrays.stream(values).forEach(v -> ids.add((UUID) v));
        return ids;
    }

    /** A PostgreSQL array literal of ids, for {@code cast(:ids as uuid[])}. */
    static String array(List<UUID> ids) {
        return ids == null ? "{}" : "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text) {
        return text == null ? null : Enum.valueOf(type, text);
    }
}
