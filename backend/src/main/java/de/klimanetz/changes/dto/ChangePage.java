package de.klimanetz.changes.dto;

import java.util.List;

/** A page of the feed and the cursor to ask with next (the same as asked with when nothing is new). */
public record ChangePage(List<Change> items, String next) {
}
