package org.ansoplatform.annualreport;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Runs a command as a signed-in person, as the pages would (the services read the current actor). */
final class AnnualReportFixtures {

    private AnnualReportFixtures() {
    }

    static <T> T as(UserDetails person, Callable<T> action) throws Exception {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
        try {
            return action.call();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
