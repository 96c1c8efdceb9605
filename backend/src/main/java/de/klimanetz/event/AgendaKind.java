package de.klimanetz.event;

public enum AgendaKind {
    WELCOME,
    TALK,
    EXCHANGE,
    EXCURSION,
    BREAK,
    OTHER
}
