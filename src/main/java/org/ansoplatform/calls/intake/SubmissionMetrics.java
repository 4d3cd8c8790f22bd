package org.ansoplatform.calls.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.ansoplatform.calls.ApplicationSubmitted;
import org.ansoplatform.calls.CallQueries;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Submissions as business metrics: {@code anso.applications.submitted} (per call code) counts the submissions
 * that were committed, from their event, so that a repeated submit answered from the stored one counts once;
 * {@code anso.applications.submit} times the submit command. Both stand beside {@link ApplicationIntake} rather
 * than in it, which is at the size limit of a service.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionMetrics {

    /** Around {@code ApplicationIntake.submit}, as an infrastructure advisor so the existing proxy takes it on. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor submissionTimer(ObjectProvider<MeterRegistry> meters) {
        MethodInterceptor timed = invocation -> {
            if (!(invocation.getThis() instanceof ApplicationIntake)) {
                return invocation.proceed();
            }
            Timer.Sample sample = Timer.start(meters.getObject());
            try {
                return invocation.proceed();
            } finally {
                sample.stop(meters.getObject().timer("anso.applications.submit"));
            }
        };
        NameMatchMethodPointcutAdvisor advisor = new NameMatchMethodPointcutAdvisor(timed);
        advisor.setClassFilter(ApplicationIntake.class::isAssignableFrom);
        advisor.setMappedName("submit");
        return advisor;
    }

    @Bean
    Counted submissionsCounted(MeterRegistry meters, CallQueries calls) {
        return new Counted(meters, calls);
    }

    static class Counted {
        private final MeterRegistry meters;
        private final CallQueries calls;

        Counted(MeterRegistry meters, CallQueries calls) {
            this.meters = meters;
            this.calls = calls;
        }

        /**
         * Heard synchronously and counted after the commit: a transactional listener would be recorded in the event
         * publication registry like a module's, which a counter has no need of.
         */
        @EventListener
        void submitted(ApplicationSubmitted submitted) {
            String call = calls.get(submitted.callId()).definition().code();
            Runnable count = () -> meters.counter("anso.applications.submitted", "call", call).increment();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        count.run();
                    }
                });
            } else {
                count.run();
            }
        }
    }
}
