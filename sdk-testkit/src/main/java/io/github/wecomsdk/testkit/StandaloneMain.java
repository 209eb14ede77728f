package io.github.wecomsdk.testkit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link FakeWeCom} as a program, so services in other languages, or a person with {@code curl},
 * can point their WeCom base URL at it:
 *
 * <pre>
 * mvn -B -q -pl sdk-testkit -am test-compile -Dfakewecom -Dexec.args="--port 8080 --seed corp.json"
 * java -cp "wecom-sdk-testkit.jar:&lt;its dependencies&gt;" io.github.wecomsdk.testkit.StandaloneMain --port 8080
 * </pre>
 *
 * <p>Options: {@code --port N} (default 8080; 0 picks a free one), {@code --seed FILE} (a JSON file in
 * the shape {@link FakeWeCom#seed(String)} describes), {@code --corp-id ID}, {@code --secret SECRET},
 * {@code --agent-id N}. It listens on 127.0.0.1 only and runs until the process is stopped.
 */
public final class StandaloneMain {

    private StandaloneMain() {}

    /**
     * Starts the fake and waits until the process is stopped (Ctrl-C).
     *
     * @param args the options above
     * @throws IllegalArgumentException if an option is unknown or malformed
     * @throws InterruptedException     if the waiting thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        FakeWeCom fake = start(args, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            fake.close();
                            stopped.countDown();
                        },
                        "fake-wecom-shutdown"));
        stopped.await();
    }

    /**
     * Starts the fake as {@link #main(String[])} does and returns it, for a test or an embedding program.
     *
     * @param args the options
     * @param out  where to print where it listens and how to get a token
     * @return the running fake; close it
     * @throws IllegalArgumentException if an option is unknown or malformed
     */
    public static FakeWeCom start(String[] args, PrintStream out) {
        FakeWeCom.Builder builder = FakeWeCom.builder().port(8080);
        Path seed = null;
        boolean defaultSecret = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value; options: --port N, --seed FILE,"
                        + " --corp-id ID, --secret SECRET, --agent-id N");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(number(option, value));
                case "--seed" -> seed = Path.of(value);
                case "--corp-id" -> builder.corpId(value);
                case "--secret" -> {
                    builder.secret(value);
                    defaultSecret = false;
                }
                case "--agent-id" -> builder.agentId(number(option, value));
                default ->
                    throw new IllegalArgumentException("unknown option " + option
                            + "; options: --port N, --seed FILE, --corp-id ID, --secret SECRET, --agent-id N");
            }
        }
        FakeWeCom fake = builder.start();
        if (seed != null) {
            try {
                fake.seed(seed);
            } catch (RuntimeException e) {
                fake.close();
                throw e;
            }
        }
        out.println("FakeWeCom listening on " + fake.baseUrl());
        out.println("  corpid   " + fake.corpId() + ", agentid " + fake.agentId());
        out.println("  secret   "
                + (defaultSecret ? FakeWeCom.DEFAULT_SECRET + " (the default)" : "the one given with --secret"));
        out.println("  token    curl '" + fake.baseUrl() + "/cgi-bin/gettoken?corpid=" + fake.corpId()
                + "&corpsecret=<secret>'");
        out.println("  members  " + fake.userIds().size() + (seed == null ? "" : " (seeded from " + seed + ")"));
        return fake;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number; got " + value);
        }
    }
}
