package org.mashang.directory;

/** Replaces a deputy's exclusive code, for when the printed signs are lost or defaced. */
public interface DeputyCodes {

    /**
     * Gives the deputy {@code newCode} as their exclusive code.
     *
     * @return the code it replaces
     * @throws org.mashang.platform.UserFacingException 404 when there is no such deputy, 409 when the code is taken
     */
    String replaceCode(long deputyId, String newCode);
}
