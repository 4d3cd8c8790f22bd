package org.ansoplatform.publications;

/**
 * Hands one newsletter message to the platform's mail pipeline (implemented by {@code notifications}, which this
 * module may not depend on): returns once the SMTP server accepted it, throws when it did not. The sending job marks
 * the message sent only after this returns.
 */
public interface NewsletterMailer {

    void send(NewsletterMessage message);
}
