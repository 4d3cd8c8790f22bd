package org.ansoplatform.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.ansoplatform.projects.BudgetCategory;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a project's page, each bound as typed under its own name. */
public final class ProjectPageForms {

    private ProjectPageForms() {
    }

    /** A status change: where to and why. */
    public record StatusForm(ProjectStatus status, String reason,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            java.time.LocalDate newEnd) {
        static StatusForm blank() {
            return new StatusForm(null, null, null);
        }
    }

    /**
     * A partner institution: chosen from the directory ({@code organizationId}) or named ({@code organization}, which
     * the directory must answer to); {@code country} only prefills the directory's form when it does not.
     */
    public record PartnerForm(UUID organizationId, String organization, String country, PartnerRole role) {
        static PartnerForm blank() {
            return new PartnerForm(null, null, null, PartnerRole.PARTNER);
        }
    }

    public record MemberForm(UUID partnerId, String name, String email, String orcid, MemberRole role) {
        static MemberForm blank() {
            return new MemberForm(null, null, null, null, MemberRole.RESEARCHER);
        }
    }

    public record BudgetForm(Integer year, BudgetCategory category, BigDecimal amount) {
        static BudgetForm blank() {
            return new BudgetForm(null, null, null);
        }
    }

    public record TrancheForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn, BigDecimal amount,
            String reference, String note) {
        static TrancheForm blank() {
            return new TrancheForm(null, null, null, null);
        }
    }

    public record ExpenditureForm(UUID partnerId, Integer year, BudgetCategory category, BigDecimal amount, String description) {
        static ExpenditureForm blank() {
            return new ExpenditureForm(null, null, null, null, null);
        }
    }
}
