package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchJobsTest {

    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final BatchJobs jobs = Contacts.of(wecom.client()).batchJobs();

    @Test
    void syncUsersSendsMediaInviteAndCallback() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        String job = jobs.syncUsers(BatchJobRequest.builder("xxxxxx")
                .toInvite(true)
                .callback(new BatchJobCallback("https://h.example/cb", "tok", AES_KEY))
                .build());
        assertEquals("xxxxx", job);
        wecom.takePost(
                "/cgi-bin/batch/syncuser",
                "{'media_id':'xxxxxx','to_invite':true,"
                        + "'callback':{'url':'https://h.example/cb','token':'tok','encodingaeskey':'" + AES_KEY
                        + "'}}");
    }

    @Test
    void replaceUsersWithoutCallback() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        jobs.replaceUsers(BatchJobRequest.builder("m1").toInvite(false).build());
        wecom.takePost("/cgi-bin/batch/replaceuser", "{'media_id':'m1','to_invite':false}");
    }

    @Test
    void replaceDepartmentsSendsOnlyTheMediaId() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        jobs.replaceDepartments("m2");
        wecom.takePost("/cgi-bin/batch/replaceparty", "{'media_id':'m2'}");
    }

    @Test
    void getDecodesMemberRows() {
        wecom.enqueueFixture("fixtures/batch/getresult-users.json");
        BatchJobResult result = jobs.get("xxxxx");
        wecom.takeGet("/cgi-bin/batch/getresult", "jobid", "xxxxx");
        assertTrue(result.done());
        assertEquals(JobStatus.DONE, result.statusType());
        assertEquals("sync_user", result.type());
        assertEquals(60104, result.result().get(1).errcode());
        assertEquals("wangwu", result.result().get(1).userId());
    }

    @Test
    void getDecodesDepartmentRows() {
        wecom.enqueueFixture("fixtures/batch/getresult-party.json");
        BatchJobResult result = jobs.get("j");
        assertEquals(6, result.result().get(1).action());
        assertEquals(3L, result.result().get(1).departmentId());
    }

    @Test
    void callbackSecretsStayOutOfToString() {
        String text = new BatchJobCallback("https://h.example/cb", "tok-secret", AES_KEY).toString();
        assertFalse(text.contains("tok-secret"), text);
        assertFalse(text.contains(AES_KEY), text);
    }

    @Test
    void refusesBlankMediaId() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> jobs.syncUsers(" "));
        assertTrue(e.getMessage().contains("media_id"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesCleanedUpJobAsApiException() {
        wecom.enqueueJson("{\"errcode\":40089,\"errmsg\":\"job result expired\"}");
        assertEquals(
                40089,
                assertThrows(WeComApiException.class, () -> jobs.get("old")).errcode());
    }

    @Test
    void replaceDepartmentsRefusesToInviteBeforeAnyRequest() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> jobs.replaceDepartments(
                        BatchJobRequest.builder("m2").toInvite(true).build()));
        assertTrue(e.getMessage().contains("to_invite"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void syncUsersWithDefaultsSendsOnlyTheMediaId() {
        wecom.enqueueFixture("fixtures/batch/job.json");
        jobs.syncUsers("m3");
        wecom.takePost("/cgi-bin/batch/syncuser", "{'media_id':'m3'}");
    }

    @Test
    void requestToStringKeepsTheCallbackSecretsOut() {
        String text = BatchJobRequest.builder("m")
                .callback(new BatchJobCallback("https://h.example/cb", "tok-secret", AES_KEY))
                .build()
                .toString();
        assertFalse(text.contains("tok-secret"), text);
        assertFalse(text.contains(AES_KEY), text);
    }
}
