package org.ansoplatform.notifications;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * DKIM signatures of composed messages (newsletters) when a key is configured: {@code anso.mail.dkim.domain},
 * {@code anso.mail.dkim.selector} and {@code anso.mail.dkim.private-key} (a PKCS#8 DER RSA key file, as
 * {@code openssl pkcs8 -topk8 -nocrypt -outform der} writes it). Without them a message goes unsigned.
 */
@Component
class DkimSigning {

    private final DkimSigner signer;

    DkimSigning(@Value("${anso.mail.dkim.domain:}") String domain, @Value("${anso.mail.dkim.selector:}") String selector,
            @Value("${anso.mail.dkim.private-key:}") String keyFile) throws Exception {
        if (domain.isBlank() || selector.isBlank() || keyFile.isBlank()) {
            this.signer = null;
            return;
        }
        try (var key = Files.newInputStream(Path.of(keyFile))) {
            DkimSigner configured = new DkimSigner(domain.strip(), selector.strip(), key);
            configured.setHeaderCanonicalization(Canonicalization.RELAXED);
            configured.setBodyCanonicalization(Canonicalization.RELAXED);
            configured.setCheckDomainKey(false);
            configured.addHeaderToSign("List-Unsubscribe");
            configured.addHeaderToSign("List-Unsubscribe-Post");
            this.signer = configured;
        }
    }

    boolean enabled() {
        return signer != null;
    }

    /** The message signed (its headers saved first, its Message-ID kept), or the message itself without a key. */
    MimeMessage signed(MimeMessage message) throws MessagingException {
        if (signer == null) {
            return message;
        }
        String messageId = message.getMessageID();
        DkimMessage signed = new DkimMessage(message, signer);
        signed.saveChanges();
        if (messageId != null) {
            signed.setHeader("Message-ID", messageId);
        }
        return signed;
    }
}
