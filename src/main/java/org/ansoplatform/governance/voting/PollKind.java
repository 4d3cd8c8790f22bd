package org.ansoplatform.governance.voting;

/**
 * The two kinds of poll and the tables each keeps, so that one lifecycle ({@link PollCore}) runs both. Both
 * keep the same shape (decision 24): the poll row (state, deadline, entitled), the voter roll, the
 * participation (who voted for which organization, when; one row per organization as the primary key), and
 * the secret ballots (random id, poll, value; nothing else).
 */
public enum PollKind {

    MOTION("motion", "motion_voter", "motion_id", "participation", "choice", "secret_ballot", "choice", "varchar"),
    ELECTION("election", "election_voter", "election_id", "election_participation", null, "election_ballot",
            "candidate_id", "uuid");

    final String table;
    final String voterTable;
    final String pollColumn;
    final String participationTable;
    /** The participation's column for an open ballot's choice, or null when every ballot is secret. */
    final String openChoiceColumn;
    final String ballotTable;
    final String ballotColumn;
    final String ballotType;

    PollKind(String table, String voterTable, String pollColumn, String participationTable, String openChoiceColumn,
            String ballotTable, String ballotColumn, String ballotType) {
        this.table = "governance." + table;
        this.voterTable = "governance." + voterTable;
        this.pollColumn = pollColumn;
        this.participationTable = "governance." + participationTable;
        this.openChoiceColumn = openChoiceColumn;
        this.ballotTable = "governance." + ballotTable;
        this.ballotColumn = ballotColumn;
        this.ballotType = ballotType;
    }

    /** What a missing poll of this kind is called in a 404. */
    String noun() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
