package org.ansoplatform.governance;

/** The two governing bodies of ANSO. Labels come from {@code governance.body.*}. */
public enum Body {
    BOARD, ASSEMBLY
}
