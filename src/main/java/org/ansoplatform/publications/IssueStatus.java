package org.ansoplatform.publications;

/** An issue's life: prepared by its editors, published, or withdrawn with a reason (its page then says so). */
public enum IssueStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
