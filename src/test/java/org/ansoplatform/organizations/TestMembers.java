package org.ansoplatform.organizations;

import java.util.UUID;

/**
 * Makes member organizations for tests the only way the platform allows: registered with another status,
 * then admitted as by a governance decision ({@link OrganizationManagement#changeStatus}).
 */
public final class TestMembers {

    private TestMembers() {
    }

    /** Registers the organization; one meant as a member is admitted right after. */
    public static UUID create(OrganizationManagement organizations, OrganizationCommand command) {
        if (command.status() != OrganizationStatus.MEMBER) {
            return organizations.create(command);
        }
        UUID id = organizations.create(new OrganizationCommand(command.name(), command.originalName(), command.country(),
                command.type(), OrganizationStatus.APPLICANT, command.statusSince(), command.website(), command.rorId()));
        organizations.changeStatus(id, OrganizationStatus.MEMBER, command.statusSince(), "Admitted by a test decision");
        return id;
    }
}
