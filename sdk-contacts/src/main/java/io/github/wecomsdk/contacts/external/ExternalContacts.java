package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Customer contact (客户联系): customers, corp tags, contact ways, customer groups, transfers, mass and
 * welcome messages, statistics.
 *
 * <pre>{@code
 * ExternalContacts external = ExternalContacts.of(client);
 * List<String> members = external.customers().listFollowUsers().toList();
 * for (CustomerRelation relation : external.customers().listByUsers(members)) {
 *     System.out.println(relation.externalContact().name());
 * }
 * }</pre>
 *
 * <p>Use a client whose secret belongs to a self-built app configured under 「客户联系 → 可调用接口的应用」;
 * answers cover only members in that app's visibility. Immutable and thread-safe.
 */
public final class ExternalContacts {

    private final WeComClient client;
    private final Customers customers;
    private final CorpTags corpTags;
    private final ContactWays contactWays;
    private final GroupChats groupChats;
    private final Transfers transfers;
    private final GroupMessages groupMessages;
    private final Welcomes welcomes;
    private final Statistics statistics;

    private ExternalContacts(WeComClient client) {
        this.client = client;
        this.customers = new Customers(client);
        this.corpTags = new CorpTags(client);
        this.contactWays = new ContactWays(client);
        this.groupChats = new GroupChats(client);
        this.transfers = new Transfers(client);
        this.groupMessages = new GroupMessages(client);
        this.welcomes = new Welcomes(client);
        this.statistics = new Statistics(client);
    }

    /**
     * Customer contact over a client.
     *
     * @param client the client, with a customer-contact capable secret
     * @return the customer-contact calls
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code client} is null
     */
    public static ExternalContacts of(WeComClient client) {
        return new ExternalContacts(Checks.notNull(client, "client"));
    }

    /**
     * Customers, follow-up members and remarks.
     *
     * @return the customer calls
     */
    public Customers customers() {
        return customers;
    }

    /**
     * Corp customer tags.
     *
     * @return the corp tag calls
     */
    public CorpTags corpTags() {
        return corpTags;
    }

    /**
     * 「联系我」 contact ways and temporary chats.
     *
     * @return the contact way calls
     */
    public ContactWays contactWays() {
        return contactWays;
    }

    /**
     * Customer groups.
     *
     * @return the customer group calls
     */
    public GroupChats groupChats() {
        return groupChats;
    }

    /**
     * Customer and group transfers.
     *
     * @return the transfer calls
     */
    public Transfers transfers() {
        return transfers;
    }

    /**
     * Mass messages to customers and groups.
     *
     * @return the mass message calls
     */
    public GroupMessages groupMessages() {
        return groupMessages;
    }

    /**
     * Welcome messages and group welcome templates.
     *
     * @return the welcome calls
     */
    public Welcomes welcomes() {
        return welcomes;
    }

    /**
     * Customer-contact statistics.
     *
     * @return the statistics calls
     */
    public Statistics statistics() {
        return statistics;
    }

    @Override
    public String toString() {
        return "ExternalContacts[" + client + "]";
    }
}
