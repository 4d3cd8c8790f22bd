/**
 * The Technology Transfer Platform's rows and rules: representatives, offers and requests with their review steps,
 * introductions with theirs, the state objects that own the transitions, and the expiry job. Sub-packages: the
 * pure matchmaking core, search and figures, the demo.
 */
package org.ansoplatform.partnerships.technology;
