/**
 * The eligibility rules engine of calls: rules as data (stored as JSON), their evaluation against the facts
 * of an application, and their wording in English and Chinese. Pure functions without Spring beans or
 * persistence; see docs/eligibility.md. Exposed as the named interface eligibility, so that another module
 * may depend on calls :: eligibility.
 */
@org.springframework.modulith.NamedInterface("eligibility")
package org.ansoplatform.calls.eligibility;
