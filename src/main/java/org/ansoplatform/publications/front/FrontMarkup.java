package org.ansoplatform.publications.front;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.platform.Languages;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front page's description for other sites: OpenGraph values (title, description, type, address, language and
 * the other languages) and schema.org {@code Organization} data in a JSON-LD data block (not a script the browser
 * runs, so the Content Security Policy does not concern it; {@code <} escaped so no value can close the element).
 * The alliance's own site is its {@code sameAs} (named in the seeds); the platform has no logo to give.
 */
@Component
public class FrontMarkup {

    /** The alliance's own website, as the seeds name it. */
    public static final String ALLIANCE_SITE = "http://www.anso.org.cn";

    /** The OpenGraph values of the page in one language. */
    public record OpenGraph(String title, String description, String type, String url, String locale,
            List<String> alternateLocales) {
    }

    private final JsonMapper json;
    private final MessageSource messages;
    private final Languages languages;
    private final Environment environment;

    FrontMarkup(JsonMapper json, MessageSource messages, Languages languages, Environment environment) {
        this.json = json;
        this.messages = messages;
        this.languages = languages;
        this.environment = environment;
    }

    /** The platform's address, without a trailing slash. */
    public String baseUrl() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public OpenGraph openGraph(Locale locale) {
        String language = locale.getLanguage();
        return new OpenGraph(message("publications.front.og.title", locale), message("publications.front.alliance", locale),
                "website", baseUrl() + "/", ogLocale(language),
                languages.tags().stream().filter(tag -> !tag.equals(language)).map(FrontMarkup::ogLocale).toList());
    }

    /** schema.org {@code Organization}: the alliance, its name in the reader's language, address, description. */
    public String organization(Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Organization");
        data.put("@id", baseUrl() + "/#organization");
        data.put("name", message("publications.front.alliance.name", locale));
        data.put("alternateName", "ANSO");
        data.put("url", baseUrl() + "/");
        data.put("description", message("publications.front.alliance", locale));
        data.put("foundingDate", "2018");
        data.put("sameAs", List.of(ALLIANCE_SITE));
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    /** OpenGraph writes a language as {@code language_TERRITORY}; a bare language is accepted by its readers. */
    static String ogLocale(String tag) {
        return Locale.forLanguageTag(tag).toString();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
