package org.ansoplatform.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.LanguageChosen;
import org.ansoplatform.platform.Languages;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Languages languages;

    WebConfiguration(ApplicationEventPublisher events, CurrentActor currentActor, Languages languages) {
        this.events = events;
        this.currentActor = currentActor;
        this.languages = languages;
    }

    /** The chosen language lives in a cookie for a year; without one, the browser's preference decides. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("anso-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(this::negotiate);
        return resolver;
    }

    /** The first of the browser's languages this site speaks, else the configured fallback. */
    private Locale negotiate(HttpServletRequest request) {
        var requested = request.getLocales();
        while (requested.hasMoreElements()) {
            Locale locale = requested.nextElement();
            if (languages.supports(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return languages.fallback();
    }

    /** Anyone may ask for a proof-of-work challenge: it is what an anonymous form needs before it is sent. */
    @Bean
    org.ansoplatform.platform.AccessRule proofOfWorkChallengesArePublic() {
        return org.ansoplatform.platform.AccessRule.openForGet("/api/v1/proof-of-work/challenge");
    }

    /** Request mappings found by their paths' literal beginnings first (see PrefixIndexedHandlerMapping). */
    @Bean
    WebMvcRegistrations prefixIndexedHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PrefixIndexedHandlerMapping();
            }
        };
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new EnumsInAnyCase());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HtmxArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String requested = request.getParameter(getParamName());
                if (requested == null) {
                    return true;
                }
                Locale locale = Locale.forLanguageTag(requested);
                if (!languages.supports(locale.getLanguage())) {
                    return true;
                }
                boolean result = super.preHandle(request, response, handler);
                var personId = currentActor.personId();
                if (personId != null) {
                    events.publishEvent(new LanguageChosen(personId, locale.getLanguage()));
                }
                return result;
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
