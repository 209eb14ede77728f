package io.github.wecomsdk.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Agents agents = Apps.of(wecom.client()).agents();

    @Test
    void getDecodesWeComsSampleCompletely() {
        wecom.enqueueFixture("fixtures/apps/agent-get.json");

        Agent agent = agents.get(1000005);

        wecom.takeGet("/cgi-bin/agent/get", "agentid", "1000005");
        assertEquals(1000005L, agent.agentId());
        assertEquals("HR助手", agent.name());
        assertEquals(
                "https://p.qlogo.cn/bizmail/FicwmI50icF8GH9ib7rUAYR5kicLTgP265naVFQKnleqSlRhiaBx7QA9u7Q/0",
                agent.squareLogoUrl());
        assertEquals("HR服务与员工自助平台", agent.description());
        assertEquals(
                List.of("zhangshan", "lisi"),
                agent.allowedUsers().users().stream().map(AllowedUser::userId).toList());
        assertEquals(List.of(1L), agent.allowedDepartments().departmentIds());
        assertEquals(List.of(1L, 2L, 3L), agent.allowedTags().tagIds());
        assertEquals(0, agent.close());
        assertFalse(agent.closed());
        assertEquals("open.work.weixin.qq.com", agent.redirectDomain());
        assertEquals(0, agent.reportLocationFlag());
        assertFalse(agent.reportsLocation());
        assertEquals(0, agent.isReportEnter());
        assertFalse(agent.reportsEnter());
        assertEquals("https://open.work.weixin.qq.com", agent.homeUrl());
        assertEquals(1, agent.customizedPublishStatus());
        assertEquals(Optional.of(CustomizedPublishStatus.IN_DEVELOPMENT), agent.publishStatus());
        assertEquals(Map.of(), agent.otherFields());
        assertEquals(
                new VisibleRange(Set.of("zhangshan", "lisi"), Set.of(1L), Set.of(1L, 2L, 3L)), agent.visibleRange());
    }

    @Test
    void getWithoutAnAgentIdUsesTheClientsOwnApp() {
        wecom.enqueueFixture("fixtures/apps/agent-get.json");

        agents.get();

        wecom.takeGet("/cgi-bin/agent/get", "agentid", Long.toString(MockWeCom.AGENT_ID));
    }

    @Test
    void getWithoutAnAgentIdRefusesAClientWithoutOneInsteadOfGuessing() {
        Apps bare = Apps.of(WeComClient.builder()
                .corpId(MockWeCom.CORP_ID)
                .secret(MockWeCom.SECRET)
                .baseUrl(wecom.baseUrl())
                .build());

        assertTrue(
                assertThrows(WeComValidationException.class, () -> bare.agents().get())
                        .getMessage()
                        .contains("agentId"));
        assertThrows(WeComValidationException.class, () -> bare.menus().get());
        assertThrows(WeComValidationException.class, () -> bare.workbench().getTemplate());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void missingFieldsAndNewFieldsNeverBreakDecoding() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"agentid\":1013699173317,\"name\":\"x\","
                + "\"close\":1,\"isreportenter\":1,\"report_location_flag\":1,\"customized_publish_status\":9,"
                + "\"new_flag\":true}");

        Agent agent = agents.get(1013699173317L);

        assertEquals(1013699173317L, agent.agentId());
        assertTrue(agent.closed());
        assertTrue(agent.reportsEnter());
        assertTrue(agent.reportsLocation());
        assertEquals(Optional.of(CustomizedPublishStatus.UNKNOWN), agent.publishStatus());
        assertEquals(9, agent.customizedPublishStatus());
        assertEquals(List.of(), agent.allowedUsers().users());
        assertEquals(List.of(), agent.allowedDepartments().departmentIds());
        assertEquals(Map.of("new_flag", true), agent.otherFields());
    }

    @Test
    void publishStatusIsEmptyForAppsThatAreNotDevelopedOnBehalf() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"agentid\":1000002,\"name\":\"x\"}");

        assertEquals(Optional.empty(), agents.get(1000002).publishStatus());
    }

    @Test
    void listDecodesWeComsSampleWithOneRequestPerIteration() {
        wecom.enqueueFixture("fixtures/apps/agent-list.json");

        PagedIterable<AgentSummary> list = agents.list();
        assertEquals(0, wecom.pendingRequests());
        List<AgentSummary> apps = list.toList();

        wecom.takeGet("/cgi-bin/agent/list");
        assertEquals(1, apps.size());
        assertEquals(1000005L, apps.get(0).agentId());
        assertEquals("HR助手", apps.get(0).name());
        assertTrue(apps.get(0).squareLogoUrl().startsWith("https://p.qlogo.cn/"));
    }

    @Test
    void listThrowsErrcodesDuringIterationWithTheTrustedIpHint() {
        wecom.enqueueJson("{\"errcode\":60020,\"errmsg\":\"not allow to access from your ip\"}");

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> agents.list().toList());

        assertEquals(60020, e.errcode());
        assertTrue(e.getMessage().contains("企业可信IP"), e.getMessage());
        wecom.takeGet("/cgi-bin/agent/list");
    }

    @Test
    void updateSendsOnlyTheFieldsTheCallerSet() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        agents.update(
                1000005,
                AgentUpdateRequest.builder()
                        .homeUrl("https://open.work.weixin.qq.com")
                        .reportEnter(false)
                        .build());

        wecom.takePost(
                "/cgi-bin/agent/set",
                "{'agentid':1000005,'isreportenter':0,'home_url':'https://open.work.weixin.qq.com'}");
    }

    @Test
    void updateSendsEveryFieldOfWeComsSample() {
        wecom.enqueueFixture("fixtures/apps/ok.json");

        agents.update(AgentUpdateRequest.builder()
                .reportLocation(false)
                .logoMediaId("j5Y8X5yocspvBHcgXMSS6z1Cn9RQKREEJr4ecgLHi4YHOYP-plvom-yD9zNI0vEl")
                .name("财经助手")
                .description("内部财经服务平台")
                .redirectDomain("open.work.weixin.qq.com")
                .reportEnter(false)
                .homeUrl("https://open.work.weixin.qq.com")
                .build());

        wecom.takePost(
                "/cgi-bin/agent/set",
                "{'agentid':1000002,'report_location_flag':0,"
                        + "'logo_mediaid':'j5Y8X5yocspvBHcgXMSS6z1Cn9RQKREEJr4ecgLHi4YHOYP-plvom-yD9zNI0vEl',"
                        + "'name':'财经助手','description':'内部财经服务平台','redirect_domain':'open.work.weixin.qq.com',"
                        + "'isreportenter':0,'home_url':'https://open.work.weixin.qq.com'}");
    }

    @Test
    void updateRefusesWeComsLimitsBeforeSending() {
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> AgentUpdateRequest.builder().description("abc").build())
                .getMessage()
                .contains("description must be 4 to 120 characters; got 3"));
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> AgentUpdateRequest.builder().name("x".repeat(33)).build())
                .getMessage()
                .contains("name may be at most 32 characters"));
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> AgentUpdateRequest.builder()
                                .homeUrl("open.work.weixin.qq.com")
                                .build())
                .getMessage()
                .contains("home_url must start with http:// or https://"));
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> AgentUpdateRequest.builder()
                                .redirectDomain("https://a.example.com/x")
                                .build())
                .getMessage()
                .contains("redirect_domain is a domain"));
        assertTrue(assertThrows(
                        WeComValidationException.class,
                        () -> AgentUpdateRequest.builder().build())
                .getMessage()
                .contains("at least one setting"));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void anotherAppsTokenSaysToUseThisAppsSecret() {
        wecom.enqueueJson("{\"errcode\":301002,\"errmsg\":\"not allow operate another agent with this accesstoken.,"
                + " hint: [1700000000_1_abc], from ip: 1.2.3.4\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> agents.get(1000005));

        assertEquals(301002, e.errcode());
        assertEquals("/cgi-bin/agent/get", e.path());
        assertEquals("1700000000_1_abc", e.hint());
        assertTrue(e.getMessage().contains("use this app's secret"), e.getMessage());
        assertTrue(e.getMessage().contains("agentid 1000005"), e.getMessage());
        assertTrue(e.getMessage().contains("app " + MockWeCom.AGENT_ID), e.getMessage());
        assertFalse(e.getMessage().contains(MockWeCom.SECRET));
    }

    @Test
    void untrustedIpSaysWhereToAddIt() {
        wecom.enqueueJson("{\"errcode\":60020,\"errmsg\":\"not allow to access from your ip\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> agents.get(1000002));

        assertEquals(60020, e.errcode());
        assertTrue(e.getMessage().contains("trusted IPs"), e.getMessage());
        assertTrue(e.getMessage().contains("企业可信IP"), e.getMessage());
    }

    @Test
    void unverifiedRedirectDomainSaysHowToVerifyIt() {
        wecom.enqueueJson("{\"errcode\":85005,\"errmsg\":\"domain not verified\"}");

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> agents.update(AgentUpdateRequest.builder()
                        .redirectDomain("hr.example.com")
                        .build()));

        assertEquals(85005, e.errcode());
        assertTrue(e.getMessage().contains("ownership check"), e.getMessage());
        wecom.takePost("/cgi-bin/agent/set", "{'agentid':1000002,'redirect_domain':'hr.example.com'}");
    }

    @Test
    void otherErrcodesPassThroughUnchanged() {
        wecom.enqueueJson("{\"errcode\":40056,\"errmsg\":\"invalid agentid\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> agents.get(42));

        assertEquals(40056, e.errcode());
        assertFalse(e.getMessage().contains("use this app's secret"));
    }
}
