package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TagsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Tags tags = Contacts.of(wecom.client()).tags();

    @Test
    void createsTagWithChosenId() {
        wecom.enqueueFixture("fixtures/tags/create.json");
        assertEquals(12, tags.create("UI", 12));
        wecom.takePost("/cgi-bin/tag/create", "{'tagname':'UI','tagid':12}");
    }

    @Test
    void createsTagWithIdPickedByWeCom() {
        wecom.enqueueFixture("fixtures/tags/create.json");
        tags.create("UI");
        wecom.takePost("/cgi-bin/tag/create", "{'tagname':'UI'}");
    }

    @Test
    void renamesTag() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"updated\"}");
        tags.update(12, "UI design");
        wecom.takePost("/cgi-bin/tag/update", "{'tagid':12,'tagname':'UI design'}");
    }

    @Test
    void deletesTag() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"deleted\"}");
        tags.delete(12);
        wecom.takeGet("/cgi-bin/tag/delete", "tagid", "12");
    }

    @Test
    void getsTagMembers() {
        wecom.enqueueFixture("fixtures/tags/get.json");
        TagMembers members = tags.get(12);
        wecom.takeGet("/cgi-bin/tag/get", "tagid", "12");
        assertEquals("乒乓球协会", members.tagName());
        assertEquals("zhangsan", members.users().get(0).userId());
        assertEquals(List.of(2L), members.departmentIds());
    }

    @Test
    void addUsersReturnsPartialFailuresTyped() {
        wecom.enqueueFixture("fixtures/tags/addtagusers.json");
        TagMembersChange change = tags.addMembers(12, List.of("usr1", "usr2", "usr", "ok"), List.of(2L, 4L, 5L));
        wecom.takePost(
                "/cgi-bin/tag/addtagusers", "{'tagid':12,'userlist':['usr1','usr2','usr','ok'],'partylist':[2,4,5]}");
        assertEquals(List.of("usr1", "usr2", "usr"), change.invalidUsers());
        assertEquals(List.of(2L, 4L), change.invalidDepartments());
        assertFalse(change.complete());
    }

    @Test
    void addUsersWithoutInvalidListsIsComplete() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        TagMembersChange change = tags.addUsers(12, "a");
        wecom.takePost("/cgi-bin/tag/addtagusers", "{'tagid':12,'userlist':['a']}");
        assertTrue(change.complete());
    }

    @Test
    void deleteUsersReturnsPartialFailuresTyped() {
        wecom.enqueueFixture("fixtures/tags/deltagusers.json");
        TagMembersChange change = tags.deleteDepartments(12, 2, 4);
        wecom.takePost("/cgi-bin/tag/deltagusers", "{'tagid':12,'partylist':[2,4]}");
        assertEquals(List.of("usr1", "usr2", "usr"), change.invalidUsers());
        assertEquals(List.of(2L, 4L), change.invalidDepartments());
    }

    @Test
    void refusesMemberChangeWithBothListsEmpty() {
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> tags.addMembers(12, List.of(), List.of()));
        assertTrue(e.getMessage().contains("userlist and partylist"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesMoreThanOneThousandUsersPerCall() {
        List<String> ids = IntStream.range(0, 1001).mapToObj(i -> "u" + i).toList();
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> tags.addMembers(1, ids, null));
        assertTrue(e.getMessage().contains("userlist") && e.getMessage().contains("1000"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesTagNameOverThirtyTwoCharacters() {
        assertThrows(WeComValidationException.class, () -> tags.create("x".repeat(33)));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void listsTags() {
        wecom.enqueueFixture("fixtures/tags/list.json");
        assertEquals(
                List.of(new Tag(1, "a", null), new Tag(2, "b", null)),
                tags.list().toList());
        wecom.takeGet("/cgi-bin/tag/list");
    }

    @Test
    void surfacesAllInvalidAsApiException() {
        wecom.enqueueJson("{\"errcode\":40070,\"errmsg\":\"all list invalid\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> tags.addUsers(12, "x"));
        assertEquals(40070, e.errcode());
    }
}
