package org.ansoplatform.shared;

/**
 * An event that carries the live secret of an emailed link until its mail is written. The platform seals such an
 * event wherever it is stored (the event publication table), so that a reader of the database cannot use the link.
 */
public interface CarriesLinkSecret {
}
