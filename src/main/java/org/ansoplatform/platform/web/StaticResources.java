package org.ansoplatform.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each folder under its own path instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). With the catch-all, the link rewriting of the resource chain
 * ({@code ResourceUrlEncodingFilter}) looked every link a page builds ({@code /directory}, {@code /calls/…}) up in the
 * jar's static folders, and a miss is never cached: that was seven tenths of the CPU of rendering the front page
 * (decision 217). Now only links under these paths are resolved, once each (the chain's cache).
 * <p>
 * Files are fetched once per browser: webjars and the vendored libraries carry their version in their path and our
 * own css and js a hash of their content in the rewritten links, so a year's max-age never serves a stale file after
 * an upgrade.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        hashed(registry, "/css/**", "classpath:/static/css/");
        hashed(registry, "/js/**", "classpath:/static/js/");
        registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(A_YEAR).setUseLastModified(false).resourceChain(true);
        // the favicon is asked for by its fixed name, so it is cached for a day rather than a year
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
        registry.addResourceHandler("/images/**").addResourceLocations("classpath:/static/images/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(A_YEAR).setUseLastModified(false).resourceChain(true);
    }

    private static void hashed(ResourceHandlerRegistry registry, String pattern, String location) {
        registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(A_YEAR).setUseLastModified(false)
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
