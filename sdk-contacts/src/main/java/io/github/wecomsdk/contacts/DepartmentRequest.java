package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The body of {@code department/create} and {@code department/update}. Start from
 * {@link #create(String, long)} or {@link #update(long)}, set optional fields on the builder, and
 * {@link Builder#build()} checks WeCom's limits; a field not set is left out (on update: not changed).
 *
 * @param departmentId the department id ({@code id}): optional on create (WeCom picks one), required on
 *                     update
 * @param name         the name, 1 to 64 characters, none of {@code \:*?"<>|}
 * @param nameEn       the English name, 1 to 64 characters
 * @param parentId     the parent department id ({@code parentid})
 * @param order        the order among siblings, 0 to 2^32-1; larger first
 */
public record DepartmentRequest(
        @JsonProperty("id") Long departmentId,
        @JsonProperty("name") String name,
        @JsonProperty("name_en") String nameEn,
        @JsonProperty("parentid") Long parentId,
        @JsonProperty("order") Long order) {

    /** WeCom's largest order value (2^32 - 1). */
    public static final long MAX_ORDER = 4_294_967_295L;

    /**
     * Starts a new department.
     *
     * @param name     the name, 1 to 64 characters
     * @param parentId the parent department id
     * @return the builder
     */
    public static Builder create(String name, long parentId) {
        return new Builder(true, null, name, parentId);
    }

    /**
     * Starts a change of a department.
     *
     * @param departmentId the department to change
     * @return the builder
     */
    public static Builder update(long departmentId) {
        return new Builder(false, departmentId, null, null);
    }

    /** Builds a {@link DepartmentRequest}; not thread-safe. */
    public static final class Builder {

        private final boolean creating;
        private Long departmentId;
        private String name;
        private String nameEn;
        private Long parentId;
        private Long order;

        private Builder(boolean creating, Long departmentId, String name, Long parentId) {
            this.creating = creating;
            this.departmentId = departmentId;
            this.name = name;
            this.parentId = parentId;
        }

        /**
         * Sets the id: on create, the id the new department gets (otherwise WeCom picks one).
         *
         * @param value the id, positive
         * @return this builder
         */
        public Builder departmentId(long value) {
            this.departmentId = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name, 1 to 64 characters
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the English name.
         *
         * @param value the English name, 1 to 64 characters
         * @return this builder
         */
        public Builder nameEn(String value) {
            this.nameEn = value;
            return this;
        }

        /**
         * Sets the parent department (on update: moves the department).
         *
         * @param value the parent department id
         * @return this builder
         */
        public Builder parentId(long value) {
            this.parentId = value;
            return this;
        }

        /**
         * Sets the order among siblings.
         *
         * @param value 0 to 2^32-1; larger first
         * @return this builder
         */
        public Builder order(long value) {
            this.order = value;
            return this;
        }

        /**
         * Builds the request and checks WeCom's limits.
         *
         * @return the request
         * @throws WeComValidationException if the name is missing on create, over 64 characters or has a
         *         character WeCom refuses, or the order is out of range
         */
        public DepartmentRequest build() {
            if (creating) {
                Checks.notBlank(name, "name");
            } else if (name != null) {
                Checks.notBlank(name, "name");
            }
            Checks.maxChars(name, 64, "name");
            Checks.maxChars(nameEn, 64, "name_en");
            if (name != null && name.chars().anyMatch(c -> "\\:*?\"<>|".indexOf(c) >= 0)) {
                throw new WeComValidationException("name may not contain any of \\:*?\"<>|");
            }
            if (order != null) {
                Checks.range(order, 0, MAX_ORDER, "order");
            }
            if (departmentId != null) {
                Checks.range(departmentId, 1, Long.MAX_VALUE, "id");
            }
            return new DepartmentRequest(departmentId, name, nameEn, parentId, order);
        }
    }
}
