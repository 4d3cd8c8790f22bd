/**
 * Identifiers and citations: DOIs under the platform's prefix with their registration at DataCite (DataCite
 * 4.7 XML, an outbox sent by a scheduled job), and citations of any record as CSL-JSON, BibTeX, RIS and
 * formatted text. Modules describe their records as {@link org.ansoplatform.identifiers.DataCiteMetadata};
 * identifiers imports no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
package org.ansoplatform.identifiers;
