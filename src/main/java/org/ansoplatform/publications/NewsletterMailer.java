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
            public void send(NewsletterMessage message, Runnable accepted) {
                NewsletterMailer.this.send(message);
                accepted.run();
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

        /**
         * Sends one message; {@code accepted} runs as soon as the SMTP server accepted it, before anything else is done
         * (the sending marks its row there, so that a crash right after the acceptance leaves as little as possible
         * unmarked).
         */
        void send(NewsletterMessage message, Runnable accepted);

        @Override
        void close();
    }
}
