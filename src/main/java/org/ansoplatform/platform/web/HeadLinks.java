package org.ansoplatform.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The addresses a page’s head gives to search engines and link previews: its canonical address, the same page in
 * each configured language ({@code ?lang=}, which really renders that language) and {@code x-default} (no
 * {@code lang}: the language is negotiated from the cookie and the browser). Absolute, from {@code anso.base-url}.
 * The query keeps what changes the content (filters, a page after the first) in a stable order and drops
 * {@code lang}, empty values and tracking parameters.
 *
 * @param canonical this page in the language it is shown in
 * @param xDefault this page without a language
 * @param alternates the page in each language, in the configured order
 * @param ogLocale the shown language as OpenGraph writes a locale (“zh_CN”)
 * @param ogLocaleAlternates the other languages likewise
 */
public record HeadLinks(String canonical, String xDefault, List<Alternate> alternates, String ogLocale,
        List<String> ogLocaleAlternates) {

    /** The page in one language. */
    public record Alternate(String tag, String url) {
    }

    // a link secret (token) never goes into the head: search engines and link previews would read and keep it
    private static final Set<String> NOISE = Set.of("lang", "token", "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid",
            "mc_eid", "_ga", "_gl", "ref", "igshid");

    private static final Map<String, String> OG_LOCALES = Map.of("en", "en_US", "zh", "zh_CN", "ru", "ru_RU",
            "es", "es_ES", "fr", "fr_FR", "ar", "ar_AR", "pt", "pt_PT", "de", "de_DE");

    static HeadLinks of(HttpServletRequest request, String baseUrl, List<String> languages, String shown) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String path = UriUtils.decode(request.getRequestURI().substring(request.getContextPath().length()),
                java.nio.charset.StandardCharsets.UTF_8);
        Map<String, List<String>> kept = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (request.getQueryString() == null || !inQuery(request.getQueryString(), name) || noise(name)) {
                return;
            }
            List<String> nonEmpty = java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank())
                    .filter(v -> !("page".equals(name) && "0".equals(v.strip()))).toList();
            if (!nonEmpty.isEmpty()) {
                kept.put(name, nonEmpty);
            }
        });
        String xDefault = url(base, path, kept, null);
        List<Alternate> alternates = new ArrayList<>();
        List<String> otherLocales = new ArrayList<>();
        for (String tag : languages) {
            alternates.add(new Alternate(tag, url(base, path, kept, tag)));
            if (!tag.equals(shown)) {
                otherLocales.add(ogLocale(tag));
            }
        }
        return new HeadLinks(url(base, path, kept, shown), xDefault, List.copyOf(alternates), ogLocale(shown),
                List.copyOf(otherLocales));
    }

    static String ogLocale(String tag) {
        return OG_LOCALES.getOrDefault(tag, tag);
    }

    private static boolean noise(String name) {
        return NOISE.contains(name) || name.startsWith("utm_") || name.startsWith("_");
    }

    /** Only the query’s own parameters count: a form’s posted fields are no part of the address. */
    private static boolean inQuery(String query, String name) {
        for (String pair : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (UriUtils.decode(key, java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String url(String base, String path, Map<String, List<String>> params, String language) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(base).path(path);
        params.forEach((name, values) -> values.forEach(value -> link.queryParam(name, value)));
        if (language != null) {
            link.queryParam("lang", language);
        }
        return link.encode().build().toUriString();
    }
}
