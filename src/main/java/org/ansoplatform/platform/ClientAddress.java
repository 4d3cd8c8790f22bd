package org.ansoplatform.platform;

import java.util.Optional;

/** The network address of the client whose request is being served, if a request is being served. */
public interface ClientAddress {

    Optional<String> current();
}
