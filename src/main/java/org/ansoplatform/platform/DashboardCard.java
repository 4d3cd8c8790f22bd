package org.ansoplatform.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A card of the dashboard, declared as a bean by the module that owns its data (as {@link MenuEntry} is), so that
 * the platform's dashboard page imports no module. The page shows the cards whose role the viewer holds, in
 * {@code order}, each rendered by the fragment {@code card} of {@code template} with {@code model} under the name
 * {@code card}.
 */
public interface DashboardCard {

    /** The role a person needs to see the card, or null for anyone signed in. */
    String role();

    int order();

    /** The template holding the card's fragment {@code card}, such as {@code calls/dashboard/applicant}. */
    String template();

    /** What the fragment shows to this viewer; an empty map leaves the card out (nothing to say to this person). */
    Map<String, Object> model(SignedInPerson me, Locale locale);

    /** The deadlines the card knows of for this viewer; the page merges every card's and sorts them. */
    default List<Deadline> deadlines(SignedInPerson me, Locale locale) {
        return List.of();
    }

    /** What a card computes for one viewer. */
    @FunctionalInterface
    interface ForViewer<T> {
        T apply(SignedInPerson me, Locale locale);
    }

    /** A card from its parts, for a module whose card is a model and its deadlines and nothing more. */
    static DashboardCard of(String role, int order, String template, ForViewer<Map<String, Object>> model,
            ForViewer<List<Deadline>> deadlines) {
        return new Of(role, order, template, model, deadlines);
    }

    /** The card {@link #of} makes. */
    record Of(String role, int order, String template, ForViewer<Map<String, Object>> content, ForViewer<List<Deadline>> dates)
            implements DashboardCard {

        @Override
        public Map<String, Object> model(SignedInPerson me, Locale locale) {
            return content.apply(me, locale);
        }

        @Override
        public List<Deadline> deadlines(SignedInPerson me, Locale locale) {
            return dates.apply(me, locale);
        }
    }
}
