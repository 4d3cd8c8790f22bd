/**
 * Cooperation projects from the award that funded them to every output: partner institutions and their teams,
 * status with its history, the granted amount with budget lines, tranches and expenditure per partner, milestones,
 * progress reports accepted or sent back by the Secretariat, outputs linked to other modules' records, the public
 * project pages and directory, figures, search and DataCite records. Calls fund projects; datasets, partnerships,
 * publications and finance read them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "files", "accounts",
        "organizations", "calls", "meetings", "search :: indexing", "identifiers"})
package org.ansoplatform.projects;
