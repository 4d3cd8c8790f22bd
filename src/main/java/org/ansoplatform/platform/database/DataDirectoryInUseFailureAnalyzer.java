package org.ansoplatform.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a short explanation instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                "Another instance of the ANSO Platform is already running with its data in " + cause.directory()
                        + ". Two instances on one embedded database would damage it, so this one did not start.",
                "Stop the other instance, or start this one with another data directory (--anso.data-dir=...) "
                        + "or against an external PostgreSQL (SPRING_DATASOURCE_URL).",
                cause);
    }
}
