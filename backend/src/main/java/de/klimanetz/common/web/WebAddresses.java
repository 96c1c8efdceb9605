package de.klimanetz.common.web;

import java.net.URI;
import java.util.Locale;

/** Checks for addresses people will click: absolute, with a host, and only web schemes (no javascript:). */
public final class WebAddresses {

    private WebAddresses() {
    }

    public static boolean isHttps(String url) {
        return "https".equals(scheme(url));
    }

    public static boolean isWeb(String url) {
        String scheme = scheme(url);
        return "https".equals(scheme) || "http".equals(scheme);
    }

    private static String scheme(String url) {
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() == null || uri.getHost() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return "";
        }
    }
}
