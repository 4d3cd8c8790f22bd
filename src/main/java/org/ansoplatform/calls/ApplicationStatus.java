package org.ansoplatform.calls;

public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
