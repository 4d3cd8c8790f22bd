package org.ansoplatform.platform;

/**
 * What htmx asked of a page handler, resolved as a handler argument (the resolver also answers
 * {@code Vary: HX-Request}, so a cache never serves a fragment for a page or the reverse). A history
 * restore asks for the whole page, since htmx puts the answer in place of the whole body.
 */
public record Htmx(boolean request, boolean historyRestore) {

    /** The fragment for an htmx request, the whole page for anything else. */
    public String view(String page, String fragment) {
        return request && !historyRestore ? page + " :: " + fragment : page;
    }

    /** An htmx request (an autosave, a filter), not a history restore. */
    public boolean fragmentWanted() {
        return request && !historyRestore;
    }
}
