package org.ansoplatform;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the browser tests after all others, in the order the build found them otherwise. They share the one
 * Spring context (and demo data) with the integration tests, so the platform starts once per run; last, they
 * cannot change what an integration test expects to find, and a slow browser start comes after the fast
 * feedback.
 */
public final class BrowserTestsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(BrowserTestsLast::isBrowserTest));
    }

    private static boolean isBrowserTest(ClassDescriptor descriptor) {
        return descriptor.getTestClass().getSimpleName().endsWith("BrowserTests");
    }
}
