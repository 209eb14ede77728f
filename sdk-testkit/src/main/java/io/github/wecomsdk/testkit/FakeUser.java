package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A member to seed with {@link FakeWeCom#addUser(FakeUser)}, with every field {@code user/get} shows; its
 * departments must exist first, as in WeCom:
 *
 * <pre>{@code
 * fake.addDepartment(2, "Engineering", 1).addDepartment(3, "Sales", 1);
 * fake.addUser(FakeUser.builder("zhangsan", "张三").mobile("+86 13800000000").position("Engineer")
 *         .departments(2, 3).status(FakeUser.ACTIVE).extattrText("工号", "1024").build());
 * }</pre>
 *
 * <p>Immutable; the fields are held as WeCom spells them ({@link #toJson()}).
 */
public final class FakeUser {

    /** {@code status} of a member who activated WeCom. */
    public static final int ACTIVE = 1;
    /** {@code status} of a disabled member. */
    public static final int DISABLED = 2;
    /** {@code status} of a member who has not activated WeCom yet (the fake's default, as WeCom's). */
    public static final int INACTIVE = 4;
    /** {@code status} of a member who left the corp. */
    public static final int EXITED = 5;

    private final ObjectNode fields;

    private FakeUser(ObjectNode fields) {
        this.fields = fields;
    }

    /**
     * Starts a member.
     *
     * @param userid the userid
     * @param name   the name
     * @return a builder; without a mobile or an email, {@code <userid>@example.com} is used
     * @throws IllegalArgumentException if either is blank
     */
    public static Builder builder(String userid, String name) {
        return new Builder(userid, name);
    }

    /** A member from a JSON object shaped like {@code user/get}'s answer (the seed file's users). */
    static FakeUser of(JsonNode json) {
        if (json == null || !json.isObject() || !json.hasNonNull("userid") || !json.hasNonNull("name")) {
            throw new IllegalArgumentException("a seeded user needs userid and name; got " + json);
        }
        Builder builder =
                builder(json.path("userid").asText(), json.path("name").asText());
        json.properties()
                .forEach(field ->
                        builder.fields.set(field.getKey(), field.getValue().deepCopy()));
        return builder.build();
    }

    /**
     * The member as {@code user/create}'s body plus {@code status}.
     *
     * @return a copy
     */
    public ObjectNode toJson() {
        return fields.deepCopy();
    }

    /**
     * The userid.
     *
     * @return the userid
     */
    public String userid() {
        return fields.path("userid").asText();
    }

    /**
     * A short description: the userid and name only.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "FakeUser[" + userid() + ", " + fields.path("name").asText() + "]";
    }

    /** Builds a {@link FakeUser}. Not thread-safe. */
    public static final class Builder {
        private final ObjectNode fields = JsonNodeFactory.instance.objectNode();

        private Builder(String userid, String name) {
            if (userid == null || userid.isBlank() || name == null || name.isBlank()) {
                throw new IllegalArgumentException("userid and name must not be blank");
            }
            fields.put("userid", userid);
            fields.put("name", name);
        }

        /**
         * The mobile number.
         *
         * @param mobile the number
         * @return this builder
         */
        public Builder mobile(String mobile) {
            fields.put("mobile", mobile);
            return this;
        }

        /**
         * The e-mail ({@code email}).
         *
         * @param email the address
         * @return this builder
         */
        public Builder email(String email) {
            fields.put("email", email);
            return this;
        }

        /**
         * The corp e-mail ({@code biz_mail}).
         *
         * @param bizMail the address
         * @return this builder
         */
        public Builder bizMail(String bizMail) {
            fields.put("biz_mail", bizMail);
            return this;
        }

        /**
         * The job title ({@code position}).
         *
         * @param position the title
         * @return this builder
         */
        public Builder position(String position) {
            fields.put("position", position);
            return this;
        }

        /**
         * The gender: 0 unset, 1 male, 2 female.
         *
         * @param gender the gender code
         * @return this builder
         */
        public Builder gender(int gender) {
            fields.put("gender", Integer.toString(gender));
            return this;
        }

        /**
         * The departments, the first being the main one unless {@link #mainDepartment(long)} says another.
         *
         * @param departmentIds existing department ids
         * @return this builder
         */
        public Builder departments(long... departmentIds) {
            ArrayNode ids = fields.putArray("department");
            for (long id : departmentIds) {
                ids.add(id);
            }
            return this;
        }

        /**
         * The main department.
         *
         * @param departmentId one of the departments
         * @return this builder
         */
        public Builder mainDepartment(long departmentId) {
            fields.put("main_department", departmentId);
            return this;
        }

        /**
         * The status {@code user/get} shows: {@link #ACTIVE}, {@link #DISABLED}, {@link #INACTIVE} or
         * {@link #EXITED}.
         *
         * @param status the status
         * @return this builder
         * @throws IllegalArgumentException if not one of those
         */
        public Builder status(int status) {
            if (status != ACTIVE && status != DISABLED && status != INACTIVE && status != EXITED) {
                throw new IllegalArgumentException("status must be 1, 2, 4 or 5; got " + status);
            }
            fields.put("status", status);
            return this;
        }

        /**
         * The alias.
         *
         * @param alias the alias
         * @return this builder
         */
        public Builder alias(String alias) {
            fields.put("alias", alias);
            return this;
        }

        /**
         * The desk phone.
         *
         * @param telephone the number
         * @return this builder
         */
        public Builder telephone(String telephone) {
            fields.put("telephone", telephone);
            return this;
        }

        /**
         * The address.
         *
         * @param address the address
         * @return this builder
         */
        public Builder address(String address) {
            fields.put("address", address);
            return this;
        }

        /**
         * The direct leader.
         *
         * @param userid an existing member
         * @return this builder
         */
        public Builder directLeader(String userid) {
            fields.putArray("direct_leader").add(userid);
            return this;
        }

        /**
         * Whether the member leads each of their departments, in the order of {@link #departments}.
         *
         * @param flags 1 leader, 0 not
         * @return this builder
         */
        public Builder leaderInDepartments(int... flags) {
            ArrayNode values = fields.putArray("is_leader_in_dept");
            for (int flag : flags) {
                values.add(flag);
            }
            return this;
        }

        /**
         * Adds a text custom attribute to {@code extattr.attrs}.
         *
         * @param name  the attribute's name as set up in the admin console
         * @param value its text
         * @return this builder
         */
        public Builder extattrText(String name, String value) {
            ObjectNode attr = attrs().addObject();
            attr.put("type", 0);
            attr.put("name", name);
            attr.putObject("text").put("value", value);
            return this;
        }

        /**
         * Adds a web custom attribute to {@code extattr.attrs}.
         *
         * @param name  the attribute's name
         * @param url   the link
         * @param title the link's title
         * @return this builder
         */
        public Builder extattrWeb(String name, String url, String title) {
            ObjectNode attr = attrs().addObject();
            attr.put("type", 1);
            attr.put("name", name);
            ObjectNode web = attr.putObject("web");
            web.put("url", url);
            web.put("title", title);
            return this;
        }

        private ArrayNode attrs() {
            ObjectNode extattr =
                    fields.has("extattr") ? (ObjectNode) fields.get("extattr") : fields.putObject("extattr");
            return extattr.has("attrs") ? (ArrayNode) extattr.get("attrs") : extattr.putArray("attrs");
        }

        /**
         * Sets any other field of {@code user/create} as WeCom spells it ({@code external_position},
         * {@code external_profile}, {@code order}, {@code enable}, ...).
         *
         * @param field the field
         * @param value its JSON value
         * @return this builder
         */
        public Builder field(String field, JsonNode value) {
            fields.set(field, value.deepCopy());
            return this;
        }

        /**
         * Builds the member.
         *
         * @return the member
         */
        public FakeUser build() {
            ObjectNode copy = fields.deepCopy();
            if (!copy.hasNonNull("mobile") && !copy.hasNonNull("email")) {
                copy.put("email", copy.path("userid").asText() + "@example.com");
            }
            return new FakeUser(copy);
        }
    }
}
