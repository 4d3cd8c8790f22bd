package org.ansoplatform.partnerships;

/** The alliance's part in an agreement, or a listed organization's: a party that signs, or a supporter. */
public enum AllianceRole {
    PARTY, SUPPORTER
}
