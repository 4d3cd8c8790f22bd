package org.ansoplatform.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the one layout needs on every page: who is signed in (for the menu), the language and the demo banner. */
@ControllerAdvice
class LayoutModel {

    /** The viewer as the layout sees it; {@code has} drives the role-specific menu entries. */
    public record Viewer(boolean signedIn, String name, String email, SignedInPerson person) {
        public boolean has(String role) {
            return person != null && person.hasRole(role);
        }
    }

    private final DemoMode demoMode;

    LayoutModel(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return new Viewer(true, person.displayName(), person.email(), person);
        }
        return new Viewer(false, null, null, null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode.enabled();
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return locale.getLanguage();
    }

    /** This page in each language, keeping its query (filters survive a language switch). */
    @ModelAttribute("languageLinks")
    java.util.Map<String, String> languageLinks(HttpServletRequest request) {
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
        for (String tag : java.util.List.of("en", "zh")) {
            links.put(tag, org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
                    .replaceQueryParam("lang", tag).build().toUriString().replaceFirst("^[a-z]+://[^/]+", ""));
        }
        return links;
    }
}
