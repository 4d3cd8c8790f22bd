package org.ansoplatform.platform.web;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Whether an operation is public, asked of the security filter chain that guards it: an anonymous request to the
 * operation's path (its variables filled with a sample value) is put to the chain's own authorization manager.
 * So the document says exactly what the rules in SecurityConfiguration and the modules' AccessRule beans decide,
 * and can never drift from them. Record-level checks come later, in the services; they answer 403 or 404.
 */
final class OpenApiAccess {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("openapi", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final List<SecurityFilterChain> chains;

    OpenApiAccess(List<SecurityFilterChain> chains) {
        this.chains = List.copyOf(chains);
    }

    /** The rules of the one chain that serves the request, as the filter chain proxy picks it: the first that matches. */
    private List<AuthorizationManager<HttpServletRequest>> managers(HttpServletRequest request) {
        return chains.stream().filter(chain -> chain.matches(request)).findFirst()
                .map(chain -> chain.getFilters().stream()
                        .filter(AuthorizationFilter.class::isInstance)
                        .map(filter -> ((AuthorizationFilter) filter).getAuthorizationManager())
                        .toList())
                .orElse(List.of());
    }

    /** Values a path variable may take: some rules match ids by their UUID form, others numbers or words. */
    private static final List<String> SAMPLES = List.of("00000000-0000-4000-8000-000000000001", "2021", "x");

    /**
     * True when an anonymous caller passes the filter chain with some value of the path's variables; an unknown
     * answer counts as protected.
     */
    boolean isPublic(String method, String pathTemplate) {
        return SAMPLES.stream().anyMatch(sample -> isPublic(method, pathTemplate, sample));
    }

    private boolean isPublic(String method, String pathTemplate, String sample) {
        String path = pathTemplate.replaceAll("\\{[^}]+}", sample);
        try {
            HttpServletRequest request = request(method, path);
            List<AuthorizationManager<HttpServletRequest>> managers = managers(request);
            if (managers.isEmpty()) {
                return false;
            }
            for (AuthorizationManager<HttpServletRequest> manager : managers) {
                AuthorizationResult result = manager.authorize(() -> ANONYMOUS, request);
                if (result == null || !result.isGranted()) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException unexpected) {
            return false;
        }
    }

    /** The few parts of a request that path and method matchers read; everything else is absent. */
    private static HttpServletRequest request(String method, String path) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletMapping mapping = (HttpServletMapping) Proxy.newProxyInstance(OpenApiAccess.class.getClassLoader(),
                new Class<?>[] {HttpServletMapping.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMappingMatch" -> MappingMatch.DEFAULT;
                    case "getMatchValue", "getServletName" -> "";
                    case "getPattern" -> "/";
                    default -> null;
                });
        return (HttpServletRequest) Proxy.newProxyInstance(OpenApiAccess.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI", "getServletPath" -> path;
                    case "getRequestURL" -> new StringBuffer("http://localhost" + path);
                    case "getContextPath" -> "";
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "getHttpServletMapping" -> mapping;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getAttributeNames", "getHeaderNames", "getParameterNames", "getHeaders" -> Collections.emptyEnumeration();
                    case "getParameterMap" -> Map.of();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> method + " " + path;
                    default -> defaultValue(called.getReturnType());
                });
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }
}
