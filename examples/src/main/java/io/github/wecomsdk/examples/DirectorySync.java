package io.github.wecomsdk.examples;

import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.contacts.Department;
import io.github.wecomsdk.contacts.DepartmentRequest;
import io.github.wecomsdk.contacts.User;
import io.github.wecomsdk.contacts.UserRequest;
import io.github.wecomsdk.contacts.events.ContactEventRoutes;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackHttpHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.testkit.FakeUser;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps a local copy of the address book: a full sync of departments and members, then incremental
 * updates from WeCom's {@code change_contact} callbacks (a member or department created, changed or
 * removed is read again, or dropped). A failed read throws, so the callback handler answers 500 and
 * WeCom delivers the event again.
 *
 * <p>With {@code WECOM_CORP_ID} and {@code WECOM_SECRET} (the contacts-sync secret) in the environment
 * it runs the full sync against your corp and prints the counts. Without them it runs the whole story
 * against the embedded {@link FakeWeCom}, whose API writes emit the events a real corp would.
 */
public final class DirectorySync {

    private final Contacts contacts;
    private final ConcurrentMap<Long, Department> departments = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, User> users = new ConcurrentHashMap<>();

    /**
     * A sync over a client whose secret may read the address book.
     *
     * @param client the client
     */
    public DirectorySync(WeComClient client) {
        this.contacts = Contacts.of(client);
    }

    /**
     * Reads every department and every member (from the root down), replacing the local copy.
     *
     * @throws io.github.wecomsdk.core.WeComException if a read fails; the copy is then incomplete
     */
    public void fullSync() {
        Map<Long, Department> freshDepartments = new TreeMap<>();
        for (Department department : contacts.departments().list()) {
            freshDepartments.put(department.id(), department);
        }
        Map<String, User> freshUsers = new TreeMap<>();
        for (User user : contacts.users().list(1, true)) {
            freshUsers.put(user.userId(), user);
        }
        departments.clear();
        departments.putAll(freshDepartments);
        users.clear();
        users.putAll(freshUsers);
    }

    /**
     * Adds the incremental updates to a router: each change re-reads what changed.
     *
     * @param routes the contact routes of the callback router
     * @return the same routes
     */
    public ContactEventRoutes listenTo(ContactEventRoutes routes) {
        return routes.onUserCreated(e -> refreshUser(e.user().userId()))
                .onUserUpdated(e -> {
                    if (e.newUserId() != null && !e.newUserId().equals(e.user().userId())) {
                        users.remove(e.user().userId());
                        refreshUser(e.newUserId());
                    } else {
                        refreshUser(e.user().userId());
                    }
                })
                .onUserDeleted(e -> users.remove(e.userId()))
                .onDepartmentCreated(e -> refreshDepartment(e.id()))
                .onDepartmentUpdated(e -> refreshDepartment(e.id()))
                .onDepartmentDeleted(e -> departments.remove(e.id()));
    }

    private void refreshUser(String userId) {
        try {
            users.put(userId, contacts.users().get(userId));
        } catch (WeComApiException e) {
            if (e.errcode() != 60111) {
                throw e;
            }
            users.remove(userId);
        }
    }

    private void refreshDepartment(long id) {
        departments.put(id, contacts.departments().get(id));
    }

    /**
     * The local copy of the members, by userid.
     *
     * @return a sorted snapshot
     */
    public Map<String, User> users() {
        return new TreeMap<>(users);
    }

    /**
     * The local copy of the departments, by id.
     *
     * @return a sorted snapshot
     */
    public Map<Long, Department> departments() {
        return new TreeMap<>(departments);
    }

    /**
     * Runs the example: against your corp with {@code WECOM_CORP_ID} and {@code WECOM_SECRET} set,
     * otherwise against the fake.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), System.out);
    }

    /**
     * Runs the example.
     *
     * @param env the environment to read {@code WECOM_CORP_ID}, {@code WECOM_SECRET} and
     *            {@code WECOM_BASE_URL} from
     * @param out where to print
     */
    public static void run(Map<String, String> env, PrintStream out) {
        if (env.get("WECOM_CORP_ID") != null && env.get("WECOM_SECRET") != null) {
            WeComClient.Builder builder =
                    WeComClient.builder().corpId(env.get("WECOM_CORP_ID")).secret(env.get("WECOM_SECRET"));
            if (env.get("WECOM_BASE_URL") != null) {
                builder.baseUrl(env.get("WECOM_BASE_URL"));
            }
            DirectorySync sync = new DirectorySync(builder.build());
            sync.fullSync();
            out.println("Full sync: " + sync.departments().size() + " departments, "
                    + sync.users().size() + " members");
            return;
        }
        String token = "syncToken";
        String aesKey = "DirectorySyncEncodingAesKey0123456789abcdef";
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addDepartment(2, "Sales", 1).addDepartment(3, "East", 2);
            wecom.addUser(FakeUser.builder("zhangsan", "张三")
                    .mobile("13800000001")
                    .departments(2)
                    .position("Lead")
                    .build());
            wecom.addUser(FakeUser.builder("lisi", "李四")
                    .mobile("13800000002")
                    .departments(3)
                    .build());
            DirectorySync sync = new DirectorySync(wecom.client());
            sync.fullSync();
            out.println("1. Full sync: " + sync.departments().size() + " departments, "
                    + sync.users().size() + " members");

            CallbackRouter router = sync.listenTo(ContactEventRoutes.into(CallbackRouter.builder()))
                    .build();
            HttpServer endpoint =
                    listen(CallbackHandler.builder(new CallbackCrypto(token, aesKey, wecom.corpId()), router)
                            .build());
            try {
                wecom.callbacks()
                        .register("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/callback", token, aesKey);
                Contacts admin = Contacts.of(wecom.client());
                long west = admin.departments()
                        .create(DepartmentRequest.create("West", 2).build());
                admin.users()
                        .create(UserRequest.builder("wangwu")
                                .name("王五")
                                .mobile("13800000003")
                                .department(west)
                                .build());
                admin.users()
                        .update(UserRequest.builder("zhangsan")
                                .position("Director")
                                .build());
                admin.users().delete("lisi");
                wecom.callbacks().awaitEmitted(Duration.ofSeconds(30));
                out.println("2. Changes made in WeCom: department West, member wangwu added, zhangsan promoted,"
                        + " lisi removed");
                out.println("3. After " + wecom.callbacks().events().size() + " change_contact events: "
                        + sync.departments().size() + " departments, "
                        + sync.users().size() + " members "
                        + sync.users().keySet() + ", zhangsan is "
                        + sync.users().get("zhangsan").position());
                boolean same = sync.users().keySet().equals(new java.util.TreeSet<>(wecom.userIds()))
                        && sync.departments().keySet().stream()
                                .allMatch(id -> wecom.department(id).isPresent())
                        && sync.departments().size()
                                == Contacts.of(wecom.client()).departments().list().stream()
                                        .count();
                out.println("4. Local copy equals WeCom's: " + same);
            } finally {
                endpoint.stop(0);
            }
        }
    }

    private static HttpServer listen(CallbackHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/callback", new CallbackHttpHandler(handler));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
