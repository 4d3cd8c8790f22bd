package org.ansoplatform.governance;

import java.util.List;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationType;

/** An organization's application for membership, as its applicant submits it. */
public record ApplicationCommand(String legalName, String originalName, String country, OrganizationType type,
        String website, String contactName, String contactEmail, String motivation, List<UUID> fileIds) {
}
