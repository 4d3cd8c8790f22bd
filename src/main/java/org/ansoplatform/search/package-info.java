/**
 * One search over every module's records: a PostgreSQL index of documents that modules offer through
 * {@link org.ansoplatform.search.SearchSource} and refresh by publishing {@code shared.RecordChanged}; search imports
 * no module. Access rules travel with each document as audience tokens and are applied in the query.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.ansoplatform.search;
