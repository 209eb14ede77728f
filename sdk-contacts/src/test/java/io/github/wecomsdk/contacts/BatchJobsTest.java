package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchJobsTest {

    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private final MockWeCom wecom = new MockWeCom();
    private final BatchJobs jobs = Contacts.of(wecom.client()).batchJobs();

    @AfterEach
    void close() {
        wecom.close();
    }

    @Test
    void syncUsersSendsMediaInviteAndCallback() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        String job = jobs.syncUsers("xxxxxx", true, new BatchJobCallback("https://h.example/cb", "tok", AES_KEY));
        assertEquals("xxxxx", job);
        Requests.post(wecom, "/cgi-bin/batch/syncuser", "{'media_id':'xxxxxx','to_invite':true,"
                + "'callback':{'url':'https://h.example/cb','token':'tok','encodingaeskey':'" + AES_KEY + "'}}");
    }

    @Test
    void replaceUsersWithoutCallback() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        jobs.replaceUsers("m1", false, null);
        Requests.post(wecom, "/cgi-bin/batch/replaceuser", "{'media_id':'m1','to_invite':false}");
    }

    @Test
    void replaceParties() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        jobs.replaceParties("m2", null);
        Requests.post(wecom, "/cgi-bin/batch/replaceparty", "{'media_id':'m2'}");
    }

    @Test
    void getResultDecodesMemberRows() {
        wecom.enqueueFixture("fixtures/batch/getresult-users.json");
        BatchJobResult result = jobs.getResult("xxxxx");
        Requests.get(wecom, "/cgi-bin/batch/getresult", "jobid", "xxxxx");
        assertTrue(result.done());
        assertEquals("sync_user", result.type());
        assertEquals(60104, result.result().get(1).errcode());
        assertEquals("wangwu", result.result().get(1).userid());
    }

    @Test
    void getResultDecodesDepartmentRows() {
        wecom.enqueueFixture("fixtures/batch/getresult-party.json");
        BatchJobResult result = jobs.getResult("j");
        assertEquals(6, result.result().get(1).action());
        assertEquals(3L, result.result().get(1).partyid());
    }

    @Test
    void callbackSecretsStayOutOfToString() {
        String text = new BatchJobCallback("https://h.example/cb", "tok-secret", AES_KEY).toString();
        assertFalse(text.contains("tok-secret"), text);
        assertFalse(text.contains(AES_KEY), text);
    }

    @Test
    void refusesBlankMediaId() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> jobs.syncUsers(" ", null,
                null));
        assertTrue(e.getMessage().contains("media_id"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesCleanedUpJobAsApiException() {
        wecom.enqueueJson("{\"errcode\":40089,\"errmsg\":\"job result expired\"}");
        assertEquals(40089, assertThrows(WeComApiException.class, () -> jobs.getResult("old")).errcode());
    }
}
