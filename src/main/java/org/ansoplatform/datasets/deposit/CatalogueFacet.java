package org.ansoplatform.datasets.deposit;

/** The catalogue's facets, each counted over the datasets the other filters (and its own) leave. */
public enum CatalogueFacet {
    SUBJECT, SDG, COUNTRY, YEAR, FORMAT, LICENCE
}
