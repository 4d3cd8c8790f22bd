package org.ansoplatform.partnerships;

import java.util.UUID;

/** The addresses of the platform's public pages, for links from search, figures and other modules' records. */
public final class TechnologyPaths {

    public static final String PUBLIC = "/technology";

    private TechnologyPaths() {
    }

    public static String item(TechnologyKind kind, UUID id) {
        return PUBLIC + (kind == TechnologyKind.OFFER ? "/offers/" : "/requests/") + id;
    }
}
