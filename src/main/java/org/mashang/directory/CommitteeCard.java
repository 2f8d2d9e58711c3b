package org.mashang.directory;

/** The people's-congress working committee (人大工委) of a street, and its head. */
public record CommitteeCard(long id, long regionId, String name, String headName, String headPhone) {
}
