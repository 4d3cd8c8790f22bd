package org.ansoplatform.calls;

import java.util.List;
import java.util.Optional;

import org.ansoplatform.calls.definition.CallStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programmes, which calls own and every other module reads (finance, projects, meetings): never copied. */
@Service
@Transactional(readOnly = true)
public class ProgrammeQueries {

    private final CallStore store;

    ProgrammeQueries(CallStore store) {
        this.store = store;
    }

    /** Every programme, areas first in their order, each followed by its own. */
    public List<Programme> all() {
        return store.programmes();
    }

    public Optional<Programme> byCode(String code) {
        return code == null ? Optional.empty() : all().stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
