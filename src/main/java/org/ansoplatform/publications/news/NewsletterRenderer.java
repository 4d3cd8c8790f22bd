package org.ansoplatform.publications.news;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.ansoplatform.platform.DateStyle;
import org.ansoplatform.platform.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a newsletter issue as an email (HTML and plain text) and as a PDF, in one language. The unsubscribe link
 * differs per subscriber only, so an email is written once per issue and language with {@link #UNSUBSCRIBE} where
 * the link goes, and the sending job puts each subscriber's link there.
 */
@Component
public class NewsletterRenderer {

    public static final String UNSUBSCRIBE = "__ANSO_UNSUBSCRIBE__";

    /** One issue's email in one language, the unsubscribe link still to fill in. */
    public record Written(String subject, String text, String html) {
    }

    private final ITemplateEngine templates;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Environment environment;

    NewsletterRenderer(ITemplateEngine templates, PdfRenderer pdf, MessageSource messages, Environment environment) {
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.environment = environment;
    }

    /** The platform's public address, read when needed (a test server's port is known late). */
    public String baseUrl() {
        String base = environment.getProperty("anso.base-url", "http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public Written email(NewsletterEdition edition, String base) {
        Locale locale = edition.locale();
        String subject = messages.getMessage("mail.publications.newsletter.subject",
                new Object[] {edition.newsletter().number(), edition.title()}, locale);
        Map<String, Object> model = model(edition, base);
        model.put("unsubscribeUrl", UNSUBSCRIBE);
        String html = templates.process("publications/news/rendered/email", new Context(locale, model));
        return new Written(subject, text(edition, base), html);
    }

    public byte[] pdf(NewsletterEdition edition) {
        return pdf.render("publications/news/rendered/pdf", model(edition, baseUrl()), edition.locale());
    }

    private static Map<String, Object> model(NewsletterEdition edition, String base) {
        Map<String, Object> model = new HashMap<>();
        model.put("edition", edition);
        model.put("baseUrl", base);
        model.put("date", DateStyle.day(edition.newsletter().date(), edition.locale()));
        model.put("direction", org.ansoplatform.platform.Languages.direction(edition.locale().getLanguage()));
        return model;
    }

    private String text(NewsletterEdition edition, String base) {
        Locale locale = edition.locale();
        StringBuilder text = new StringBuilder();
        text.append(messages.getMessage("newsletter.heading", new Object[] {edition.newsletter().number()}, locale))
                .append(" · ").append(DateStyle.day(edition.newsletter().date(), locale)).append("\n\n")
                .append(edition.title()).append("\n\n");
        if (!edition.editorial().isBlank()) {
            text.append(edition.editorial()).append("\n\n");
        }
        edition.articles().forEach(article -> text.append("* ").append(article.title().in(locale)).append("\n")
                .append(article.summary().in(locale)).append("\n").append(base).append(article.path()).append("\n\n"));
        text.append(messages.getMessage("newsletter.webEdition", null, locale)).append(": ").append(base)
                .append(edition.newsletter().path()).append("\n")
                .append(messages.getMessage("newsletter.unsubscribe", null, locale)).append(": ").append(UNSUBSCRIBE).append("\n");
        return text.toString();
    }
}
