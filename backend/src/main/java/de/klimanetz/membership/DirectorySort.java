package de.klimanetz.membership;

import de.klimanetz.common.web.ParamEnum;

/** The orders of a network's directory ({@code sort}); by name unless asked otherwise. */
@ParamEnum(violation = "violation.directory-sort")
public enum DirectorySort implements ParamEnum.Wire {
    NAME("name"),
    MUNICIPALITY("municipality"),
    IN_OFFICE_SINCE("inOfficeSince");

    private final String wire;

    DirectorySort(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
