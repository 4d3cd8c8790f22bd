/**
 * Partnerships (issue 20): agreements of the alliance with their parties, lifecycle, Board endorsement and the
 * commitments that activities in other modules fulfil ({@code agreements}), the public partners page; and the
 * Technology Transfer Platform ({@code technology}): technology offers and requests, matchmaking with its reasons,
 * expressions of interest and introductions mediated by the Secretariat, whose deal may become an agreement
 * ({@link org.ansoplatform.partnerships.DealConcluded}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "accounts", "organizations",
        "files", "meetings", "projects", "governance :: decisions", "search :: indexing"})
package org.ansoplatform.partnerships;
