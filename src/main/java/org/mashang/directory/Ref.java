package org.mashang.directory;

/** An id with the name people know it by. */
public record Ref(long id, String name) {
}
