package org.ansoplatform.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.ansoplatform.platform.Htmx;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives page handlers an {@link Htmx} and marks their answers as varying with {@code HX-Request}. */
class HtmxArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Htmx.class;
    }

    @Override
    public Htmx resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        if (response != null && !response.getHeaders(HttpHeaders.VARY).contains("HX-Request")) {
            response.addHeader(HttpHeaders.VARY, "HX-Request");
        }
        return new Htmx("true".equals(request.getHeader("HX-Request")),
                "true".equals(request.getHeader("HX-History-Restore-Request")));
    }
}
