/**
 * People and their access: registration with email verification, sign-in with lockout, password reset,
 * invitations, roles and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.ansoplatform.accounts;
