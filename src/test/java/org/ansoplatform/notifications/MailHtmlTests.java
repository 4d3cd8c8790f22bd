package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The HTML twin of a mail's text (the same words, escaped, only the platform's own links clickable), the domain of
 * Message-IDs, and the redaction of link secrets.
 */
class MailHtmlTests {

    private static final String BASE = "https://anso.example.org";

    @Test
    void onlyThePlatformsOwnLinksBecomeAnchorsAndEverythingElseIsEscapedText() {
        String html = MailHtml.of("Subject <b>", """
                Dear <script>alert(1)</script> & co,

                Open https://anso.example.org/calls/1?a=1&token=x.
                Not https://anso.example.org.evil.example/login nor http://phish.example/x
                Someone wrote Click http[:]//phish[.]example/login""", "ANSO Platform\nAlliance", Locale.ENGLISH, BASE);

        assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">", "<title>Subject &lt;b&gt;</title>",
                "<p>Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; co,</p>",
                "Open <a href=\"https://anso.example.org/calls/1?a=1&amp;token=x\">https://anso.example.org/calls/1?a=1&amp;token=x</a>.",
                "Not https://anso.example.org.evil.example/login nor http://phish.example/x",
                "Click http[:]//phish[.]example/login", "<p><small>ANSO Platform<br>\nAlliance</small></p>")
                .doesNotContain("<script>", "href=\"https://anso.example.org.evil", "href=\"http://phish");
        assertThat(html.split("<a ", -1)).hasSize(2);
    }

    @Test
    void rightToLeftTextKeepsItsDirectionAndTheDocumentItsLanguage() {
        String html = MailHtml.of("S", "Dear محمد علی,\n\nمرحبا بكم في المنصة", "—", Locale.forLanguageTag("ru"), BASE);

        assertThat(html).contains("<html lang=\"ru\" dir=\"ltr\">", "<p>Dear <span dir=\"rtl\">محمد علی</span>,</p>",
                "<p dir=\"rtl\">مرحبا بكم في المنصة</p>");
        assertThat(MailHtml.of("S", "Text", "—", Locale.forLanguageTag("ar"), BASE)).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void theMessageIdDomainIsTheConfiguredOneElseTheSendersElseTheSitesNeverALocalName() {
        assertThat(MailDomain.of("Mail.Example.ORG ", "x <no-reply@localhost>", "http://localhost:8080")).isEqualTo("mail.example.org");
        assertThat(MailDomain.of("", "ANSO <no-reply@anso.example.org>", "https://www.other.org")).isEqualTo("anso.example.org");
        assertThat(MailDomain.of("", "ANSO <no-reply@localhost>", "https://platform.anso.org/")).isEqualTo("platform.anso.org");
        assertThat(MailDomain.of("", "no-reply@mail.local", "http://127.0.0.1:8080")).isEqualTo("mail.local");
        assertThat(MailDomain.of("", "ANSO <no-reply@localhost>", "http://localhost:${local.server.port}")).isEqualTo("localhost");
    }

    @Test
    void theRedactionRemovesQuerySecretsAlsoAsHtmlWritesThemAndTheNewslettersPathSecret() {
        assertThat(MimeWriter.redact("a https://x.org/verify?token=abc.def b")).isEqualTo("a https://x.org/verify?token=[removed] b");
        assertThat(MimeWriter.redact("<a href=\"https://x.org/r?id=1&amp;token=abc\">")).isEqualTo("<a href=\"https://x.org/r?id=1&amp;token=[removed]\">");
        assertThat(MimeWriter.redact("<https://x.org/unsubscribe/one-click?token=abc.def>"))
                .isEqualTo("<https://x.org/unsubscribe/one-click?token=[removed]>");
        assertThat(MimeWriter.redact("https://x.org/newsletters/unsubscribe/0b6c-1.mac_X")).isEqualTo("https://x.org/newsletters/unsubscribe/[removed]");
    }
}
