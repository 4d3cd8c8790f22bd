package org.ansoplatform.notifications;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps the copy of every message sent ({@code notifications.message}) and its source ({@code message_source}). */
@Repository
class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The copy and the message's source as it left (secrets removed), when it was written as MIME. */
    void record(MessageView message, String source) {
        record(message);
        if (source != null) {
            jdbc.sql("insert into notifications.message_source (message_id, source) values (:id, :source)")
                    .param("id", message.id()).param("source", source).update();
        }
    }

    void record(MessageView message) {
        jdbc.sql("""
                insert into notifications.message
                  (id, recipient_id, recipient_email, kind, language, subject, body, created_at, delivery, sent_at)
                values (:id, :recipientId, :recipientEmail, :kind, :language, :subject, :body, :createdAt, :delivery, :sentAt)""")
                .param("id", message.id()).param("recipientId", message.recipientId())
                .param("recipientEmail", message.recipientEmail()).param("kind", message.kind())
                .param("language", message.language()).param("subject", message.subject()).param("body", message.body())
                .param("createdAt", Timestamp.from(message.createdAt())).param("delivery", message.delivery().name())
                .param("sentAt", message.sentAt() == null ? null : Timestamp.from(message.sentAt()))
                .update();
    }
}
