package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The address book (通讯录): departments, members, tags, asynchronous import jobs and encrypted
 * exports.
 *
 * <pre>{@code
 * Contacts contacts = Contacts.of(client);
 * User user = contacts.users().get("zhangsan");
 * for (DepartmentUser row : contacts.users().listIds()) {
 *     System.out.println(row.userId() + " in " + row.departmentId());
 * }
 * }</pre>
 *
 * <p>Write calls need a token of the contacts-sync secret (通讯录同步); reads return only what the
 * calling app may see. Immutable and thread-safe.
 */
public final class Contacts {

    private final WeComClient client;
    private final Departments departments;
    private final Users users;
    private final Tags tags;
    private final BatchJobs batchJobs;
    private final Exports exports;

    private Contacts(WeComClient client) {
        this.client = client;
        this.departments = new Departments(client);
        this.users = new Users(client);
        this.tags = new Tags(client);
        this.batchJobs = new BatchJobs(client);
        this.exports = new Exports(client);
    }

    /**
     * The address book over a client.
     *
     * @param client the client, with a token of the contacts-sync secret for writes
     * @return the address book
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code client} is null
     */
    public static Contacts of(WeComClient client) {
        return new Contacts(Checks.notNull(client, "client"));
    }

    /**
     * Departments (部门).
     *
     * @return the department calls
     */
    public Departments departments() {
        return departments;
    }

    /**
     * Members (成员), id conversions, invitations, join QR code and activity statistics.
     *
     * @return the member calls
     */
    public Users users() {
        return users;
    }

    /**
     * Tags (标签) and their members.
     *
     * @return the tag calls
     */
    public Tags tags() {
        return tags;
    }

    /**
     * Asynchronous CSV imports (异步导入): syncuser, replaceuser, replaceparty and their results.
     *
     * @return the batch job calls
     */
    public BatchJobs batchJobs() {
        return batchJobs;
    }

    /**
     * Asynchronous exports (异步导出) and their encrypted result files, downloaded through the client.
     *
     * @return the export calls
     */
    public Exports exports() {
        return exports;
    }

    @Override
    public String toString() {
        return "Contacts[" + client + "]";
    }
}
