package org.ansoplatform.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordSource;
import org.ansoplatform.shared.RecordView;
import org.ansoplatform.shared.Reader;
import org.springframework.stereotype.Component;

/**
 * Resolves any module's {@link RecordRef}s through the {@link RecordSource} its module offers, so that a page
 * can show links to records of modules it does not import. A reference whose module has no source, or whose
 * record does not exist, is answered as hidden: the reader learns nothing more than that something was counted.
 */
@Component
public class Records {

    // by module and type: a module may offer its record types through several sources (finance's plans and ledger)
    private final Map<String, RecordSource> sources = new HashMap<>();

    Records(List<RecordSource> sources) {
        for (RecordSource source : sources) {
            for (String type : source.types()) {
                RecordSource previous = this.sources.put(source.module() + ":" + type, source);
                if (previous != null) {
                    throw new IllegalStateException("Two record sources for " + source.module() + ":" + type);
                }
            }
        }
    }

    /** Every reference described for the reader, in the order given. */
    public List<RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<RecordSource, List<RecordRef>> bySource = new LinkedHashMap<>();
        for (RecordRef ref : refs) {
            RecordSource source = sources.get(ref.module() + ":" + ref.type());
            if (source != null) {
                bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(ref);
            }
        }
        Map<RecordRef, RecordView> views = new HashMap<>();
        bySource.forEach((source, known) -> views.putAll(source.describe(known, reader, locale)));
        List<RecordView> result = new ArrayList<>(refs.size());
        for (RecordRef ref : refs) {
            result.add(views.getOrDefault(ref, RecordView.hidden(ref)));
        }
        return result;
    }

    public RecordView describe(RecordRef ref, Reader reader, Locale locale) {
        return describe(List.of(ref), reader, locale).get(0);
    }

    /** Whether a module offers records of this type, for checking a reference typed by a user. */
    public boolean knows(RecordRef ref) {
        return sources.containsKey(ref.module() + ":" + ref.type());
    }
}
