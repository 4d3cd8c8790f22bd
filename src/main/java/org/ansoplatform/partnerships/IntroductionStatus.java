package org.ansoplatform.partnerships;

/**
 * An expression of interest on its way to an introduction: expressed, then forwarded or declined by the Secretariat;
 * a forwarded one accepted by the other side (both agreed: introduced) or refused; then its outcome. Identities and
 * contact details are shared from {@link #INTRODUCED} on.
 */
public enum IntroductionStatus {
    EXPRESSED, DECLINED, FORWARDED, REFUSED, INTRODUCED, NEGOTIATING, AGREEMENT_SIGNED, NO_DEAL;

    /** Both sides agreed: each may see the other's identity and contact details. */
    public boolean introduced() {
        return this == INTRODUCED || this == NEGOTIATING || this == AGREEMENT_SIGNED || this == NO_DEAL;
    }

    /** Nothing more happens to it. */
    public boolean closed() {
        return this == DECLINED || this == REFUSED || this == AGREEMENT_SIGNED || this == NO_DEAL;
    }
}
