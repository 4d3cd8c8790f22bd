/**
 * The member directory: ANSO's member and partner organizations, their type, country, ROR id and status,
 * with an append-only status history; public pages and API, and the secretariat's forms to keep it current.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "search :: indexing"})
package org.ansoplatform.organizations;
