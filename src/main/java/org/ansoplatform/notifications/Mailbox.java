package org.ansoplatform.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stored copies of the messages sent, read by their recipient and, in the outbox, by administrators. */
@Component
@Transactional(readOnly = true)
public class Mailbox {

    private static final RowMapper<MessageView> ROW = (rs, n) -> new MessageView(rs.getObject("id", UUID.class),
            rs.getObject("recipient_id", UUID.class), rs.getString("recipient_email"), rs.getString("kind"),
            rs.getString("language"), rs.getString("subject"), rs.getString("body"),
            rs.getTimestamp("created_at").toInstant(), Delivery.valueOf(rs.getString("delivery")),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());

    private final JdbcClient jdbc;

    Mailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(MessageView message) {
        jdbc.sql("""
                insert into notifications.message
                  (id, recipient_id, recipient_email, kind, language, subject, body, created_at, delivery, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(message.id(), message.recipientId(), message.recipientEmail(), message.kind(), message.language(),
                        message.subject(), message.body(), Timestamp.from(message.createdAt()), message.delivery().name(),
                        message.sentAt() == null ? null : Timestamp.from(message.sentAt()))
                .update();
    }

    public PageResult<MessageView> of(UUID recipientId, PageRequest page) {
        long total = jdbc.sql("select count(*) from notifications.message where recipient_id = ?")
                .param(recipientId).query(Long.class).single();
        List<MessageView> items = jdbc.sql("""
                select * from notifications.message where recipient_id = ?
                order by created_at desc limit ? offset ?""")
                .params(recipientId, page.size(), page.offset()).query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The message, if it was sent to this person. */
    public Optional<MessageView> find(UUID id, UUID recipientId) {
        return jdbc.sql("select * from notifications.message where id = ? and recipient_id = ?")
                .params(id, recipientId).query(ROW).optional();
    }

    public Optional<MessageView> find(UUID id) {
        return jdbc.sql("select * from notifications.message where id = ?").param(id).query(ROW).optional();
    }

    /** Everything sent, newest first, optionally only to addresses containing the text. */
    public PageResult<MessageView> all(String recipient, PageRequest page) {
        String like = "%" + (recipient == null ? "" : recipient.strip().toLowerCase()) + "%";
        long total = jdbc.sql("select count(*) from notifications.message where recipient_email like ?")
                .param(like).query(Long.class).single();
        List<MessageView> items = jdbc.sql("""
                select * from notifications.message where recipient_email like ?
                order by created_at desc limit ? offset ?""")
                .params(like, page.size(), page.offset()).query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    Instant latest() {
        return jdbc.sql("select max(created_at) from notifications.message").query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(null);
    }
}
