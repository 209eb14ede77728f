package io.github.wecomsdk.examples;

import io.github.wecomsdk.contacts.external.CustomerRelation;
import io.github.wecomsdk.contacts.external.ExternalContacts;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeExternalContacts;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes every customer of every member who has customers to a CSV file, one line per member-customer
 * pair, reading {@code batch/get_by_user} page by page as the file is written (never the whole list in
 * memory). Columns: {@code userid, external_userid, name, type, remark, tag_ids}.
 *
 * <p>With {@code WECOM_CORP_ID} and {@code WECOM_SECRET} (the customer-contact secret) in the
 * environment it exports your corp; without them, a fake corp of 3 members and 250 customers.
 */
public final class CustomerExport {

    private CustomerExport() {}

    /**
     * Exports every customer relation to a CSV file.
     *
     * @param client a client whose secret may read customers
     * @param file   the CSV file to write (replaced)
     * @return how many lines were written, the header not counted
     * @throws UncheckedIOException if the file cannot be written
     * @throws io.github.wecomsdk.core.WeComException if a call fails; the file then holds what came before
     */
    public static long export(WeComClient client, Path file) {
        ExternalContacts external = ExternalContacts.of(client);
        List<String> followUsers = external.customers().listFollowUsers().toList();
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("userid,external_userid,name,type,remark,tag_ids\n");
            if (followUsers.isEmpty()) {
                return 0;
            }
            for (CustomerRelation relation : external.customers().listByUsers(followUsers)) {
                out.write(String.join(
                        ",",
                        csv(relation.followInfo().userId()),
                        csv(relation.externalContact().externalUserId()),
                        csv(relation.externalContact().name()),
                        Integer.toString(relation.externalContact().type()),
                        csv(relation.followInfo().remark()),
                        csv(String.join(";", relation.followInfo().tagId()))));
                out.write('\n');
                lines++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        return lines;
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /**
     * Runs the example, writing {@code customers.csv} in the working directory.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.getenv(), Path.of("customers.csv"), System.out);
    }

    /**
     * Runs the example.
     *
     * @param env  where to read {@code WECOM_CORP_ID}, {@code WECOM_SECRET}, {@code WECOM_BASE_URL}
     * @param file the CSV file to write
     * @param out  where to print
     */
    public static void run(Map<String, String> env, Path file, PrintStream out) {
        if (env.get("WECOM_CORP_ID") != null && env.get("WECOM_SECRET") != null) {
            WeComClient.Builder builder =
                    WeComClient.builder().corpId(env.get("WECOM_CORP_ID")).secret(env.get("WECOM_SECRET"));
            if (env.get("WECOM_BASE_URL") != null) {
                builder.baseUrl(env.get("WECOM_BASE_URL"));
            }
            report(export(builder.build(), file), file, out);
            return;
        }
        try (FakeWeCom wecom = FakeWeCom.start()) {
            wecom.addUser("zhangsan", "张三").addUser("lisi", "李四").addUser("wangwu", "王五");
            FakeExternalContacts customers = wecom.externalContacts();
            String vip = customers
                    .corpTagIds(customers.addCorpTagGroup("Level", "VIP"))
                    .get(0);
            for (int i = 0; i < 250; i++) {
                String id = String.format("wmCustomer%03d", i);
                customers.addCustomer(id, "Customer " + i).follow(i % 2 == 0 ? "zhangsan" : "lisi", id);
            }
            customers.follow("wangwu", "wmCustomer000").tag("wangwu", "wmCustomer000", vip);
            out.println("FakeWeCom with 3 members and 250 customers at " + wecom.baseUrl());
            report(export(wecom.client(), file), file, out);
            out.println(wecom.callCount("/cgi-bin/externalcontact/batch/get_by_user") + " pages read");
        }
    }

    private static void report(long lines, Path file, PrintStream out) {
        out.println("Exported " + lines + " customer relations to " + file.toAbsolutePath());
    }
}
