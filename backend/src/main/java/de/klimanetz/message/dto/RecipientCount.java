package de.klimanetz.message.dto;

/** How many people a message would reach now. */
public record RecipientCount(int count) {
}
