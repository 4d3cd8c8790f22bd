package org.ansoplatform.calls;

import org.ansoplatform.shared.LocalizedText;

/** Where awardees go: a university, an institute or a facility, with how many it can take. */
public record Host(String code, LocalizedText name, Kind kind, int capacity) {

    public enum Kind {
        UNIVERSITY, INSTITUTE, FACILITY
    }
}
