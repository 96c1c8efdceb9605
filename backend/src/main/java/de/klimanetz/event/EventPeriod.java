package de.klimanetz.event;

import de.klimanetz.common.web.ParamEnum;

/** Which events of a network a list shows ({@code when}): those still to come (the default) or those past. */
@ParamEnum(violation = "violation.when")
public enum EventPeriod implements ParamEnum.Wire {
    UPCOMING("upcoming"),
    PAST("past");

    private final String wire;

    EventPeriod(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
