package org.ansoplatform.platform.web;

import java.util.Optional;

import org.ansoplatform.platform.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The servlet request's remote address: the proxy's forwarded one only when the proxy is trusted. */
@Component
class RequestClientAddress implements ClientAddress {

    @Override
    public Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getRemoteAddr())
                : Optional.empty();
    }
}
