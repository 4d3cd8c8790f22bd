/**
 * Programmes and their calls: what a call asks (tracks, hosts, the application form, documents, referee
 * letters, eligibility rules, quotas), the applicant's portal from draft to submission, referee letters
 * uploaded through single-use links, nominations by member organizations, and the Secretariat's lists.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "files", "organizations", "governance :: delegates", "review :: outcomes"})
package org.ansoplatform.calls;
