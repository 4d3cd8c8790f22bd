/** The Statutes' versions, articles and amendments (their store) and the word-level differences between texts. */
package org.ansoplatform.governance.statutes;
