/**
 * Publications (issue 21): series and their issues (newsletters, magazines, advisory report series, book series,
 * the annual report) with cadence, numbering, access policies, DOIs and citations ({@code series}); news articles,
 * newsletter issues and their subscribers with batched, resumable sending ({@code news}); the public front page
 * and the issues composed from other modules' records ({@code front}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "accounts", "organizations",
        "files", "identifiers", "meetings", "projects", "calls", "partnerships", "figures", "governance :: delegates",
        "search :: indexing"})
package org.ansoplatform.publications;
