package org.ansoplatform.notifications;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML twin of a plain-text mail (decision 415): the same words, escaped, one paragraph per blank-line block, only
 * the platform's own links clickable (someone's text, already {@link Mailer#defanged}, and any other address stay
 * text), the reader's language in {@code lang}, and right-to-left text isolated in its own direction so that an
 * Arabic name inside an English sentence keeps its punctuation where it belongs. No style, no image, no script:
 * mail clients strip most of it and the plain part says the same.
 */
final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]]+$");
    private static final Pattern RTL_RUN = Pattern.compile(
            "[\\p{IsArabic}\\p{IsHebrew}][\\p{IsArabic}\\p{IsHebrew}\\p{Mn}\\h]*(?<=[\\p{IsArabic}\\p{IsHebrew}\\p{Mn}])");

    private MailHtml() {
    }

    /** The whole document: {@code text} above {@code signature}, links into {@code baseUrl} made clickable. */
    static String of(String subject, String text, String signature, Locale locale, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        boolean rtl = new ULocale(locale.toLanguageTag()).isRightToLeft();
        StringBuilder html = new StringBuilder(text.length() * 2 + 300)
                .append("<!DOCTYPE html>\n<html lang=\"").append(HtmlUtils.htmlEscape(locale.toLanguageTag()))
                .append("\" dir=\"").append(rtl ? "rtl" : "ltr").append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width\">\n<title>").append(escape(subject))
                .append("</title>\n</head>\n<body>\n");
        for (String paragraph : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append(paragraph(paragraph.strip(), rtl, base)).append('\n');
            }
        }
        if (signature != null && !signature.isBlank()) {
            html.append("<p><small>").append(lines(signature.strip(), base)).append("</small></p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String paragraph(String paragraph, boolean rtlDocument, String base) {
        byte direction = Bidi.getBaseDirection(paragraph);
        boolean rtl = direction == Bidi.RTL;
        String dir = rtl == rtlDocument || direction == Bidi.NEUTRAL ? "" : rtl ? " dir=\"rtl\"" : " dir=\"ltr\"";
        return "<p" + dir + ">" + lines(paragraph, base, rtl) + "</p>";
    }

    private static String lines(String text, String base) {
        return lines(text, base, false);
    }

    private static String lines(String text, String base, boolean rtlParagraph) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br>\n");
            }
            out.append(line(lines[i], base, rtlParagraph));
        }
        return out.toString();
    }

    /** One line: the platform's links as anchors, the rest escaped, right-to-left runs isolated in a left-to-right line. */
    private static String line(String line, String base, boolean rtlParagraph) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(line);
        int at = 0;
        while (link.find()) {
            String url = link.group();
            Matcher trailing = TRAILING.matcher(url);
            String tail = trailing.find() ? trailing.group() : "";
            url = url.substring(0, url.length() - tail.length());
            out.append(text(line.substring(at, link.start()), rtlParagraph));
            if (own(url, base)) {
                String escaped = escape(url);
                out.append("<a href=\"").append(escaped).append("\">").append(escaped).append("</a>");
            } else {
                out.append(escape(url));
            }
            out.append(escape(tail));
            at = link.end();
        }
        return out.append(text(line.substring(at), rtlParagraph)).toString();
    }

    private static String text(String text, boolean rtlParagraph) {
        String escaped = escape(text);
        if (rtlParagraph) {
            return escaped;
        }
        // no lang on the run: an Arabic-script name may be Persian or Urdu as well as Arabic
        return RTL_RUN.matcher(escaped).replaceAll(run -> Matcher.quoteReplacement("<span dir=\"rtl\">" + run.group() + "</span>"));
    }

    /** A link into the platform itself: its address, then a path, a query, a fragment or nothing. */
    static boolean own(String url, String base) {
        if (!url.startsWith(base)) {
            return false;
        }
        if (url.length() == base.length()) {
            return true;
        }
        char next = url.charAt(base.length());
        return next == '/' || next == '?' || next == '#';
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
