package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneMainTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return mapper.readTree(response.body());
    }

    @Test
    void startsSeededServesGettokenAndUserGetOverPlainHttpAndStops(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("corp.json");
        Files.writeString(
                seed, "{\"users\": [{\"userid\": \"zhangsan\", \"name\": \"张三\", \"mobile\": \"13800000000\"}]}");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        String baseUrl;
        try (FakeWeCom fake = StandaloneMain.start(
                new String[] {
                    "--port",
                    "0",
                    "--seed",
                    seed.toString(),
                    "--corp-id",
                    "wwstandalone",
                    "--secret",
                    "standalone-secret"
                },
                new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            baseUrl = fake.baseUrl();

            JsonNode token = getJson(baseUrl + "/cgi-bin/gettoken?corpid=wwstandalone&corpsecret=standalone-secret");
            JsonNode user = getJson(baseUrl + "/cgi-bin/user/get?access_token="
                    + token.path("access_token").asText() + "&userid=zhangsan");

            assertEquals(0, token.path("errcode").asInt());
            assertEquals(7200, token.path("expires_in").asInt());
            assertEquals("张三", user.path("name").asText());
            assertEquals("13800000000", user.path("mobile").asText());
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("FakeWeCom listening on " + baseUrl), output);
        assertTrue(!output.contains("standalone-secret"), "the secret given is not printed: " + output);
        assertThrows(
                ConnectException.class,
                () -> http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/cgi-bin/gettoken"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void refusesUnknownOptions() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThrows(IllegalArgumentException.class, () -> StandaloneMain.start(new String[] {"--prot", "1"}, quiet));
        assertThrows(IllegalArgumentException.class, () -> StandaloneMain.start(new String[] {"--port"}, quiet));
    }
}
