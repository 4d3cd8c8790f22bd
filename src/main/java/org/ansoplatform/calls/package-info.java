/**
 * Programmes and their calls, told in order: a call's definition ({@code definition}: tracks, hosts, the form
 * and eligibility rules as data), applications from draft to submission with referee letters, nominations and
 * screening ({@code intake}, rules in {@code eligibility}), ranking and selection after review with placement at
 * hosts ({@code selection}), offers with the waitlist cascade and enrolment ({@code offers}), demo data
 * ({@code demo}). This package is the public API: {@link org.ansoplatform.calls.CallManagement},
 * {@link org.ansoplatform.calls.CallQueries}, {@link org.ansoplatform.calls.ApplicationQueries}, the events and
 * their value types, and {@link org.ansoplatform.calls.CallsPaths} (the pages emails link to).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "files", "organizations", "governance :: delegates", "governance :: officers", "review :: outcomes", "search :: indexing"})
package org.ansoplatform.calls;
