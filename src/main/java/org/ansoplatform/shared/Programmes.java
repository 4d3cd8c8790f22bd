package org.ansoplatform.shared;

import java.util.List;
import java.util.Optional;

/**
 * The programmes as every module reads them. The calls module owns and implements them; modules calls itself
 * depends on (through governance, meetings) read them through this interface, so that no cycle of modules forms.
 */
public interface Programmes {

    /** Every programme, areas first in their order, each followed by its own. */
    List<Programme> all();

    default Optional<Programme> byCode(String code) {
        return code == null ? Optional.empty() : all().stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
