package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The body of {@code department/create} and {@code department/update}. Start from
 * {@link #create(String, long)} or {@link #update(long)} and add optional fields with the
 * {@code with...} methods; a {@code null} field is left out.
 *
 * @param id       the department id: optional on create (WeCom picks one), required on update
 * @param name     the name, 1 to 64 characters, none of {@code \:*?"<>|}
 * @param nameEn   the English name, 1 to 64 characters
 * @param parentId the parent department id
 * @param order    the order among siblings, 0 to 2^32-1; larger first
 */
public record DepartmentRequest(
        @JsonProperty("id") Long id,
        @JsonProperty("name") String name,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("parentid") Long parentId,
        @JsonProperty("order") Long order) {

    /**
     * A new department under a parent.
     *
     * @param name     the name
     * @param parentId the parent department id (1 is the root)
     * @return the request
     */
    public static DepartmentRequest create(String name, long parentId) {
        return new DepartmentRequest(null, name, null, parentId, null);
    }

    /**
     * A change to an existing department; set only what changes.
     *
     * @param id the department id
     * @return the request
     */
    public static DepartmentRequest update(long id) {
        return new DepartmentRequest(id, null, null, null, null);
    }

    /**
     * With an id (on create: the id the new department gets, greater than 1).
     *
     * @param newId the id
     * @return a copy
     */
    public DepartmentRequest withId(long newId) {
        return new DepartmentRequest(newId, name, nameEn, parentId, order);
    }

    /**
     * With a name.
     *
     * @param newName the name
     * @return a copy
     */
    public DepartmentRequest withName(String newName) {
        return new DepartmentRequest(id, newName, nameEn, parentId, order);
    }

    /**
     * With an English name.
     *
     * @param newNameEn the English name
     * @return a copy
     */
    public DepartmentRequest withNameEn(String newNameEn) {
        return new DepartmentRequest(id, name, newNameEn, parentId, order);
    }

    /**
     * With a parent department.
     *
     * @param newParentId the parent id
     * @return a copy
     */
    public DepartmentRequest withParentId(long newParentId) {
        return new DepartmentRequest(id, name, nameEn, newParentId, order);
    }

    /**
     * With an order among siblings.
     *
     * @param newOrder the order
     * @return a copy
     */
    public DepartmentRequest withOrder(long newOrder) {
        return new DepartmentRequest(id, name, nameEn, parentId, newOrder);
    }

    void validate(boolean creating) {
        if (creating) {
            Checks.notBlank(name, "name");
            Checks.notNull(parentId, "parentid");
        } else {
            Checks.notNull(id, "id");
        }
        Checks.maxChars(name, 64, "name");
        Checks.maxChars(nameEn, 64, "name_en");
        if (order != null) {
            Checks.range(order, 0, 4294967295L, "order");
        }
    }
}
