/**
 * People and their access: registration with email verification, sign-in with lockout, password reset,
 * invitations, roles and personal API tokens. Commands in {@code AccountManagement}, reads in {@code AccountQueries};
 * the stores of emailed links and API tokens, the sign-in throttle and the demo and load-test accounts are
 * package-private, so the module stays one package.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.ansoplatform.accounts;
