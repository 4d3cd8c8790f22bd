package org.ansoplatform.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

/**
 * Reads "Authorization: Bearer ..." into a pre-authenticated token that the accounts module's provider
 * checks against the stored hashes of personal API tokens.
 */
class BearerTokenConverter implements AuthenticationConverter {

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= 7) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : new PreAuthenticatedAuthenticationToken(token, token);
    }
}
