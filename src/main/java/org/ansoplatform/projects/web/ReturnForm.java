package org.ansoplatform.projects.web;

/** The Secretariat's comments when it sends a report back; the service requires them. */
record ReturnForm(String comment) {
}
