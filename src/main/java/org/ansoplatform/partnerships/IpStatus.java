package org.ansoplatform.partnerships;

/** How an offered technology is protected; a granted or pending patent names its numbers. */
public enum IpStatus {
    PATENT_GRANTED, PATENT_PENDING, KNOW_HOW, OPEN;

    public boolean needsNumbers() {
        return this == PATENT_GRANTED || this == PATENT_PENDING;
    }
}
