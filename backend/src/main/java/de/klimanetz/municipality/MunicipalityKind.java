package de.klimanetz.municipality;

import de.klimanetz.common.web.ParamEnum;

/** The kinds of German municipality the networks deal with. */
@ParamEnum(violation = "violation.municipality-kind", ignoreCase = true)
public enum MunicipalityKind {
    GEMEINDE,
    STADT,
    KREISFREIE_STADT,
    KREIS;

    /** Kreise have a 5-digit Kreisschlüssel, everything else an 8-digit Amtlicher Gemeindeschlüssel. */
    public int officialKeyLength() {
        return this == KREIS ? 5 : 8;
    }

    /** Only Gemeinden and kreisangehörige Städte belong to a Kreis. */
    public boolean belongsToKreis() {
        return this == GEMEINDE || this == STADT;
    }
}
