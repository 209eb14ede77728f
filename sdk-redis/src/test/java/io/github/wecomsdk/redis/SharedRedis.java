package io.github.wecomsdk.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One local Redis for the tests of a class, started before the first and stopped after the last. */
abstract class SharedRedis {

    static LocalRedis server;

    @BeforeAll
    static void startRedis() {
        server = LocalRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }
}
