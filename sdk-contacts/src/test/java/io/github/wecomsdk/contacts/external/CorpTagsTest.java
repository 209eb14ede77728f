package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CorpTagsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final CorpTags tags = ExternalContacts.of(wecom.client()).corpTags();

    @Test
    void listsTagLibraryFilteredByTagIds() {
        wecom.enqueueFixture("fixtures/corptags/get_corp_tag_list.json");
        List<CorpTagGroup> groups = tags.listByTags(List.of("etXXXXXXXXXX")).toList();
        wecom.takePost("/cgi-bin/externalcontact/get_corp_tag_list", "{'tag_id':['etXXXXXXXXXX']}");
        CorpTagGroup group = groups.get(0);
        assertEquals("TAG_GROUPID1", group.groupId());
        assertEquals(1557838797L, group.createTime());
        assertEquals("NAME2", group.tag().get(1).name());
        assertTrue(group.tag().get(1).deleted());
    }

    @Test
    void listsWholeLibraryWithEmptyBody() {
        wecom.enqueueFixture("fixtures/corptags/get_corp_tag_list.json");
        tags.list().toList();
        wecom.takePost("/cgi-bin/externalcontact/get_corp_tag_list", "{}");
    }

    @Test
    void addsTagsToNewGroup() {
        wecom.enqueueFixture("fixtures/corptags/add_corp_tag.json");
        CorpTagGroup group = tags.create(NewCorpTags.newGroup(
                "GROUP_NAME", 1, List.of(NewCorpTags.NewTag.of("TAG_NAME_1", 1), NewCorpTags.NewTag.of("TAG_NAME_2"))));
        wecom.takePost(
                "/cgi-bin/externalcontact/add_corp_tag",
                "{'group_name':'GROUP_NAME','order':1,"
                        + "'tag':[{'name':'TAG_NAME_1','order':1},{'name':'TAG_NAME_2'}]}");
        assertEquals("TAG_ID2", group.tag().get(1).id());
    }

    @Test
    void addsTagsToExistingGroup() {
        wecom.enqueueFixture("fixtures/corptags/add_corp_tag.json");
        tags.create(NewCorpTags.toGroup("TAG_GROUPID1", List.of(NewCorpTags.NewTag.of("x"))));
        wecom.takePost("/cgi-bin/externalcontact/add_corp_tag", "{'group_id':'TAG_GROUPID1','tag':[{'name':'x'}]}");
    }

    @Test
    void refusesEmptyGroup() {
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> NewCorpTags.newGroup("g", List.of()));
        assertTrue(e.getMessage().contains("tag"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesTagNameOverThirtyCharacters() {
        assertThrows(
                WeComValidationException.class,
                () -> NewCorpTags.newGroup("g", List.of(NewCorpTags.NewTag.of("标".repeat(31)))));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void updatesNameAndOrder() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        tags.update("TAG_ID", "NEW_TAG_NAME", 1);
        wecom.takePost("/cgi-bin/externalcontact/edit_corp_tag", "{'id':'TAG_ID','name':'NEW_TAG_NAME','order':1}");
    }

    @Test
    void deletesTagsAndGroups() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        wecom.enqueueFixture("fixtures/common/ok.json");
        tags.deleteTags("TAG_ID_1", "TAG_ID_2");
        tags.deleteGroups(List.of("GROUP_ID_1"));
        wecom.takePost("/cgi-bin/externalcontact/del_corp_tag", "{'tag_id':['TAG_ID_1','TAG_ID_2']}");
        wecom.takePost("/cgi-bin/externalcontact/del_corp_tag", "{'group_id':['GROUP_ID_1']}");
    }

    @Test
    void refusesDeleteWithNothingNamed() {
        assertThrows(WeComValidationException.class, () -> tags.deleteTags(List.of()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void marksCustomerTags() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        tags.mark("zhangshan", "woAJ2GCAAAd1NPGHKSD4wKmE8Aabj9AAA", List.of("TAGID1", "TAGID2"), List.of("TAGID3"));
        wecom.takePost(
                "/cgi-bin/externalcontact/mark_tag",
                "{'userid':'zhangshan',"
                        + "'external_userid':'woAJ2GCAAAd1NPGHKSD4wKmE8Aabj9AAA','add_tag':['TAGID1','TAGID2'],"
                        + "'remove_tag':['TAGID3']}");
    }

    @Test
    void refusesMarkWithoutTags() {
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> tags.mark("u", "wo", null, List.of()));
        assertTrue(e.getMessage().contains("add_tag"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesTagCapAsApiException() {
        wecom.enqueueJson("{\"errcode\":40144,\"errmsg\":\"customer tag limit\"}");
        assertEquals(
                40144,
                assertThrows(WeComApiException.class, () -> tags.mark("u", "wo", List.of("t"), null))
                        .errcode());
    }

    @Test
    void takesTagAndGroupIdsAsVarargs() {
        wecom.enqueueFixture("fixtures/corptags/get_corp_tag_list.json");
        wecom.enqueueFixture("fixtures/corptags/get_corp_tag_list.json");
        tags.listByTags("et1", "et2").toList();
        tags.listByGroups("eg1").toList();
        wecom.takePost("/cgi-bin/externalcontact/get_corp_tag_list", "{'tag_id':['et1','et2']}");
        wecom.takePost("/cgi-bin/externalcontact/get_corp_tag_list", "{'group_id':['eg1']}");
        assertThrows(WeComValidationException.class, () -> tags.listByTags());
        assertThrows(WeComValidationException.class, () -> tags.listByGroups("eg1", " "));
    }

    @Test
    void listsGroupsByGroupIds() {
        wecom.enqueueFixture("fixtures/corptags/get_corp_tag_list.json");
        assertEquals(
                "TAG_GROUPID1",
                tags.listByGroups(List.of("etYYYYYYYYYY")).stream()
                        .findFirst()
                        .orElseThrow()
                        .groupId());
        wecom.takePost("/cgi-bin/externalcontact/get_corp_tag_list", "{'group_id':['etYYYYYYYYYY']}");
    }

    @Test
    void renamesWithoutOrderAndReordersWithoutName() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        wecom.enqueueFixture("fixtures/common/ok.json");
        tags.update("TAG_ID", "NEW");
        tags.update("TAG_ID", 5);
        wecom.takePost("/cgi-bin/externalcontact/edit_corp_tag", "{'id':'TAG_ID','name':'NEW'}");
        wecom.takePost("/cgi-bin/externalcontact/edit_corp_tag", "{'id':'TAG_ID','order':5}");
    }
}
