package org.ansoplatform.governance;

/** The two governing bodies of ANSO. Labels come from {@code governance.body.*}. */
@org.springframework.modulith.NamedInterface("decisions")
public enum Body {
    BOARD, ASSEMBLY
}
