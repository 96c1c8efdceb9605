package de.klimanetz.common.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A page as a 200 response with an RFC 8288 {@code Link} header (next, prev) keeping the other query parameters. */
public final class PagedResponses {

    private PagedResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uri) {
        List<String> links = new ArrayList<>();
        if (page.hasNext()) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        if (page.hasPrevious()) {
            links.add(link(uri, Math.min(page.page() - 1, page.totalPages() - 1), page.size(), "prev"));
        }
        Response.ResponseBuilder response = Response.ok(page);
        // One header with comma-separated links (RFC 8288), which every HTTP client reads the same way.
        return links.isEmpty() ? response.build() : response.header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        // Root-relative, so the link stays right behind the SPA's proxy and any gateway.
        URI target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build();
        String reference = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return Link.fromUri(reference).rel(rel).build().toString();
    }
}
