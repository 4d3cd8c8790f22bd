package org.ansoplatform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Newsletters are DKIM-signed when a key is configured, keep their Message-ID, and go unsigned without a key. */
class DkimSigningTests {

    @TempDir
    Path directory;

    @Test
    void aConfiguredKeySignsTheMessageAndItsUnsubscribeHeadersAndKeepsTheMessageId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path key = directory.resolve("dkim.der");
        Files.write(key, generator.generateKeyPair().getPrivate().getEncoded());
        DkimSigning signing = new DkimSigning("newsletter.example.org", "anso", key.toString());
        assertThat(signing.enabled()).isTrue();

        String written = written(signing.signed(message()));
        assertThat(written).contains("DKIM-Signature:", "d=newsletter.example.org", "s=anso", "List-Unsubscribe",
                "Message-ID: <newsletter-1-2@newsletter.example.org>");
    }

    @Test
    void withoutAKeyTheMessageGoesAsItIs() throws Exception {
        DkimSigning none = new DkimSigning("", "", "");
        assertThat(none.enabled()).isFalse();
        MimeMessage message = message();
        assertThat(none.signed(message)).isSameAs(message);
    }

    private static MimeMessage message() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("ANSO <newsletter@newsletter.example.org>");
        message.setRecipients(MimeMessage.RecipientType.TO, "reader@example.org");
        message.setSubject("ANSO Newsletter No. 3", "UTF-8");
        message.setText("Hello", "UTF-8");
        message.setHeader("List-Unsubscribe", "<https://anso.example.org/newsletters/unsubscribe/x>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.saveChanges();
        message.setHeader("Message-ID", "<newsletter-1-2@newsletter.example.org>");
        return message;
    }

    private static String written(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
