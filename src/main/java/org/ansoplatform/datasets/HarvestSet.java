package org.ansoplatform.datasets;

/**
 * An OAI-PMH set a version belongs to: its spec ({@code project:<uuid>}, {@code call:<uuid>}, {@code sdg:13},
 * {@code country:KG}, {@code subject:<slug>}, colon-separated as OAI-PMH's hierarchy asks) and its name.
 */
public record HarvestSet(String spec, String name) {

    public HarvestSet {
        if (spec == null || !spec.matches("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*")) {
            throw new IllegalArgumentException("Not an OAI-PMH setSpec: " + spec);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A set needs a name: " + spec);
        }
    }
}
