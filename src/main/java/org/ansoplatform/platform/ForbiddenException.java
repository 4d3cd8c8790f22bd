package org.ansoplatform.platform;

import org.springframework.security.access.AccessDeniedException;

/** Refused for a reason the caller can act on, told in their language by the message key. */
public class ForbiddenException extends AccessDeniedException {

    private final String messageKey;

    public ForbiddenException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
