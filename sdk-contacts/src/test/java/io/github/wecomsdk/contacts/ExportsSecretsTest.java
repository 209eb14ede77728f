package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/** The export key and the signed file links never reach a log line, a message or a toString(). */
class ExportsSecretsTest {

    private static final String KEY = "IJUiXNpvGbODwKEBSEsAeOAPAhkqHqNCF6g19t9wfg2";
    private static final String SIGNATURE = "SIGq7Zp0never-in-logs";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    @RegisterExtension
    final MockWeCom fileHost = new MockWeCom();

    private final Exports exports = Contacts.of(wecom.client()).exports();

    @AfterEach
    void close() {
        CapturedLogs.setLevel(Level.INFO);
    }

    private String signedUrl(int file) {
        return fileHost.baseUrl() + "export/file" + file + "?q-sign-algorithm=sha1&q-signature=" + SIGNATURE + "&sign="
                + SIGNATURE;
    }

    private static void assertClean(String text) {
        assertFalse(text.contains(KEY), text);
        assertFalse(text.contains(SIGNATURE), text);
        MockWeCom.assertNoSecret(text);
    }

    @Test
    void debugLogsOfAWholeExportShowNeitherTheKeyNorTheSignedLinks() {
        List<String> logs = runAnExportWhoseDownloadFails(Level.DEBUG);
        assertTrue(String.join("\n", logs).contains("/export/file0"), "the download was logged");
        logs.forEach(ExportsSecretsTest::assertClean);
    }

    @Test
    void traceLogsOfAWholeExportNeverShowTheKey() {
        // TRACE also prints WeCom's answers; masking a link's signature inside an answer body is core's
        // Redaction's job (it masks by field name only), so only the key and the token are asserted here.
        for (String line : runAnExportWhoseDownloadFails(Level.TRACE)) {
            assertFalse(line.contains(KEY), line);
            MockWeCom.assertNoSecret(line);
        }
    }

    private List<String> runAnExportWhoseDownloadFails(Level level) {
        CapturedLogs.setLevel(level);
        CapturedLogs.clear();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"jobid\":\"job1\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"status\":2,\"data_list\":[{\"url\":\"" + signedUrl(0)
                + "\",\"size\":32,\"md5\":\"m\"}]}");
        fileHost.enqueue(new MockResponse.Builder().code(403).body("expired").build());

        assertEquals("job1", exports.users(KEY));
        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains(KEY), "the key itself is sent to WeCom");
        ExportResult result = exports.get("job1");
        try (Stream<User> users = exports.readUsers(result, KEY)) {
            WeComException e = assertThrows(WeComException.class, users::toList);
            assertClean(e.getMessage());
            assertClean(String.valueOf(e.getCause()));
        }
        assertTrue(fileHost.takeRequest().getUrl().toString().contains(SIGNATURE), "the link is used as given");
        assertTrue(CapturedLogs.text().contains("/cgi-bin/export/user"), "the calls were logged");
        return CapturedLogs.lines();
    }

    @Test
    void toStringsOfResultsAndServicesShowNeitherTheKeyNorTheSignedLinks() {
        ExportResult result = new ExportResult(
                2,
                List.of(new ExportFile(signedUrl(0), 32, "m", null), new ExportFile(signedUrl(1), 64, "n", null)),
                null);
        assertClean(result.toString());
        assertClean(result.dataList().get(0).toString());
        assertTrue(result.toString().contains("/export/file1"), result.toString());
        assertClean(exports.toString());
    }

    @Test
    void anErrorAnsweringTheExportStartDoesNotEchoTheKey() {
        wecom.enqueueJson(
                "{\"errcode\":60011,\"errmsg\":\"no privilege to access/modify contact/party/agent, hint: [1700000000_1]\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> exports.simpleUsers(KEY));
        assertEquals(60011, e.errcode());
        assertClean(e.getMessage());
    }
}
