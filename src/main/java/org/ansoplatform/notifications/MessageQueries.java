package org.ansoplatform.notifications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.Rows;
import org.ansoplatform.platform.SqlText;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored copies of the messages sent, read by their recipient and, in the outbox, by administrators. */
@Service
@Transactional(readOnly = true)
public class MessageQueries {

    private static final RowMapper<MessageView> ROW = (rs, n) -> new MessageView(Rows.uuid(rs, "id"),
            Rows.uuid(rs, "recipient_id"), rs.getString("recipient_email"), rs.getString("kind"),
            rs.getString("language"), rs.getString("subject"), rs.getString("body"), Rows.instant(rs, "created_at"),
            Rows.enumValue(rs, "delivery", Delivery.class), Rows.instant(rs, "sent_at"));

    private final JdbcClient jdbc;

    MessageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<MessageView> of(UUID recipientId, PageRequest page) {
        long total = jdbc.sql("select count(*) from notifications.message where recipient_id = :recipient")
                .param("recipient", recipientId).query(Long.class).single();
        List<MessageView> items = jdbc.sql("""
                select * from notifications.message where recipient_id = :recipient
                order by created_at desc limit :limit offset :offset""")
                .param("recipient", recipientId).param("limit", page.size()).param("offset", page.offset())
                .query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The message, if it was sent to this person. */
    public Optional<MessageView> find(UUID id, UUID recipientId) {
        return jdbc.sql("select * from notifications.message where id = :id and recipient_id = :recipient")
                .param("id", id).param("recipient", recipientId).query(ROW).optional();
    }

    public Optional<MessageView> find(UUID id) {
        return jdbc.sql("select * from notifications.message where id = :id").param("id", id).query(ROW).optional();
    }

    /** The message's RFC 5322 source as it left, its link secrets removed; empty for mail kept before issue 26. */
    public Optional<String> source(UUID id) {
        return jdbc.sql("select source from notifications.message_source where message_id = :id").param("id", id)
                .query(String.class).optional();
    }

    /**
     * Everything sent, newest first, optionally only to addresses containing the text in any case (referees and
     * meeting participants keep the capitals they typed).
     */
    public PageResult<MessageView> all(String recipient, PageRequest page) {
        String like = "%" + SqlText.escapeLike(recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT)) + "%";
        long total = jdbc.sql("select count(*) from notifications.message where lower(recipient_email) like :like")
                .param("like", like).query(Long.class).single();
        List<MessageView> items = jdbc.sql("""
                select * from notifications.message where lower(recipient_email) like :like
                order by created_at desc limit :limit offset :offset""")
                .param("like", like).param("limit", page.size()).param("offset", page.offset()).query(ROW).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
