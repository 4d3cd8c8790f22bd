/**
 * Who belongs and who speaks: membership applications and their steps, delegates of member organizations,
 * seats, officers and mandates, thematic associations (their stores), and who may read applications' files.
 */
package org.ansoplatform.governance.membership;
