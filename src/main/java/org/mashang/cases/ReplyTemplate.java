package org.mashang.cases;

/**
 * A reply template (常用语): a text staff pick and then edit. {@code shared} when the street's committee keeps it for
 * everyone working the street's cases, else the user's own. Placeholders: {resident}, {ticket}, {department}.
 */
public record ReplyTemplate(long id, String title, String body, boolean shared) {

    /** The text with its placeholders filled; a placeholder without a value becomes a neutral word. */
    public String fill(String resident, String ticket, String department) {
        return body.replace("{resident}", resident == null || resident.isBlank() ? "群众" : resident)
                .replace("{ticket}", ticket == null ? "" : ticket)
                .replace("{department}", department == null || department.isBlank() ? "相关部门" : department);
    }
}
