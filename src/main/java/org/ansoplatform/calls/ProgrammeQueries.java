package org.ansoplatform.calls;

import java.util.List;

import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.shared.Programme;
import org.ansoplatform.shared.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programmes, which calls own and every other module reads (finance, projects, meetings): never copied. */
@Service
@Transactional(readOnly = true)
public class ProgrammeQueries implements Programmes {

    private final CallStore store;

    ProgrammeQueries(CallStore store) {
        this.store = store;
    }

    @Override
    public List<Programme> all() {
        return store.programmes();
    }
}
