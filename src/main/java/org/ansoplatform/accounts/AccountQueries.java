package org.ansoplatform.accounts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.ApiTokenScope;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.platform.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of accounts, in records that other modules and pages may hold. */
@Service
@Transactional(readOnly = true)
public class AccountQueries {

    public record Contact(UUID personId, String email, String displayName, Locale locale) {
    }

    public record PersonView(UUID id, String email, String displayName, PersonStatus status, String language,
            Set<Role> roles, Instant createdAt, Instant emailVerifiedAt) {
    }

    /** A token as its owner sees it; {@code expiresOn} is the last day (UTC) it works, {@code active} whether it works now. */
    public record ApiTokenView(UUID id, String name, String prefix, ApiTokenScope scope, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt, java.time.LocalDate expiresOn, boolean active) {
    }

    private final People people;
    private final ApiTokenStore apiTokens;
    private final JdbcClient jdbc;

    AccountQueries(People people, ApiTokenStore apiTokens, JdbcClient jdbc) {
        this.people = people;
        this.apiTokens = apiTokens;
        this.jdbc = jdbc;
    }

    public Optional<Contact> contact(UUID personId) {
        // one row, no aggregate: every notification asks for it
        return jdbc.sql("select id, email, display_name, language from accounts.person where id = :id").param("id", personId)
                .query((rs, n) -> new Contact(Rows.uuid(rs, "id"), rs.getString("email"),
                        rs.getString("display_name"), Locale.forLanguageTag(rs.getString("language"))))
                .optional();
    }

    /**
     * Everyone active who holds a role, to be told of what the role must act on: all of them, not a page (a
     * search's page of the newest hundred would leave out whoever was given the role first).
     */
    public List<Contact> activeHolders(Role role) {
        return jdbc.sql("""
                select p.id, p.email, p.display_name, p.language from accounts.person p
                where p.status = :active and exists (select 1 from accounts.person_role r where r.person_id = p.id and r.role = :role)
                order by p.created_at, p.email""")
                .param("active", PersonStatus.ACTIVE.name()).param("role", role.name())
                .query((rs, n) -> new Contact(Rows.uuid(rs, "id"), rs.getString("email"),
                        rs.getString("display_name"), Locale.forLanguageTag(rs.getString("language"))))
                .list();
    }

    public Optional<PersonView> person(UUID personId) {
        return people.findById(personId).map(AccountQueries::view);
    }

    public Optional<UUID> idOf(String email) {
        return people.findByEmail(Emails.normalize(email)).map(Person::id);
    }

    public List<ApiTokenView> apiTokens(UUID personId) {
        return apiTokens.of(personId);
    }

    /** People whose email or name contains the text, optionally holding a role, newest first. */
    public PageResult<PersonView> search(String text, Role role, PageRequest page) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        String roleName = role == null ? null : role.name();
        String where = """
                where (lower(p.email) like :q or lower(p.display_name) like :q)
                  and (cast(:role as varchar) is null or exists (select 1 from accounts.person_role r where r.person_id = p.id and r.role = :role))""";
        long total = jdbc.sql("select count(*) from accounts.person p " + where)
                .param("q", like).param("role", roleName).query(Long.class).single();
        List<UUID> ids = jdbc.sql("select p.id from accounts.person p " + where + " order by p.created_at desc, p.email limit :limit offset :offset")
                .param("q", like).param("role", roleName).param("limit", page.size()).param("offset", page.offset())
                .query(UUID.class).list();
        List<PersonView> views = ids.stream().map(id -> people.findById(id).map(AccountQueries::view).orElseThrow()).toList();
        return new PageResult<>(views, page.page(), page.size(), total);
    }

    public static List<Role> allRoles() {
        return Arrays.asList(Role.values());
    }

    private static PersonView view(Person p) {
        return new PersonView(p.id(), p.email(), p.displayName(), p.status(), p.language(), p.roles(), p.createdAt(),
                p.emailVerifiedAt());
    }
}
