package org.ansoplatform.calls.web;

/**
 * A referee as the applicant (or the Secretariat, replacing one) names them; the service checks the name and
 * the address, and refuses the applicant's own address or one already asked.
 */
public record RefereeForm(String name, String email, String institution) {

    static RefereeForm empty() {
        return new RefereeForm(null, null, null);
    }
}
