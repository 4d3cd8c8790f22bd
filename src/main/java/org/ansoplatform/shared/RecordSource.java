package org.ansoplatform.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by each module for the records it owns, so that any record named by a {@link RecordRef} can be
 * shown by any other module as a title and a link, or as a count where the reader may not see it. The
 * platform's {@code Records} asks the source of a reference's module; a module never reads another's tables.
 */
public interface RecordSource {

    /** The module whose records this source describes, as in {@link RecordRef#module()}. */
    String module();

    /** The record types it describes, for example {@code meeting} and {@code registration}. */
    Set<String> types();

    /**
     * Describes the references (all of this module) for the reader, in one query per type. A reference the
     * reader may not see is answered {@link RecordView#hidden(RecordRef)}; one that does not exist is left
     * out of the map.
     */
    Map<RecordRef, RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale);
}
