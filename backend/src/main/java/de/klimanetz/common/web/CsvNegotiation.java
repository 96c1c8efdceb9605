package de.klimanetz.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Lists that also come as CSV: CSV only when the client names it, JSON for anything else (wildcards too). */
public final class CsvNegotiation {

    public static final String CSV_UTF8 = "text/csv; charset=UTF-8";
    private static final MediaType CSV = new MediaType("text", "csv");

    private CsvNegotiation() {
    }

    public static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (!type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(CSV)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
