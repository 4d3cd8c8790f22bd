package org.ansoplatform.platform;

import java.util.Objects;

/**
 * A link in the layout's menu, declared as a bean by the module that owns the page, so that adding a
 * module never means editing the layout. Entries are sorted by {@code order} within their menu.
 */
public record MenuEntry(Menu menu, String labelKey, String path, int order) {

    public MenuEntry {
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Where an entry appears. {@code PUBLIC} and {@code PERSONAL} are top-level links (for everyone, for
     * anyone signed in); the others are drop-downs shown to holders of their role ({@code ACCOUNT}: to
     * anyone signed in). The drop-down's own label is the message {@code nav.<name in lower case>}.
     */
    public enum Menu {
        PUBLIC(null), PERSONAL(null), REVIEWER("REVIEWER"), REPRESENTATIVE("MEMBER_REPRESENTATIVE"),
        BOARD("BOARD_MEMBER"), SECRETARIAT("SECRETARIAT"), FINANCE("FINANCE"), CURATION("DATA_CURATOR"), ADMIN("ADMIN"), ACCOUNT(null);

        private final String role;

        Menu(String role) {
            this.role = role;
        }

        /** The role a person needs to see this menu, or null. */
        public String role() {
            return role;
        }

        public String labelKey() {
            return "nav." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
