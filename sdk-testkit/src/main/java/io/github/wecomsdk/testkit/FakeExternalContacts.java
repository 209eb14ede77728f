package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.ExternalCommon.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake corp's customers ("external contacts") and everything around them, served under
 * {@code /cgi-bin/externalcontact/}: follow users, customers with their follow info and tags
 * ({@code get}, {@code list}, {@code batch/get_by_user} with cursors, {@code remark}), corp tags
 * ({@code get_corp_tag_list}, {@code add/edit/del_corp_tag}, {@code mark_tag}), "contact me" ways,
 * customer group chats, transfers of customers and group chats (on-job and resigned, with their results
 * and the unassigned list), welcome messages and group welcome templates, group messages
 * ({@code add_msg_template} and the three result lists) and statistics.
 *
 * <p>Get it from {@link FakeWeCom#externalContacts()}; seed it with the {@code add...} methods and read
 * what the code under test did with the other methods. Unknown members answer 60111, a customer a
 * member does not follow 84061, unknown tags 40068, unknown "contact me" configs 41044, unknown group
 * messages 41047, used or unknown welcome codes 41050, as WeCom does. Transfers wait for
 * {@link #completeTransfers()} (WeCom takes up to 24 hours). Thread-safe: every method holds the fake's
 * lock.
 */
public final class FakeExternalContacts {

    private final Object lock;
    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final ExternalCorpTags corpTags;
    private final ExternalContactWays contactWays;
    private final ExternalGroupChats groupChats;
    private final ExternalTransfers transfers;
    private final ExternalWelcomes welcomes;
    private final ExternalGroupMessages groupMessages;
    private final ExternalStatistics statistics;

    FakeExternalContacts(Object lock, Directory directory, Clock clock) {
        this.lock = lock;
        this.common = new ExternalCommon(directory, clock);
        this.customers = new ExternalCustomers(common);
        this.corpTags = new ExternalCorpTags(common, customers);
        this.contactWays = new ExternalContactWays(common, customers);
        this.groupChats = new ExternalGroupChats(common, customers);
        this.transfers = new ExternalTransfers(common, customers, groupChats);
        this.welcomes = new ExternalWelcomes(common, customers);
        this.groupMessages = new ExternalGroupMessages(common, customers, groupChats);
        this.statistics = new ExternalStatistics(common, customers, groupChats);
    }

    /** Every {@code externalcontact/} route, by path, answered by the family it belongs to. */
    Map<String, FakeRoute> routes() {
        Map<String, FakeRoute> routes = new LinkedHashMap<>();
        String p = "/cgi-bin/externalcontact/";
        routes.put(p + "get_follow_user_list", FakeRoute.get(customers::followUserList));
        routes.put(p + "list", FakeRoute.get(customers::list));
        routes.put(p + "get", FakeRoute.get(customers::get));
        routes.put(p + "batch/get_by_user", FakeRoute.post(customers::byUser));
        routes.put(p + "remark", FakeRoute.post(customers::remark));
        routes.put(p + "get_corp_tag_list", FakeRoute.post(corpTags::corpTagList));
        routes.put(p + "add_corp_tag", FakeRoute.post(corpTags::addCorpTag));
        routes.put(p + "edit_corp_tag", FakeRoute.post(corpTags::editCorpTag));
        routes.put(p + "del_corp_tag", FakeRoute.post(corpTags::deleteCorpTag));
        routes.put(p + "mark_tag", FakeRoute.post(corpTags::markTag));
        routes.put(p + "add_contact_way", FakeRoute.post(contactWays::addContactWay));
        routes.put(p + "get_contact_way", FakeRoute.post(contactWays::getContactWay));
        routes.put(p + "list_contact_way", FakeRoute.post(contactWays::listContactWays));
        routes.put(p + "update_contact_way", FakeRoute.post(contactWays::updateContactWay));
        routes.put(p + "del_contact_way", FakeRoute.post(contactWays::deleteContactWay));
        routes.put(p + "close_temp_chat", FakeRoute.post(contactWays::closeTempChat));
        routes.put(p + "groupchat/list", FakeRoute.post(groupChats::groupChatList));
        routes.put(p + "groupchat/get", FakeRoute.post(groupChats::groupChatGet));
        routes.put(p + "opengid_to_chatid", FakeRoute.post(groupChats::opengidToChatid));
        routes.put(p + "transfer_customer", FakeRoute.post(r -> transfers.transferCustomers(r, false)));
        routes.put(p + "resigned/transfer_customer", FakeRoute.post(r -> transfers.transferCustomers(r, true)));
        routes.put(p + "transfer_result", FakeRoute.post(r -> transfers.transferResult(r, false)));
        routes.put(p + "resigned/transfer_result", FakeRoute.post(r -> transfers.transferResult(r, true)));
        routes.put(p + "get_unassigned_list", FakeRoute.post(transfers::unassigned));
        routes.put(p + "groupchat/transfer", FakeRoute.post(r -> transfers.transferGroupChats(r, true)));
        routes.put(p + "groupchat/onjob_transfer", FakeRoute.post(r -> transfers.transferGroupChats(r, false)));
        routes.put(p + "send_welcome_msg", FakeRoute.post(welcomes::sendWelcome));
        routes.put(p + "group_welcome_template/add", FakeRoute.post(welcomes::addWelcomeTemplate));
        routes.put(p + "group_welcome_template/edit", FakeRoute.post(welcomes::editWelcomeTemplate));
        routes.put(p + "group_welcome_template/get", FakeRoute.post(welcomes::getWelcomeTemplate));
        routes.put(p + "group_welcome_template/del", FakeRoute.post(welcomes::deleteWelcomeTemplate));
        routes.put(p + "add_msg_template", FakeRoute.post(groupMessages::addMsgTemplate));
        routes.put(p + "get_groupmsg_list_v2", FakeRoute.post(groupMessages::groupMsgList));
        routes.put(p + "get_groupmsg_task", FakeRoute.post(groupMessages::groupMsgTasks));
        routes.put(p + "get_groupmsg_send_result", FakeRoute.post(groupMessages::groupMsgSendResults));
        routes.put(p + "get_user_behavior_data", FakeRoute.post(statistics::behaviorData));
        routes.put(p + "groupchat/statistic", FakeRoute.post(statistics::groupChatStatistic));
        return routes;
    }

    void reset() {
        customers.reset();
        corpTags.reset();
        contactWays.reset();
        groupChats.reset();
        transfers.reset();
        welcomes.reset();
        groupMessages.reset();
    }

    /**
     * Copies what seeding can change (customers, follows, corp tags, group chats and the id sequence);
     * running the result puts the copies back.
     */
    Runnable snapshot() {
        List<Runnable> restore =
                List.of(common.snapshot(), customers.snapshot(), corpTags.snapshot(), groupChats.snapshot());
        return () -> restore.forEach(Runnable::run);
    }

    // ---------------------------------------------------------------- seeding (public)

    /**
     * Adds a WeChat customer ({@code type} 1) without a call.
     *
     * @param externalUserid the customer's external_userid
     * @param name           the WeChat name
     * @return this view
     * @throws IllegalArgumentException if the id is blank or taken
     */
    public FakeExternalContacts addCustomer(String externalUserid, String name) {
        ObjectNode contact = NODES.objectNode();
        contact.put("external_userid", externalUserid);
        contact.put("name", name);
        contact.put("type", 1);
        contact.put("gender", 0);
        return addCustomer(contact);
    }

    /**
     * Adds a customer with every field {@code externalcontact/get} shows in {@code external_contact}
     * ({@code external_userid}, {@code name}, {@code type}, {@code avatar}, {@code gender},
     * {@code unionid}, {@code position}, {@code corp_name}, {@code corp_full_name},
     * {@code external_profile}, ...), as WeCom spells them.
     *
     * @param externalContact the customer's fields; {@code external_userid} and {@code name} required
     * @return this view
     * @throws IllegalArgumentException if a required field is missing or the id is taken
     */
    public FakeExternalContacts addCustomer(JsonNode externalContact) {
        synchronized (lock) {
            customers.addCustomer(externalContact);
        }
        return this;
    }

    /**
     * Makes a member follow a customer (the member added them), without a call.
     *
     * @param userid         an existing member
     * @param externalUserid an existing customer
     * @return this view
     * @throws IllegalArgumentException if either is unknown
     */
    public FakeExternalContacts follow(String userid, String externalUserid) {
        ObjectNode info = NODES.objectNode();
        info.put("userid", userid);
        return follow(externalUserid, info);
    }

    /**
     * Makes a member follow a customer with the follow info of your choice, as
     * {@code externalcontact/get} shows it in {@code follow_user} ({@code userid} required;
     * {@code remark}, {@code description}, {@code createtime}, {@code remark_corp_name},
     * {@code remark_mobiles}, {@code add_way}, {@code state}, {@code oper_userid}; tags are set with
     * {@link #tag(String, String, String...)}).
     *
     * @param externalUserid an existing customer
     * @param followInfo     the follow info
     * @return this view
     * @throws IllegalArgumentException if the member or the customer is unknown
     */
    public FakeExternalContacts follow(String externalUserid, JsonNode followInfo) {
        synchronized (lock) {
            customers.follow(externalUserid, followInfo);
        }
        return this;
    }

    /**
     * Adds a member to {@code get_follow_user_list} even before they follow anyone (members with
     * customers are in it already).
     *
     * @param userid an existing member
     * @return this view
     * @throws IllegalArgumentException if the member is unknown
     */
    public FakeExternalContacts addFollowUser(String userid) {
        synchronized (lock) {
            customers.addFollowUser(userid);
        }
        return this;
    }

    /**
     * Adds a corp tag group with its tags, without a call.
     *
     * @param groupName the group's name
     * @param tagNames  the tags' names, in order
     * @return the new group's {@code group_id}; its tags' ids are in {@link #corpTagIds(String)}
     * @throws IllegalArgumentException if a group of that name exists
     */
    public String addCorpTagGroup(String groupName, String... tagNames) {
        synchronized (lock) {
            return corpTags.addGroup(groupName, tagNames);
        }
    }

    /**
     * The ids of a corp tag group's tags, in order.
     *
     * @param groupId the group
     * @return the tag ids, empty for an unknown group
     */
    public List<String> corpTagIds(String groupId) {
        synchronized (lock) {
            return corpTags.tagIds(groupId);
        }
    }

    /**
     * The id of a corp tag by its group's and its own name.
     *
     * @param groupName the group's name
     * @param tagName   the tag's name
     * @return the tag id, or {@code null}
     */
    public String corpTagId(String groupName, String tagName) {
        synchronized (lock) {
            return corpTags.tagId(groupName, tagName);
        }
    }

    /**
     * Tags a customer as seen by one member, without a call ({@code mark_tag}'s effect).
     *
     * @param userid         a member following the customer
     * @param externalUserid the customer
     * @param tagIds         existing corp tag ids
     * @return this view
     * @throws IllegalArgumentException if the member does not follow the customer or a tag is unknown
     */
    public FakeExternalContacts tag(String userid, String externalUserid, String... tagIds) {
        synchronized (lock) {
            corpTags.tag(userid, externalUserid, tagIds);
        }
        return this;
    }

    /**
     * Adds a customer group chat, without a call.
     *
     * @param chatId    the chat id
     * @param name      the chat's name
     * @param owner     the owner, a member
     * @param opengid   the opengid a mini program sees, or {@code null}
     * @param memberIds members (userids of the corp) or customers (external_userids) in the chat
     * @return this view
     * @throws IllegalArgumentException if the chat exists or the owner is unknown
     */
    public FakeExternalContacts addGroupChat(
            String chatId, String name, String owner, String opengid, String... memberIds) {
        synchronized (lock) {
            groupChats.add(chatId, name, owner, opengid, memberIds);
        }
        return this;
    }

    /**
     * A one-time welcome code, as WeCom puts in the {@code add_external_contact} event when a member adds
     * a customer; {@code send_welcome_msg} accepts it once.
     *
     * @param userid         the member
     * @param externalUserid the customer
     * @return the code
     * @throws IllegalArgumentException if the member does not follow the customer
     */
    public String welcomeCode(String userid, String externalUserid) {
        synchronized (lock) {
            return welcomes.issueCode(userid, externalUserid);
        }
    }

    /**
     * Finishes every waiting customer transfer as WeCom does after 24 hours: the customer moves to the
     * taker (status 1, {@code takeover_time} now), keeping remark and tags.
     *
     * @return how many transfers finished
     */
    public int completeTransfers() {
        synchronized (lock) {
            return transfers.completeTransfers();
        }
    }

    /**
     * Marks a group message as sent by one of its senders, as when the member confirms it in the client:
     * the task turns to status 2 and each recipient to status 1.
     *
     * @param msgid  the message's msgid
     * @param userid the sender
     * @throws IllegalArgumentException if the message or the sender's task is unknown
     */
    public void confirmGroupMessage(String msgid, String userid) {
        synchronized (lock) {
            groupMessages.confirm(msgid, userid);
        }
    }

    // ---------------------------------------------------------------- inspection (public)

    /**
     * A customer as {@code externalcontact/get} shows it: {@code external_contact} and every
     * {@code follow_user}.
     *
     * @param externalUserid the customer
     * @return a copy, or empty
     */
    public Optional<JsonNode> customer(String externalUserid) {
        synchronized (lock) {
            return Optional.ofNullable(customers.view(externalUserid));
        }
    }

    /**
     * Every customer's external_userid, in the order they were added.
     *
     * @return a snapshot
     */
    public List<String> customerIds() {
        synchronized (lock) {
            return customers.ids();
        }
    }

    /**
     * The welcome messages accepted by {@code send_welcome_msg}, oldest first: the request body plus
     * {@code userid} and {@code external_userid}.
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> welcomeMessages() {
        synchronized (lock) {
            return welcomes.messages();
        }
    }

    /**
     * The group messages created with {@code add_msg_template}, oldest first: the request body plus
     * {@code msgid}, {@code create_time}, {@code task_list} and {@code send_list}.
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> groupMessages() {
        synchronized (lock) {
            return groupMessages.all();
        }
    }

    /**
     * Every customer and group chat transfer so far, oldest first, as the transfer results show them
     * plus {@code handover_userid}, {@code takeover_userid} and {@code resigned}.
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> transfers() {
        synchronized (lock) {
            return transfers.all();
        }
    }

    /**
     * A "contact me" config as {@code get_contact_way} shows it.
     *
     * @param configId the config id
     * @return a copy, or empty
     */
    public Optional<JsonNode> contactWay(String configId) {
        synchronized (lock) {
            return Optional.ofNullable(contactWays.view(configId));
        }
    }

    /**
     * A customer group chat as {@code groupchat/get} shows it with names.
     *
     * @param chatId the chat id
     * @return a copy, or empty
     */
    public Optional<JsonNode> groupChat(String chatId) {
        synchronized (lock) {
            return Optional.ofNullable(groupChats.view(chatId));
        }
    }

    /**
     * The temporary chats closed with {@code close_temp_chat}, oldest first.
     *
     * @return a snapshot of copies of the request bodies
     */
    public List<JsonNode> closedTempChats() {
        synchronized (lock) {
            return contactWays.closedTempChats();
        }
    }

    /** A short description: counts only. */
    @Override
    public String toString() {
        synchronized (lock) {
            return "FakeExternalContacts[customers=" + customers.count() + ", tagGroups=" + corpTags.groupCount()
                    + ", groupChats=" + groupChats.count() + "]";
        }
    }
}
