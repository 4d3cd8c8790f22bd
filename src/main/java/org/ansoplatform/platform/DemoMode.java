package org.ansoplatform.platform;

/** Whether this site holds demo data (demo accounts with documented passwords, seed content). */
public record DemoMode(boolean enabled) {
}
