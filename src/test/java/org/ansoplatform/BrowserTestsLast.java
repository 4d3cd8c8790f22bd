package org.ansoplatform;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the browser tests after all others, in the order the build found them otherwise. They share the one
 * Spring context (and demo data) with the integration tests, so the platform starts once per run; last, they
 * cannot change what an integration test expects to find, and a slow browser start comes after the fast
 * feedback. Just before them runs the API contract's check (issue 26), which holds every API response the
 * integration tests caused against the OpenAPI document; the browsers' API calls are not held to it.
 */
public final class BrowserTestsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(BrowserTestsLast::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        if (isBrowserTest(descriptor)) {
            return 2;
        }
        return descriptor.getTestClass().getSimpleName().equals("OpenApiContractTests") ? 1 : 0;
    }

    private static boolean isBrowserTest(ClassDescriptor descriptor) {
        return descriptor.getTestClass().getSimpleName().endsWith("BrowserTests");
    }
}
