/**
 * ANSO-DataPA (issue 22): datasets with full DataCite 4.7 metadata deposited, curated and published in versions
 * with their own identifiers ({@code deposit}); their landing pages' discovery markup, signposting and content
 * negotiation ({@code discovery}); harvesting by OAI-PMH and COUNTER usage counts ({@code harvest}); and the
 * applications built on them ({@code showcase}). A dataset names the project that funded it; the project's page
 * lists its datasets through {@code projects.ProjectLinkSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "accounts", "files", "files :: preview",
        "organizations", "calls", "projects", "search :: indexing", "identifiers"})
package org.ansoplatform.datasets;
