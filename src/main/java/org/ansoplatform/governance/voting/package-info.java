/**
 * The one poll core of motions and elections ({@code PollCore} over the tables {@code PollKind} names, the
 * {@code Poll} state that only moves forward), motions' and elections' own stores, and the scheduled closing
 * of polls past their deadline. Secret ballots leave no link to the voter (decision 24): staged, then moved
 * into the box within seconds by {@code BallotStaging} (decision 48).
 */
package org.ansoplatform.governance.voting;
