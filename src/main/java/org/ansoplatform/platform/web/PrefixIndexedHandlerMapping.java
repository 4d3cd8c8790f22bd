package org.ansoplatform.platform.web;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler mapping: for a path with a variable (/api/v1/applications/{id}/submission) it tries every
 * one of the platform's ~280 mappings, and each try reads the method, headers and attributes through a dozen
 * request wrappers; in a submission surge that was half of the request threads' CPU. Here a mapping is skipped
 * at once when none of its patterns' literal beginnings (the text before the first variable or wildcard) starts
 * the path; every mapping that is not skipped is matched exactly as before. Paths with percent-escapes or ';'
 * are left to the full walk, since patterns match their decoded segments. A request that matches nothing still
 * gets Spring's own 404/405/406/415 from all mappings ({@code handleNoMatch} does not use this filter).
 */
class PrefixIndexedHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

    private final Map<RequestMappingInfo, String[]> literalPrefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String previous = LOOKUP_PATH.get();
        LOOKUP_PATH.set(lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (previous == null) {
                LOOKUP_PATH.remove();
            } else {
                LOOKUP_PATH.set(previous);
            }
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        if (path != null && !mayMatch(literalPrefixes.computeIfAbsent(info, PrefixIndexedHandlerMapping::prefixesOf), path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    static boolean mayMatch(String[] prefixes, String path) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String[] prefixesOf(RequestMappingInfo info) {
        Set<String> patterns = info.getPatternValues();
        if (patterns.isEmpty()) {
            return new String[] {""};
        }
        return patterns.stream().map(PrefixIndexedHandlerMapping::literalPrefix).toArray(String[]::new);
    }

    /** The pattern's text before its first variable or wildcard; every path the pattern matches begins with it. */
    static String literalPrefix(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?' || c == '\\' || c == ';' || c == '%') {
                return pattern.substring(0, i);
            }
        }
        return pattern;
    }
}
