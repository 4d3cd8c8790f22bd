package org.ansoplatform.organizations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member or partner organization. Its id is assigned here, so the version tells Spring Data JDBC whether
 * to insert or update. Holds checked, normalized values only: {@link OrganizationManagement} validates first.
 */
@Table(schema = "organizations", name = "organization")
class Organization {

    @Id
    private final UUID id;
    private String name;
    private String originalName;
    private String country;
    private OrganizationType type;
    private OrganizationStatus status;
    private LocalDate statusSince;
    private String website;
    private String rorId;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @PersistenceCreator
    Organization(UUID id, String name, String originalName, String country, OrganizationType type,
            OrganizationStatus status, LocalDate statusSince, String website, String rorId, Instant createdAt,
            Instant updatedAt, Long version) {
        this.id = id;
        this.name = name;
        this.originalName = originalName;
        this.country = country;
        this.type = type;
        this.status = status;
        this.statusSince = statusSince;
        this.website = website;
        this.rorId = rorId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Organization register(OrganizationManagement.Checked input, Instant now) {
        return new Organization(UUID.randomUUID(), input.name(), input.originalName(), input.country(), input.type(),
                input.status(), input.statusSince(), input.website(), input.rorId(), now, now, null);
    }

    /** Takes the new values; says whether anything differed. The status date is decided by the caller. */
    boolean change(OrganizationManagement.Checked input, LocalDate newStatusSince, Instant now) {
        boolean changed = !Objects.equals(name, input.name())
                || !Objects.equals(originalName, input.originalName())
                || !Objects.equals(country, input.country())
                || type != input.type()
                || status != input.status()
                || !Objects.equals(statusSince, newStatusSince)
                || !Objects.equals(website, input.website())
                || !Objects.equals(rorId, input.rorId());
        if (changed) {
            name = input.name();
            originalName = input.originalName();
            country = input.country();
            type = input.type();
            status = input.status();
            statusSince = newStatusSince;
            website = input.website();
            rorId = input.rorId();
            updatedAt = now;
        }
        return changed;
    }

    UUID id() { return id; }
    String name() { return name; }
    String originalName() { return originalName; }
    String country() { return country; }
    OrganizationType type() { return type; }
    OrganizationStatus status() { return status; }
    LocalDate statusSince() { return statusSince; }
    String website() { return website; }
    String rorId() { return rorId; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
