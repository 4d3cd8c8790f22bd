package org.ansoplatform.platform;

import java.util.List;
import java.util.UUID;

/**
 * Demo mode only: synthetic applicants were written in the publishing transaction. Delivered in-process and
 * synchronously (not through the event registry), so accounts gives each of them an account in the same
 * transaction, and offers to them can be accepted or declined in the demo.
 */
public record DemoApplicantsCreated(List<Applicant> applicants) {

    public DemoApplicantsCreated {
        applicants = List.copyOf(applicants);
    }

    public record Applicant(UUID id, String email, String displayName) {
    }
}
