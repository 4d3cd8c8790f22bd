package org.ansoplatform.publications;

/**
 * Hands one newsletter message to the platform's mail pipeline (implemented by {@code notifications}, which this
 * module may not depend on): returns once the SMTP server accepted it, throws when it did not. The sending job marks
 * the message sent only after this returns.
 */
public interface NewsletterMailer {

    void send(NewsletterMessage message);

    /**
     * Several messages over one SMTP connection, each accepted before {@code send} returns; a recipient refused for good
     * throws {@link Refused} (the connection stays usable), any other failure another exception.
     */
    default Connection connect() {
        return new Connection() {
            @Override
            public void send(NewsletterMessage message) {
                NewsletterMailer.this.send(message);
            }

            @Override
            public void close() {
            }
        };
    }

    /** The SMTP server refused this recipient for good (an unknown mailbox): the message is not tried again. */
    class Refused extends RuntimeException {

        public Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** A connection to the mail pipeline for one batch; closed after it. */
    interface Connection extends AutoCloseable {

        void send(NewsletterMessage message);

        @Override
        void close();
    }
}
