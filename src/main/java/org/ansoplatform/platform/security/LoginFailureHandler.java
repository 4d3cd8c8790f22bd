package org.ansoplatform.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the login page a reason code, never the exception's text, so it can say why in the user's language. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "unverified"
                : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
