package org.ansoplatform.publications.web;

/** A record to add to a composition: its reference ({@code module:type:id}), chosen among the candidates. */
public record CompositionPickForm(String record) {

    static CompositionPickForm blank() {
        return new CompositionPickForm(null);
    }
}
