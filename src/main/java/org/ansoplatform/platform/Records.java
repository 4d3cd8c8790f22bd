package org.ansoplatform.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

    private final Map<String, RecordSource> sources = new HashMap<>();

    Records(List<RecordSource> sources) {
        for (RecordSource source : sources) {
            RecordSource previous = this.sources.put(source.module(), source);
            if (previous != null) {
                throw new IllegalStateException("Two record sources for module " + source.module());
            }
        }
    }

    /** Every reference described for the reader, in the order given. */
    public List<RecordView> describe(Collection<RecordRef> refs, Reader reader, Locale locale) {
        Map<String, List<RecordRef>> byModule = refs.stream()
                .collect(Collectors.groupingBy(RecordRef::module, LinkedHashMap::new, Collectors.toList()));
        Map<RecordRef, RecordView> views = new HashMap<>();
        byModule.forEach((module, moduleRefs) -> {
            RecordSource source = sources.get(module);
            if (source != null) {
                List<RecordRef> known = moduleRefs.stream().filter(ref -> source.types().contains(ref.type())).toList();
                if (!known.isEmpty()) {
                    views.putAll(source.describe(known, reader, locale));
                }
            }
        });
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
        RecordSource source = sources.get(ref.module());
        return source != null && source.types().contains(ref.type());
    }
}
