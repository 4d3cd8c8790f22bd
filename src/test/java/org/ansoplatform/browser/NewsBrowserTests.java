package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.publications.NewsCategory;
import org.ansoplatform.publications.NewsCommand;
import org.ansoplatform.publications.NewsManagement;
import org.ansoplatform.publications.NewsletterCommand;
import org.ansoplatform.publications.NewsletterManagement;
import org.ansoplatform.publications.news.sending.NewsletterSending;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor reads the news, subscribes to the newsletter (the proof of work solved by the page), confirms from the
 * mail, receives an issue and unsubscribes from its link; the Secretariat sees the issue sent. Axe checks every page
 * reached.
 */
class NewsBrowserTests extends BrowserTest {

    @Autowired NewsManagement news;
    @Autowired NewsletterManagement newsletters;
    @Autowired NewsletterSending sending;

    @Test
    void aVisitorSubscribesConfirmsReceivesAnIssueAndUnsubscribes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String email = "visitor." + run + "@newsletter.example.org";
        Page page = person();
        page.navigate(url("/news"));
        assertThat(page.locator("h1")).hasText("News");
        page.locator("article.news-card h2 a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/news/[0-9a-f-]{36}$"));
        page.locator("section.news-article a", new Page.LocatorOptions().setHasText("Subscribe to the newsletter")).click();
        page.locator("#email").fill(email);
        page.locator("#language").selectOption("zh");
        page.locator("section.subscribe button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Check your mail");

        page.navigate(Mail.link(Mail.awaitBody(email, "ANSO 简报")));
        assertThat(page.locator("section.subscription-outcome")).hasAttribute("data-outcome", "CONFIRMED");

        Actor system = Actor.system(clock.instant());
        UUID article = news.create(new NewsCommand(LocalizedText.of(Map.of("en", "Aral Sea news " + run, "zh", "咸海新闻 " + run)),
                LocalizedText.of(Map.of("en", "Summary")), LocalizedText.of(Map.of("en", "Text")), NewsCategory.EVENTS,
                LocalDate.of(2021, 3, 1), ""), system);
        news.publish(article, system);
        int number = 500_000 + Math.abs(run.hashCode() % 100_000);
        UUID issue = newsletters.create(new NewsletterCommand(number, LocalDate.of(2021, 3, 1), "",
                LocalizedText.of(Map.of("en", "Spring issue " + run, "zh", "春季刊 " + run)), LocalizedText.of(Map.of()),
                List.of(article), null), system);
        newsletters.send(issue, system);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            sending.sendBatch(100);
            return newsletterText(email, "春季刊 " + run) != null;
        });
        String received = newsletterText(email, "春季刊 " + run);
        org.assertj.core.api.Assertions.assertThat(received).contains("咸海新闻 " + run);
        Matcher unsubscribe = Pattern.compile("https?://\\S+/newsletters/unsubscribe/\\S+").matcher(received);
        org.assertj.core.api.Assertions.assertThat(unsubscribe.find()).isTrue();

        Page editor = person();
        signIn(editor, "secretariat@example.org", DEMO_PASSWORD);
        editor.navigate(url("/secretariat/newsletters"));
        assertThat(editor.locator("tr", new Page.LocatorOptions().setHasText("Spring issue " + run))).isVisible();

        page.navigate(unsubscribe.group());
        page.locator("section.unsubscribe button[type=submit]").click();
        assertThat(page.locator("section.subscription-outcome")).hasAttribute("data-outcome", "UNSUBSCRIBED");
    }

    /** The plain text of the newsletter received at the address, or null; Mail.awaitBody does not read parts. */
    private static String newsletterText(String to, String subject) {
        try {
            for (MimeMessage message : MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(to), m -> true).toList()) {
                if (message.getSubject().contains(subject)) {
                    return text((MimeMultipart) message.getContent());
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            if (content instanceof MimeMultipart nested) {
                String found = text(nested);
                if (found != null) {
                    return found;
                }
            } else if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                return content.toString();
            }
        }
        return null;
    }
}
