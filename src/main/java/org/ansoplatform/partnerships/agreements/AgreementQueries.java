package org.ansoplatform.partnerships.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.platform.JsonTexts;
import org.ansoplatform.platform.Rows;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.PageResult;
import org.ansoplatform.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of agreements for the Secretariat's register and pages, the API, the public partners page, figures and
 * records. Parties are stored by their directory id; names and countries are the directory's when read.
 */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

    public static final String MODULE = "partnerships", TYPE = "agreement";

    private static final String COLUMNS = """
            a.id, a.kind, cast(a.title as text) as title, cast(a.scope as text) as scope, a.alliance_role, a.status,
            a.signed_on, a.undated, a.effective_on, a.expires_on, a.notice_days, a.confidential, a.owner_id, a.decision_id,
            a.decided_on, a.approved_on, a.signing_ref, a.origin_ref, a.illustrative, a.version, a.created_at, a.updated_at,
            array(select s.sdg from partnerships.agreement_sdg s where s.agreement_id = a.id order by s.sdg) as sdgs""";

    private static final String WHERE = """
            where (cast(:q as varchar) is null or cast(a.title as text) ilike :like)
              and (cast(:kind as varchar) is null or a.kind = :kind)
              and (cast(:status as varchar) is null or a.status = :status)
              and (cast(:until as date) is null or (a.status in (:inForce) and a.expires_on between :today and :until))
              and (not :byCountry or exists (select 1 from partnerships.agreement_party p where p.agreement_id = a.id
                                              and p.organization_id in (:organizations)))
              and (cast(:sdg as integer) is null or exists (select 1 from partnerships.agreement_sdg s
                                                            where s.agreement_id = a.id and s.sdg = :sdg))""";

    private final JdbcClient jdbc;
    private final OrganizationQueries organizations;

    AgreementQueries(JdbcClient jdbc, OrganizationQueries organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    public static RecordRef ref(UUID id) {
        return new RecordRef(MODULE, TYPE, id);
    }

    public Optional<AgreementView> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from partnerships.agreement a where a.id = :id").param("id", id)
                .query(AgreementQueries::row).optional().map(row -> view(row, parties(List.of(id)), documents(id)));
    }

    /** One page of the register, the soonest to expire first, then the newest. */
    public PageResult<AgreementView> search(AgreementFilter filter, PageRequest page) {
        Map<String, Object> parameters = parameters(filter);
        long total = jdbc.sql("select count(*) from partnerships.agreement a " + WHERE).params(parameters)
                .query(Long.class).single();
        List<AgreementView> items = list(WHERE + " order by a.expires_on nulls last, a.created_at desc, a.id"
                + " limit :limit offset :offset", parameters, page);
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Every matching agreement, for the register's export. */
    public List<AgreementView> all(AgreementFilter filter) {
        return list(WHERE + " order by a.expires_on nulls last, a.created_at desc, a.id", parameters(filter), null);
    }

    /** The agreements an organization of the directory is in, newest first. */
    public List<AgreementView> ofOrganization(UUID organizationId) {
        return list("""
                where exists (select 1 from partnerships.agreement_party p where p.agreement_id = a.id
                              and p.organization_id = :organization) order by a.created_at desc, a.id""",
                Map.of("organization", organizationId), null);
    }

    /** The agreements of these ids that exist, in one statement (links and figures describe many at once). */
    public List<AgreementView> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("where a.id in (:ids) order by a.id", Map.of("ids", List.copyOf(ids)), null);
    }

    /** Every step of the agreement's life, oldest first. */
    public List<StepView> history(UUID id) {
        return jdbc.sql("""
                select action, from_status, to_status, on_date, reason, by_name, at from partnerships.agreement_step
                where agreement_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new StepView(rs.getString("action"), Rows.enumValue(rs, "from_status", AgreementStatus.class),
                        Rows.enumValue(rs, "to_status", AgreementStatus.class), Rows.date(rs, "on_date"), rs.getString("reason"),
                        rs.getString("by_name"), Rows.instant(rs, "at")))
                .list();
    }

    public List<CommitmentView> commitments(UUID agreementId) {
        return jdbc.sql("""
                select c.id, c.agreement_id, c.position, cast(c.description as text) as description, c.organization_id,
                    c.owner_name, c.due_on,
                    array(select l.record_ref from partnerships.commitment_link l where l.commitment_id = c.id
                          order by l.linked_at, l.record_ref) as links
                from partnerships.commitment c where c.agreement_id = :agreement order by c.position""")
                .param("agreement", agreementId)
                .query((rs, n) -> new CommitmentView(Rows.uuid(rs, "id"), Rows.uuid(rs, "agreement_id"), rs.getInt("position"),
                        JsonTexts.read(rs.getString("description")), Rows.uuid(rs, "organization_id"), rs.getString("owner_name"),
                        Rows.date(rs, "due_on"), List.copyOf(Rows.strings(rs, "links"))))
                .list();
    }

    public Optional<CommitmentView> commitment(UUID commitmentId) {
        return jdbc.sql("select agreement_id from partnerships.commitment where id = :id").param("id", commitmentId)
                .query(UUID.class).optional()
                .flatMap(agreement -> commitments(agreement).stream().filter(c -> c.id().equals(commitmentId)).findFirst());
    }

    /** Whether the stored file is a document of an agreement (who may read it is the Secretariat's and the Board's). */
    public boolean isDocument(UUID fileId) {
        return jdbc.sql("select exists (select 1 from partnerships.agreement_document where file_id = :file)")
                .param("file", fileId).query(Boolean.class).single();
    }

    private List<AgreementView> list(String where, Map<String, Object> parameters, PageRequest page) {
        var statement = jdbc.sql("select " + COLUMNS + " from partnerships.agreement a " + where).params(parameters);
        if (page != null) {
            statement = statement.param("limit", page.size()).param("offset", page.offset());
        }
        List<Row> rows = statement.query(AgreementQueries::row).list();
        Map<UUID, List<AgreementView.Party>> parties = parties(rows.stream().map(Row::id).toList());
        List<AgreementView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(view(row, parties, List.of()));
        }
        return views;
    }

    private Map<String, Object> parameters(AgreementFilter filter) {
        AgreementFilter f = filter == null ? AgreementFilter.none() : filter;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", f.q());
        parameters.put("like", f.q() == null ? null : "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        parameters.put("kind", f.kind() == null ? null : f.kind().name());
        parameters.put("status", f.status() == null ? null : f.status().name());
        boolean expiring = f.expiringWithinDays() != null && f.today() != null;
        parameters.put("today", expiring ? f.today() : null);
        parameters.put("until", expiring ? f.today().plusDays(f.expiringWithinDays()) : null);
        parameters.put("inForce", List.of(AgreementStatus.SIGNED.name(), AgreementStatus.ACTIVE.name()));
        List<UUID> ofCountry = f.country() == null ? List.of() : organizations.all().stream()
                .filter(o -> f.country().equals(o.country())).map(OrganizationView::id).toList();
        parameters.put("byCountry", f.country() != null);
        // an empty in-list is not valid SQL; an id nobody has matches nothing
        parameters.put("organizations", ofCountry.isEmpty() ? List.of(new UUID(0, 0)) : ofCountry);
        parameters.put("sdg", f.sdg());
        return parameters;
    }

    private Map<UUID, List<AgreementView.Party>> parties(Collection<UUID> ids) {
        Map<UUID, List<AgreementView.Party>> parties = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return parties;
        }
        Map<UUID, OrganizationView> directory = new HashMap<>();
        organizations.all().forEach(o -> directory.put(o.id(), o));
        jdbc.sql("""
                select agreement_id, organization_id, role, signatory_name, signatory_title from partnerships.agreement_party
                where agreement_id in (:ids) order by agreement_id, position""")
                .param("ids", ids)
                .query((rs, n) -> {
                    UUID organization = Rows.uuid(rs, "organization_id");
                    OrganizationView known = directory.get(organization);
                    return Map.entry(Rows.uuid(rs, "agreement_id"), new AgreementView.Party(organization,
                            known == null ? "?" : known.name(), known == null ? null : known.country(),
                            Rows.enumValue(rs, "role", AllianceRole.class), rs.getString("signatory_name"),
                            rs.getString("signatory_title")));
                })
                .list().forEach(e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return parties;
    }

    private List<AgreementView.Document> documents(UUID id) {
        return jdbc.sql("""
                select file_id, language, name from partnerships.agreement_document where agreement_id = :id
                order by added_at, name""")
                .param("id", id)
                .query((rs, n) -> new AgreementView.Document(Rows.uuid(rs, "file_id"), rs.getString("language"), rs.getString("name")))
                .list();
    }

    /** An agreement's own columns, before its parties and documents are added. */
    private record Row(UUID id, AgreementKind kind, String title, String scope, AllianceRole role, AgreementStatus status,
            java.time.LocalDate signedOn, boolean undated, java.time.LocalDate effectiveOn, java.time.LocalDate expiresOn,
            Integer noticeDays, boolean confidential, UUID ownerId, UUID decisionId, java.time.LocalDate decidedOn,
            java.time.LocalDate approvedOn, String signingRef, String originRef, boolean illustrative, int version,
            List<Integer> sdgs, java.time.Instant createdAt, java.time.Instant updatedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        List<Integer> sdgs = new ArrayList<>();
        for (Object sdg : (Object[]) rs.getArray("sdgs").getArray()) {
            sdgs.add(((Number) sdg).intValue());
        }
        return new Row(Rows.uuid(rs, "id"), Rows.enumValue(rs, "kind", AgreementKind.class), rs.getString("title"),
                rs.getString("scope"), Rows.enumValue(rs, "alliance_role", AllianceRole.class),
                Rows.enumValue(rs, "status", AgreementStatus.class), Rows.date(rs, "signed_on"), rs.getBoolean("undated"),
                Rows.date(rs, "effective_on"), Rows.date(rs, "expires_on"), Rows.integer(rs, "notice_days"),
                rs.getBoolean("confidential"), Rows.uuid(rs, "owner_id"), Rows.uuid(rs, "decision_id"),
                Rows.date(rs, "decided_on"), Rows.date(rs, "approved_on"), rs.getString("signing_ref"),
                rs.getString("origin_ref"), rs.getBoolean("illustrative"), rs.getInt("version"), List.copyOf(sdgs),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }

    private static AgreementView view(Row r, Map<UUID, List<AgreementView.Party>> parties, List<AgreementView.Document> documents) {
        return new AgreementView(r.id(), r.kind(), JsonTexts.read(r.title()), JsonTexts.read(r.scope()), r.role(), r.status(),
                r.signedOn(), r.undated(), r.effectiveOn(), r.expiresOn(), r.noticeDays(), r.confidential(), r.ownerId(),
                r.decisionId(), r.decidedOn(), r.approvedOn(), r.signingRef(), r.originRef(), r.illustrative(), r.version(),
                List.copyOf(parties.getOrDefault(r.id(), List.of())), r.sdgs(), List.copyOf(documents), r.createdAt(),
                r.updatedAt());
    }
}
