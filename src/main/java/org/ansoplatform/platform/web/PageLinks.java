package org.ansoplatform.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager fragment's links ({@code ${@pageLinks.to('page', 2)}}): the current address with another page,
 * every filter kept, relative so it works behind any proxy. The first page drops the parameter.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(String param, int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        if (page <= 0) {
            link.replaceQueryParam(param);
        } else {
            link.replaceQueryParam(param, page);
        }
        return link.build(true).toUriString();
    }
}
