package org.ansoplatform.shared;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A pointer to any module's record: the owning module, the kind of record inside it and its id. It is the one
 * format in which a record names another module's record (a project's outputs, an agreement's commitments, a
 * figure's records, a decision's subject, a search hit), so a module stores a link without importing its owner.
 * Written as {@code module:type:id}, for example {@code meetings:meeting:0b6c...}.
 */
public record RecordRef(String module, String type, UUID id) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public RecordRef {
        Objects.requireNonNull(id, "id");
        if (module == null || !NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("Not a module name: " + module);
        }
        if (type == null || !NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("Not a record type: " + type);
        }
    }

    public static RecordRef of(String module, String type, UUID id) {
        return new RecordRef(module, type, id);
    }

    /** Reads {@code module:type:id}; refuses anything else with an IllegalArgumentException. */
    public static RecordRef parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No record reference");
        }
        String[] parts = text.strip().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a record reference: " + text);
        }
        return new RecordRef(parts[0], parts[1], UUID.fromString(parts[2]));
    }

    /** Whether {@code text} is a well-formed reference, for input checks that answer with a message. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public boolean is(String module, String type) {
        return this.module.equals(module) && this.type.equals(type);
    }

    @Override
    public String toString() {
        return module + ":" + type + ":" + id;
    }
}
