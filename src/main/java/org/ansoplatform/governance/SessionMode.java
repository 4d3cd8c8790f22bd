package org.ansoplatform.governance;

/** How a session is held. */
public enum SessionMode {
    ONLINE, ON_SITE, HYBRID
}
