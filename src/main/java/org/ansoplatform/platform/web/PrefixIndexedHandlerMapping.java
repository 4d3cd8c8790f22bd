package org.ansoplatform.platform.web;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

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

    /**
     * By identity: the registry hands over the same instances on every request, and a RequestMappingInfo's own
     * hashCode was a visible part of the lookup. Copied on write, which happens once per mapping.
     */
    private volatile Map<RequestMappingInfo, String[]> literalPrefixes = new IdentityHashMap<>();

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
        if (path != null && !mayMatch(prefixes(info), path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private String[] prefixes(RequestMappingInfo info) {
        String[] known = literalPrefixes.get(info);
        if (known != null) {
            return known;
        }
        String[] computed = prefixesOf(info);
        synchronized (this) {
            Map<RequestMappingInfo, String[]> copy = new IdentityHashMap<>(literalPrefixes);
            copy.put(info, computed);
            literalPrefixes = copy;
        }
        return computed;
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
