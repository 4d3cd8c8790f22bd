package org.ansoplatform.review.panels;

import java.util.List;

/** Why a pair is conflicted: found automatically from the facts, declared by the reviewer, or recorded by the Secretariat. */
public enum ConflictSource {
    INSTITUTION, ORGANIZATION, COUNTRY, RELATION, ORCID, DECLARED, SECRETARIAT;

    /** The sources recomputed whenever subjects or members change. */
    static final List<ConflictSource> AUTOMATIC = List.of(INSTITUTION, ORGANIZATION, COUNTRY, RELATION, ORCID);

    static String[] names(List<ConflictSource> sources) {
        return sources.stream().map(Enum::name).toArray(String[]::new);
    }
}
