package de.klimanetz.municipality;

/** The 16 Länder with the two-digit prefix every official key of theirs starts with. */
public enum FederalState {
    SH("01"), HH("02"), NI("03"), HB("04"), NW("05"), HE("06"), RP("07"), BW("08"),
    BY("09"), SL("10"), BE("11"), BB("12"), MV("13"), SN("14"), ST("15"), TH("16");

    private final String keyPrefix;

    FederalState(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public String keyPrefix() {
        return keyPrefix;
    }
}
